/**
 * Numbers, dates, lists, plurals and placeholders in the site's locale. Islands, pages and
 * `lib` format through these helpers only, so no module spells a locale or a plural rule itself.
 */
import { LOCALE } from './locale';
import { fill, type Params } from './fill';

// Placeholders and numbers live in their own module: the shared runtime of every tool page needs
// them for the storage notices, and takes only them, not every formatter of this module.
export { fill, formatNumber, type Params } from './fill';

/**
 * A text whose wording depends on a count, keyed by `Intl.PluralRules` categories. `other` is
 * required; German needs `one` as well. `{n}` stands for the formatted count.
 */
export type Plural = { readonly other: string } & Partial<Readonly<Record<Intl.LDMLPluralRule, string>>>;

let rules: Intl.PluralRules | undefined;

/**
 * The form of `forms` that fits `n`, with `{n}` and `params` filled in (`params.n` may give
 * the count its own formatting).
 * @example plural({ one: '{n} Kontakt', other: '{n} Kontakte' }, 1) // '1 Kontakt'
 * @example plural({ one: '{n} Kontakt', other: '{n} Kontakte' }, 2000) // '2.000 Kontakte'
 */
export function plural(forms: Plural, n: number, params: Params = {}): string {
  rules ??= new Intl.PluralRules(LOCALE);
  return fill(forms[rules.select(n)] ?? forms.other, { n, ...params });
}

const lists = new Map<string, Intl.ListFormat>();

/**
 * Items joined as a sentence does: „A, B und C“ (`and`) or „A, B oder C“ (`or`).
 * @example formatList(['Online', 'Vor Ort']) // 'Online und Vor Ort'
 */
export function formatList(items: readonly string[], kind: 'and' | 'or' = 'and'): string {
  let format = lists.get(kind);
  if (!format) lists.set(kind, (format = new Intl.ListFormat(LOCALE, { type: kind === 'and' ? 'conjunction' : 'disjunction' })));
  return format.format(items);
}

/** How a calendar day is written: `long` „1. März 2026“, `short` „01.03.2026“, `dayMonth` „1. März“. */
export type DayStyle = 'long' | 'short' | 'dayMonth' | 'dayMonthShort';

const DAY_STYLES: Record<DayStyle, Intl.DateTimeFormatOptions> = {
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  short: { day: '2-digit', month: '2-digit', year: 'numeric' },
  dayMonth: { day: 'numeric', month: 'long' },
  dayMonthShort: { day: 'numeric', month: 'numeric' },
};
const days = new Map<DayStyle, Intl.DateTimeFormat>();

/**
 * A calendar day (`YYYY-MM-DD`) in the locale. The day is read as UTC and written in UTC, so
 * no time zone or daylight-saving change can move it.
 * @example formatDay('2026-03-01') // '1. März 2026'
 * @example formatDay('2026-03-01', 'short') // '01.03.2026'
 */
export function formatDay(day: string, style: DayStyle = 'long'): string {
  let format = days.get(style);
  if (!format) days.set(style, (format = new Intl.DateTimeFormat(LOCALE, { ...DAY_STYLES[style], timeZone: 'UTC' })));
  return format.format(new Date(`${day.slice(0, 10)}T00:00:00Z`));
}

/**
 * A moment as day and time where the reader is (or in `timeZone`).
 * @example formatMoment(new Date('2026-03-01T09:30:00Z'), 'Europe/Berlin') // { day: '1. März 2026', time: '10:30' }
 */
export function formatMoment(date: Date, timeZone?: string): { day: string; time: string } {
  const zone = timeZone === undefined ? {} : { timeZone };
  return {
    day: new Intl.DateTimeFormat(LOCALE, { ...DAY_STYLES.long, ...zone }).format(date),
    time: new Intl.DateTimeFormat(LOCALE, { hour: '2-digit', minute: '2-digit', ...zone }).format(date),
  };
}

let collator: Intl.Collator | undefined;

/**
 * Compares names the way the locale sorts them: case and accents aside, digits as numbers.
 * @example ['b', 'Ä', 'a'].sort(compareText) // ['a', 'Ä', 'b']
 */
export function compareText(a: string, b: string): number {
  collator ??= new Intl.Collator(LOCALE, { sensitivity: 'base', numeric: true });
  return collator.compare(a, b);
}

/** The last ranks handed out: lists that change one item at a time ask again with the same texts. */
let ranks: Map<string, number> = new Map();

/**
 * Each text's place in the order `compareText` gives (equal texts share one), so that a list of
 * thousands sorts by numbers instead of asking the collator n·log n times. The last ranks are kept
 * and given again while they cover every text asked for (their relative order stays right).
 * @example textRanks(['b', 'a', 'B']).get('B') // 1, as for 'b'
 */
export function textRanks(texts: Iterable<string>): ReadonlyMap<string, number> {
  const wanted = new Set(texts);
  for (const text of wanted) {
    if (ranks.has(text)) continue;
    // Texts asked for before stay (the list, the due list and the map ask by turns), unless they pile up.
    const sorted = [...(ranks.size > 4 * wanted.size + 1000 ? wanted : new Set([...wanted, ...ranks.keys()]))].sort(compareText);
    ranks = new Map();
    sorted.forEach((t, i) => ranks.set(t, i > 0 && compareText(sorted[i - 1]!, t) === 0 ? ranks.get(sorted[i - 1]!)! : i));
    break;
  }
  return ranks;
}
