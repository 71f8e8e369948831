/**
 * Merging an import into stored data (used by „Meine Daten“ only, so it stays out of the runtime
 * every tool page loads).
 */

const isPlainObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Whether every item of a (non-empty) list is an object with a text `id`. */
const isIdList = (list: readonly unknown[]): list is { id: string }[] => list.length > 0 && list.every((item) => isPlainObject(item) && typeof item.id === 'string');

/**
 * One item found on both sides under the same id: fields of the backup's item win, but lists
 * inside it are joined too – by id at every level (a contact's log entries, say), plain values
 * kept once each – so nothing either side holds is lost.
 */
function mergeItem(mine: unknown, theirs: unknown): unknown {
  if (!isPlainObject(mine) || !isPlainObject(theirs)) return theirs;
  const merged: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
    const a = mine[key];
    const b = theirs[key];
    const value = !Object.hasOwn(theirs, key) ? a : Array.isArray(a) && Array.isArray(b) ? mergeLists(a, b) : isPlainObject(a) && isPlainObject(b) ? mergeItem(a, b) : b;
    Object.defineProperty(merged, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return merged;
}

/** Joins two lists: by id when either holds items with ids, otherwise every value of both once. */
function mergeLists(mine: readonly unknown[], theirs: readonly unknown[]): unknown[] {
  if ((isIdList(mine) || mine.length === 0) && (isIdList(theirs) || theirs.length === 0) && (mine.length > 0 || theirs.length > 0)) {
    return mergeById(mine as { id: string }[], theirs as { id: string }[]);
  }
  const seen = new Set(mine.map((item) => JSON.stringify(item)));
  return [...mine, ...theirs.filter((item) => !seen.has(JSON.stringify(item)))];
}

/**
 * Joins two lists of items with an `id`: items of `current` keep their place, an item of
 * `incoming` with the same id is merged into its namesake there (its fields win, lists inside
 * are joined the same way, at every level), and new ones follow in their order. When `incoming`
 * repeats an id, its last item wins.
 * @example mergeById([{ id: 'a', n: 1 }], [{ id: 'a', n: 2 }, { id: 'b', n: 3 }]) // [{ id: 'a', n: 2 }, { id: 'b', n: 3 }]
 * @example mergeById([{ id: 'k1', log: [{ id: 'l1' }, { id: 'l2' }] }], [{ id: 'k1', log: [{ id: 'l1' }] }]) // [{ id: 'k1', log: [{ id: 'l1' }, { id: 'l2' }] }]
 */
export function mergeById<Item extends { id: string }>(current: readonly Item[], incoming: readonly Item[]): Item[] {
  const byId = new Map(incoming.map((item) => [item.id, item]));
  const placed = new Set<string>();
  const merged: Item[] = [];
  for (const item of current) {
    if (placed.has(item.id)) continue;
    placed.add(item.id);
    merged.push(byId.has(item.id) ? (mergeItem(item, byId.get(item.id)) as Item) : item);
  }
  for (const item of incoming) {
    if (placed.has(item.id)) continue;
    placed.add(item.id);
    merged.push(byId.get(item.id)!);
  }
  return merged;
}

function isEmptyValue(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

/**
 * A `merge` for a definition whose data is an object with lists of items with an `id`: those
 * lists are joined with `mergeById` (an entry in both takes the backup's fields, and lists
 * inside entries are joined too, so no log entry of either side is lost); other lists
 * (of plain values) keep every value of both; every other field keeps the stored value unless it
 * is empty ('' or null). The result is a fresh object; validate it with the schema (the import
 * plan does), because joined lists can exceed their maximum length.
 * @example plannerDefinition.merge = mergeFieldsById<PlannerData>(['goals', 'groups', 'channels', 'actions', 'contacts'])
 */
export function mergeFieldsById<T extends object>(idLists: readonly (keyof T & string)[]): (current: T, incoming: T) => T {
  return (current, incoming) => {
    const merged: Record<string, unknown> = {};
    const a = current as Record<string, unknown>;
    const b = incoming as Record<string, unknown>;
    for (const key of Object.keys(a)) {
      const mine = a[key];
      const theirs = b[key];
      let value: unknown = isEmptyValue(mine) ? theirs ?? mine : mine;
      if ((idLists as readonly string[]).includes(key) && Array.isArray(mine) && Array.isArray(theirs)) value = mergeById(mine, theirs);
      else if (Array.isArray(mine) && Array.isArray(theirs)) value = mergeLists(mine, theirs);
      Object.defineProperty(merged, key, { value, enumerable: true, writable: true, configurable: true });
    }
    return merged as T;
  };
}
