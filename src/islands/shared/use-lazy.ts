import { useEffect, useState } from 'preact/hooks';

/**
 * Loads a module the first time `wanted` is true and returns it (null until then).
 * For parts of a page that only some visitors ever open, so everyone else never downloads them.
 * @example const mod = useLazy(() => import('./Heavy'), open); return mod ? <mod.Heavy /> : null;
 */
export function useLazy<M>(load: () => Promise<M>, wanted: boolean): M | null {
  const [loaded, setLoaded] = useState<{ module: M } | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!wanted || loaded || failed) return;
    let current = true;
    load().then(
      (module) => current && setLoaded({ module }),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [wanted, loaded, failed]);
  return loaded?.module ?? null;
}
