import { useEffect, useState } from 'preact/hooks';
import type { IsoDay } from '../../lib/dates/iso-day';

/** The reader's local calendar day (not UTC: at 00:30 in Berlin it is already the next day). */
export function localToday(now = new Date()): IsoDay {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Today for an island: null while the server renders and during hydration (the build day is not
 * the reader's day), then the local day, renewed when the tab becomes visible again.
 */
export function useToday(): IsoDay | null {
  const [today, setToday] = useState<IsoDay | null>(null);
  useEffect(() => {
    const update = () => setToday(localToday());
    update();
    document.addEventListener('visibilitychange', update);
    return () => document.removeEventListener('visibilitychange', update);
  }, []);
  return today;
}
