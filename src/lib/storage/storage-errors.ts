/**
 * Whether a failed `setItem` means the browser's storage is full. Browsers disagree on how
 * they say so: the standard name, Firefox's old name, and the legacy numeric codes.
 */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/**
 * Why the last write did not stick, as the notice on every tool page words it (`writeError` in
 * `src/i18n/de/storage.ts`): full storage, a write the browser refused for another reason, or a
 * change that did not fit the tool's own schema (a bug, never the reader's fault). `fullBefore`:
 * the page found storage full before any change of the reader's, so nothing is unsaved yet.
 */
export type WriteError = 'full' | 'fullBefore' | 'refused' | 'invalidChange';

/** Whether storage is full, found so at start (`fullBefore`) or by a refused write (`full`). */
export const isStorageFull = (error: WriteError | null): boolean => error === 'full' || error === 'fullBefore';

/** The kind of a failed `setItem`. */
export function writeErrorOf(error: unknown): WriteError {
  return isQuotaError(error) ? 'full' : 'refused';
}
