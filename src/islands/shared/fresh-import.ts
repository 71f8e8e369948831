/**
 * A lazy part's load that can be tried again: for parts that offer „Erneut versuchen“ (use-lazy.ts,
 * `useLazyPart`). Apart from the hook because the hook is in the runtime of every tool page, and only
 * the pages with such a message need this.
 */

/**
 * The same-origin script a failed dynamic import names, or undefined. Chromium and Firefox put it in
 * the message („Failed to fetch dynamically imported module: https://…/x.js“); Safari names none.
 */
function failedScript(error: unknown): string | undefined {
  const url = /https?:\/\/[^\s'"]+?\.m?js\b/.exec(String(error))?.[0];
  return url?.startsWith(`${location.origin}/`) ? url : undefined;
}

let fresh = 0;

/**
 * `load` for `useLazyPart`, loading again after a failure. Chromium keeps a failed module fetch in
 * its module map, so the same `import()` fails again at once even when the network is back; then the
 * script the error names is imported under a fresh address (its own imports resolve to the usual
 * files, so nothing loads twice). A chunk a new deployment removed stays away under any address:
 * the messages say to reload the page then.
 * @example useLazyPart(retryable(() => import('./Heavy')), open)
 */
export function retryable<M>(load: () => Promise<M>): (tries: number) => Promise<M> {
  return (tries) =>
    tries
      ? load().catch((error: unknown) => {
          const url = failedScript(error);
          if (!url) throw error;
          return import(/* @vite-ignore */ `${url}?retry=${++fresh}`) as Promise<M>;
        })
      : load();
}
