/**
 * Turns what Pagefind returns for a page into what the results list shows: the page's title, up to
 * a few sections of it (heading, link to the heading's anchor, excerpt) and nothing else. Input is
 * read as `unknown`: the index is a file on the server, and a result that does not have the
 * expected shape or points off the site is left out rather than shown.
 */
import { parseExcerpt, type ExcerptSegment } from './excerpt';

/** Where the build writes the index and the browser loads it from (`/pagefind/pagefind.js`). */
export const PAGEFIND_DIR = '/pagefind/';

/** How many pages a result list shows, and how many sections of each page. */
export const RESULT_LIMITS = { pages: 20, sections: 3 } as const;

/** One section of a found page. `heading` is null for the text before the first heading. */
export interface HitSection {
  heading: string | null;
  url: string;
  excerpt: ExcerptSegment[];
}

/** One found page. */
export interface SearchHit {
  url: string;
  title: string;
  /** The page's best excerpt, used when no section has one of its own. */
  excerpt: ExcerptSegment[];
  sections: HitSection[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/**
 * A path on this site (`/ratgeber/x/#y`), or null for anything else: another origin, a
 * protocol-relative `//host`, a `javascript:` URL.
 * @example sitePath('/ratgeber/kontakte-pflegen/#pflege') // '/ratgeber/kontakte-pflegen/#pflege'
 * @example sitePath('https://example.org/') // null
 */
export function sitePath(value: unknown): string | null {
  const raw = text(value);
  if (raw === null || !raw.startsWith('/') || raw.startsWith('//') || /[\\\s]/.test(raw)) return null;
  return raw;
}

function hitCount(sub: Record<string, unknown>): number {
  return Array.isArray(sub['locations']) ? sub['locations'].length : 0;
}

/**
 * The hit for one result's data (Pagefind's `await result.data()`), or null when it cannot be shown.
 * Sections are the page's sub-results with the most hits, at most `RESULT_LIMITS.sections`, in
 * page order; the page's own title is not repeated as a section heading.
 */
export function toHit(data: unknown): SearchHit | null {
  if (!isRecord(data)) return null;
  const url = sitePath(data['url']);
  const meta = isRecord(data['meta']) ? data['meta'] : {};
  const title = text(meta['title']);
  if (url === null || title === null) return null;
  const subs = (Array.isArray(data['sub_results']) ? data['sub_results'] : []).filter(isRecord);
  const best = subs
    .map((sub, index) => ({ sub, index }))
    .filter(({ sub }) => sitePath(sub['url']) !== null && typeof sub['excerpt'] === 'string')
    .sort((a, b) => hitCount(b.sub) - hitCount(a.sub) || a.index - b.index)
    .slice(0, RESULT_LIMITS.sections)
    .sort((a, b) => a.index - b.index);
  const sections = best.map(({ sub }): HitSection => {
    const heading = text(sub['title']);
    return { heading: isRecord(sub['anchor']) && heading !== null && heading !== title ? heading : null, url: sitePath(sub['url'])!, excerpt: parseExcerpt(sub['excerpt'] as string) };
  });
  return { url, title, excerpt: parseExcerpt(typeof data['excerpt'] === 'string' ? data['excerpt'] : ''), sections };
}
