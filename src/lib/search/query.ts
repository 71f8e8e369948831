/**
 * What a search query may be. The header form sends anything a reader types (or pastes into the
 * address bar) to `/suche/?q=…`; this decides what is searched and, if nothing is, why – as a code
 * the results page turns into words.
 */

/** Length bounds of a query, in characters (code points) after normalising. */
export const QUERY_LIMITS = { min: 2, max: 100 } as const;

/** The URL parameter that carries the query (`/suche/?q=kontakte`). */
export const QUERY_PARAM = 'q';

/** Why a query is not searched, with what a message needs to say so. */
export type QueryProblem =
  | { code: 'empty' }
  | { code: 'tooShort'; min: number; n: number; query: string }
  | { code: 'tooLong'; max: number; n: number };

export type QueryCheck = { ok: true; query: string } | { ok: false; problem: QueryProblem };

// Control and format characters (also zero-width ones) carry nothing to search for.
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

/**
 * The query as it is searched: Unicode-composed (an „ü“ typed as u + ¨ is the same „ü“),
 * invisible characters removed, runs of white space turned into one space, trimmed.
 * @example normalizeQuery('  Kontakte \t pflegen ') // 'Kontakte pflegen'
 */
export function normalizeQuery(raw: string): string {
  return raw.normalize('NFC').replace(INVISIBLE, ' ').replace(/\s+/gu, ' ').trim();
}

/**
 * Whether `raw` (whatever came in, e.g. `URLSearchParams.get('q')`) can be searched.
 * @example checkQuery('Kontakte') // { ok: true, query: 'Kontakte' }
 * @example checkQuery('a') // { ok: false, problem: { code: 'tooShort', min: 2, n: 1, query: 'a' } }
 */
export function checkQuery(raw: unknown): QueryCheck {
  const query = typeof raw === 'string' ? normalizeQuery(raw) : '';
  const n = [...query].length;
  if (n === 0) return { ok: false, problem: { code: 'empty' } };
  if (n < QUERY_LIMITS.min) return { ok: false, problem: { code: 'tooShort', min: QUERY_LIMITS.min, n, query } };
  if (n > QUERY_LIMITS.max) return { ok: false, problem: { code: 'tooLong', max: QUERY_LIMITS.max, n } };
  return { ok: true, query };
}
