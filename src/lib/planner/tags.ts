/**
 * The rule for a contact's tags that storage does not check: no two the same once case, umlauts,
 * ß and diacritics are folded („Köln“ and „koeln“ are the same tag).
 */
import { foldVariants } from '../text/fold';

/**
 * Whether no two tags are the same once folded.
 * @example tagsAreDistinct(['Köln', 'koeln']) // false
 */
export function tagsAreDistinct(tags: readonly string[]): boolean {
  const seen = new Set<string>();
  for (const tag of tags) {
    const spellings = foldVariants(tag);
    if (spellings.some((s) => seen.has(s))) return false;
    for (const s of spellings) seen.add(s);
  }
  return true;
}
