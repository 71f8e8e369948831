/**
 * Loads Pagefind's browser code from the index the build wrote (`/pagefind/`), once, on the first
 * query. It is not part of the page's bundle: Vite must not resolve it (the file only exists after
 * the build), so the address is a variable.
 */
import { PAGEFIND_DIR } from '../../lib/search/results';

/** The part of Pagefind's browser API the results page uses. */
export interface Pagefind {
  options(options: { excerptLength?: number }): Promise<void>;
  search(query: string): Promise<{ results: { id: string; data(): Promise<unknown> }[] } | null>;
}

const PAGEFIND_MODULE = `${PAGEFIND_DIR}pagefind.js`;
let loading: Promise<Pagefind> | null = null;

/** Pagefind, loaded on first use; a failed load is tried again next time. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (import(/* @vite-ignore */ PAGEFIND_MODULE) as Promise<Pagefind>).then(async (pagefind) => {
    await pagefind.options({ excerptLength: 24 });
    return pagefind;
  });
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
