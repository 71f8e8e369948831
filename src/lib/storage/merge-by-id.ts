/**
 * Merging an import into stored data (used by „Meine Daten“ only, so it stays out of the runtime
 * every tool page loads).
 */

/**
 * Joins two lists of items with an `id`: items of `current` keep their place, an item of
 * `incoming` with the same id replaces its namesake there, and new ones follow in their order.
 * When `incoming` repeats an id, its last item wins.
 * @example mergeById([{ id: 'a', n: 1 }], [{ id: 'a', n: 2 }, { id: 'b', n: 3 }]) // [{ id: 'a', n: 2 }, { id: 'b', n: 3 }]
 */
export function mergeById<Item extends { id: string }>(current: readonly Item[], incoming: readonly Item[]): Item[] {
  const byId = new Map(incoming.map((item) => [item.id, item]));
  const placed = new Set<string>();
  const merged: Item[] = [];
  for (const item of current) {
    if (placed.has(item.id)) continue;
    placed.add(item.id);
    merged.push(byId.get(item.id) ?? item);
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
 * lists are joined with `mergeById` (an entry in both takes the backup's version); other lists
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
      else if (Array.isArray(mine) && Array.isArray(theirs)) value = [...mine, ...theirs.filter((item) => !mine.includes(item))];
      Object.defineProperty(merged, key, { value, enumerable: true, writable: true, configurable: true });
    }
    return merged as T;
  };
}
