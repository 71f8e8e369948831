/**
 * A fresh random id for a stored item, so that two tabs never hand out the same one. Falls back
 * to `getRandomValues` where `randomUUID` is missing (pages served over plain http).
 */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
