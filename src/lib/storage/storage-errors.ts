/**
 * Whether a failed `setItem` means the browser's storage is full. Browsers disagree on how
 * they say so: the standard name, Firefox's old name, and the legacy numeric codes.
 */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/** A German sentence for the reader about a write that failed. */
export function describeWriteError(error: unknown): string {
  return isQuotaError(error)
    ? 'Der Speicher deines Browsers für diese Seite ist voll. Deine letzte Änderung ist nur in diesem Tab vorhanden – lade unter „Meine Daten“ eine Sicherung herunter und räume auf.'
    : 'Dein Browser hat das Speichern abgelehnt. Deine letzte Änderung ist nur in diesem Tab vorhanden und geht beim Schließen verloren.';
}

/** Shown when a tool tried to save data that does not fit its own schema (a bug, never the reader's fault). */
export const INVALID_CHANGE_MESSAGE =
  'Diese Änderung passt nicht zum erwarteten Aufbau und wurde nicht gespeichert; deine bisherigen Daten sind unverändert.';
