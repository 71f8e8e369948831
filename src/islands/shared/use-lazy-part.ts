/**
 * A lazy part that says when it could not be loaded and can be tried again: for parts that show a
 * loading message. Apart from use-lazy.ts because every tool page carries that one in its runtime,
 * and only the contacts page's import needs this.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

/** A lazily loaded part: the module once loaded, whether the last attempt failed, and a way to try again. */
export interface LazyPart<M> {
  /** null while loading, after a failure and before the part is wanted. */
  module: M | null;
  /** The last attempt to load failed (offline, a new deployment removed the old chunk, a blocked request). */
  failed: boolean;
  /** Loads again after a failure; does nothing otherwise. */
  retry: () => void;
}

/**
 * The same-origin script a failed dynamic import names, or null. Chromium and Firefox put it in the
 * message („Failed to fetch dynamically imported module: https://…/x.js“); Safari names none.
 */
function failedScript(error: unknown): string | null {
  const url = /https?:\/\/[^\s'"]+?\.m?js\b/.exec(String(error instanceof Error ? error.message : error))?.[0];
  if (!url) return null;
  try {
    return new URL(url).origin === location.origin ? url : null;
  } catch {
    return null;
  }
}

/**
 * Loads again after a failure. Chromium keeps a failed module fetch in its module map, so the same
 * `import()` fails again at once even when the network is back; then the script the error names is
 * imported under a fresh address (its own imports resolve to the usual files, so nothing loads twice).
 */
let fresh = 0;
function loadAgain<M>(load: () => Promise<M>): Promise<M> {
  return load().catch((error: unknown) => {
    const url = failedScript(error);
    if (!url) throw error;
    return import(/* @vite-ignore */ `${url}${url.includes('?') ? '&' : '?'}retry=${++fresh}`) as Promise<M>;
  });
}

/**
 * Loads a module the first time `wanted` is true and says how that went. A failure is reported, not
 * swallowed: the caller shows a message with „Erneut versuchen“ (`retry`) instead of „wird geladen“
 * for ever. A failed part is also tried again when `wanted` turns false and then true once more
 * (the reader closes and reopens it), so even callers that only read `module` recover.
 * @example const part = useLazyPart(() => import('./Heavy'), open); if (part.failed) return <Retry onClick={part.retry} />;
 */
export function useLazyPart<M>(load: () => Promise<M>, wanted: boolean): LazyPart<M> {
  const [loaded, setLoaded] = useState<{ module: M } | null>(null);
  const [failed, setFailed] = useState(false);
  // Each attempt has its own number, so a retry runs the effect again even if nothing else changed.
  const [attempt, setAttempt] = useState(0);
  // Whether an attempt has failed before: only then is the fresh address worth a try.
  const failedBefore = useRef(false);
  useEffect(() => {
    if (!wanted && failed) setFailed(false);
    if (!wanted || loaded || failed) return;
    let current = true;
    (failedBefore.current ? loadAgain(load) : load()).then(
      (module) => current && setLoaded({ module }),
      () => {
        failedBefore.current = true;
        if (current) setFailed(true);
      },
    );
    return () => {
      current = false;
    };
  }, [wanted, loaded, failed, attempt]);
  return {
    module: loaded?.module ?? null,
    failed: failed && wanted,
    retry: () => {
      setFailed(false);
      setAttempt((n) => n + 1);
    },
  };
}
