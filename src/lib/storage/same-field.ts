/**
 * Whether a write overwrote another tab's change of the same field (issue #10: concurrent edits to
 * the same field resolve predictably – the last writer wins – and the other tab is told).
 *
 * `before`: what this tab's waiting changes were made on; `theirs`: what storage held when they
 * were written (another tab's write came in between); `mine`: what was written – `theirs` with this
 * tab's changes on top. A field was overwritten when the other tab changed it (before → theirs) and
 * this tab's changes then changed it again (theirs → mine). Lists of items with an `id` are matched
 * by id, so an item added or moved by one tab is not taken for another; other lists by position.
 * `mine` shares every part of `theirs` its changes did not touch, so only the parts this tab changed
 * are walked, and only there is `before` compared with `theirs`.
 * @example overwroteSameField({ a: 1, b: 1 }, { a: 2, b: 1 }, { a: 3, b: 1 }) // true: both changed a
 * @example overwroteSameField({ a: 1, b: 1 }, { a: 2, b: 1 }, { a: 2, b: 3 }) // false: different fields
 */
export function overwroteSameField(before: unknown, theirs: unknown, mine: unknown): boolean {
  if (theirs === mine) return false;
  const [b, t, m] = [before, theirs, mine].map(entries);
  // A field this tab changed (or a part it added or removed): overwritten if the other tab changed it too.
  if (!b || !t || !m) return !same(before, theirs);
  for (const key of new Set([...t.keys(), ...m.keys()])) {
    if (overwroteSameField(b.get(key), t.get(key), m.get(key))) return true;
  }
  return false;
}

/** An object's or list's parts by key (list items with an `id` by their id); null for anything else. */
function entries(value: unknown): Map<string, unknown> | null {
  if (typeof value !== 'object' || value === null) return null;
  if (!Array.isArray(value)) return new Map(Object.entries(value));
  return new Map(value.map((item: unknown, index) => [typeof (item as { id?: unknown } | null)?.id === 'string' ? `#${(item as { id: string }).id}` : String(index), item]));
}

/** Deep equality of JSON values: the other tab's write is parsed afresh, so it never shares references with `before`. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const [x, y] = [entries(a), entries(b)];
  if (!x || !y || x.size !== y.size || Array.isArray(a) !== Array.isArray(b)) return false;
  for (const [key, value] of x) if (!y.has(key) || !same(value, y.get(key))) return false;
  return true;
}
