/**
 * Folding text for a search that forgives spelling: case, umlauts, ß and diacritics aside.
 * No locale: the mappings are explicit, so that the result is the same on every machine.
 */

/** Letters that `normalize('NFD')` does not take apart, and the umlauts' spelling with `e`. */
const EXPANDED: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ẞ: 'ss', ı: 'i', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', þ: 'th' };
const SPECIAL = /[ßẞıæœøđðłþ]/g;
const UMLAUT = /[äöü]/g;
const MARKS = /\p{M}/gu;

/** Lower case, `ß` → `ss`, `ı` → `i`, diacritics dropped, spaces collapsed. Umlauts become `ae/oe/ue` or, like other marks, drop. */
function fold(text: string, umlauts: 'expand' | 'strip'): string {
  let s = text.toLowerCase();
  if (umlauts === 'expand') s = s.replace(UMLAUT, (ch) => EXPANDED[ch]!);
  return s
    .replace(SPECIAL, (ch) => EXPANDED[ch] ?? ch)
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The two folded spellings of a text: umlauts as `ae/oe/ue` and umlauts as `a/o/u`. Both drop case,
 * other diacritics (`é` → `e`, `ç` → `c`), and write `ß` as `ss` and the dotless `ı` as `i`.
 * @example foldVariants('Schröder') // ['schroeder', 'schroder']
 * @example foldVariants('Yılmaz') // ['yilmaz'] (one spelling when both agree)
 */
export function foldVariants(text: string): string[] {
  const expanded = fold(text, 'expand');
  const stripped = fold(text, 'strip');
  return expanded === stripped ? [expanded] : [expanded, stripped];
}

/**
 * A folded haystack to search in: every spelling of the text, apart by a line break that no query contains.
 * @example foldForSearch('Straße') // 'strasse'
 */
export function foldForSearch(text: string): string {
  return foldVariants(text).join('\n');
}

/**
 * Whether a haystack from `foldForSearch` contains the query in any of its spellings.
 * @example foldedIncludes(foldForSearch('Müller'), 'mueller') // true
 * @example foldedIncludes(foldForSearch('Müller'), 'muller') // true
 */
export function foldedIncludes(haystack: string, query: string): boolean {
  return foldVariants(query).some((q) => haystack.includes(q));
}
