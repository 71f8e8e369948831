/**
 * A function of a text, worked out once per text: thousands of contacts share a few hundred names,
 * tags and days, and the lists ask again after every edit. Forgets everything once `max` texts are
 * kept, so that a long visit cannot grow it without bound.
 * @example const surname = keptPerText((name) => surnameKey(name), 50_000); surname('Dr. Anna Weber')
 */
export function keptPerText<V>(compute: (text: string) => V, max: number): (text: string) => V {
  const kept = new Map<string, V>();
  return (text) => {
    if (kept.has(text)) return kept.get(text)!;
    if (kept.size >= max) kept.clear();
    const value = compute(text);
    kept.set(text, value);
    return value;
  };
}
