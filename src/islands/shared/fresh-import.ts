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
 *
 * `name` is one export of the part: the build may put a part in a chunk with other modules, export
 * its namespace under a short name and turn `import('./Part')` into `import(chunk).then((m) => m.n)`,
 * which the fresh address cannot repeat; it returns the chunk itself if that has `name`, else the
 * namespace in it that has.
 * @example useLazyPart(retryable(() => import('./Heavy'), 'Heavy'), open)
 */
export function retryable<M>(load: () => Promise<M>, name: keyof M & string): (tries: number) => Promise<M> {
  return (tries) =>
    tries
      ? load().catch(async (error: unknown) => {
          const url = failedScript(error);
          if (!url) throw error;
          const chunk = (await import(/* @vite-ignore */ `${url}?retry=${++fresh}`)) as Record<string, Record<string, unknown> | undefined>;
          const part = chunk[name] ? chunk : Object.values(chunk).find((v) => v?.[name]);
          if (!part) throw error;
          return part as M;
        })
      : load();
}
