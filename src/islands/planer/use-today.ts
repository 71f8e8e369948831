import { useEffect, useState } from 'preact/hooks';
import { localDay, type IsoDay } from '../../lib/dates/iso-day';

/**
 * Today for an island: null while the server renders and during hydration (the build day is not
 * the reader's day), then the local day, renewed when the tab becomes visible again.
 */
export function useToday(): IsoDay | null {
  const [today, setToday] = useState<IsoDay | null>(null);
  useEffect(() => {
    const update = () => setToday(localDay());
    update();
    document.addEventListener('visibilitychange', update);
    return () => document.removeEventListener('visibilitychange', update);
  }, []);
  return today;
}
