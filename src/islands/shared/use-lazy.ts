/**
 * The one hook for parts of a page that load with `import()` when first wanted, so visitors who
 * never need them never download them. It always knows whether the last attempt failed (offline
 * without the service worker, a new deployment removed the old chunk, a blocked request):
 * `useLazyPart` reports that, and the caller shows a message with „Erneut versuchen“; `useLazy` is
 * the same hook for callers whose part may stay away without a word (a reminder, a hint).
 *
 * It lives in the runtime every tool page shares, so it stays small: trying a failed part again under
 * a fresh address (which Chromium needs, see fresh-import.ts) is not in here but in the load the
 * caller passes, `retryable(() => import('./Part'), 'Part')`, and only pages that offer
 * „Erneut versuchen“ carry it. Merged from two hooks in 2026-12 (issue #10): the state for `failed`
 * and `retry` costs every tool page's first load 40–63 B gzip; the fresh address in here would have
 * cost 140–165 B and put /daten/ over its budget.
 */
import { useEffect, useState } from 'preact/hooks';

/** A lazily loaded part: the module once loaded, whether the last attempt failed, and a way to try again. */
export interface LazyPart<M> {
  /** null while loading, after a failure and before the part is wanted. */
  module: M | null;
  /** The last attempt to load failed. */
  failed: boolean;
  /** Loads again after a failure; does nothing otherwise. */
  retry: () => void;
}

/**
 * Loads a module the first time `wanted` is true and says how that went. `load` gets the number of
 * attempts that came before (0 the first time), so a `retryable` load can try a fresh address. A
 * failed part is also tried again when `wanted` turns false and then true once more (the reader
 * closes and reopens it), so even callers that only read `module` recover – in Chromium only with a
 * `retryable` load.
 * @example const part = useLazyPart(retryable(() => import('./Heavy'), 'Heavy'), open); if (part.failed) return <LazyFallback part={part} … />;
 */
export function useLazyPart<M>(load: (tries: number) => Promise<M>, wanted: boolean): LazyPart<M> {
  const [loaded, setLoaded] = useState<{ module: M } | null>(null);
  // Even while an attempt runs (or none is wanted), odd once it failed: one number gives both the
  // failure and a new effect run for each retry.
  const [tries, setTries] = useState(0);
  const failed = tries % 2 === 1;
  useEffect(() => {
    if (!wanted && failed) setTries(tries + 1);
    if (!wanted || loaded || failed) return;
    let current = true;
    load(tries).then(
      (module) => current && setLoaded({ module }),
      () => current && setTries(tries + 1),
    );
    return () => {
      current = false;
    };
  }, [wanted, loaded, tries]);
  return { module: loaded?.module ?? null, failed: failed && wanted, retry: () => failed && setTries(tries + 1) };
}

/**
 * The module alone (null until it is there), for parts whose absence needs no word.
 * @example const mod = useLazy(() => import('./Heavy'), open); return mod ? <mod.Heavy /> : null;
 */
export function useLazy<M>(load: () => Promise<M>, wanted: boolean): M | null {
  return useLazyPart(load, wanted).module;
}
