/** A heading as Astro's `render()` reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  slug: string;
  text: string;
  children: TocEntry[];
}

/**
 * Builds a two-level table of contents from a chapter's headings: each `h2`
 * with the `h3`s below it. An `h3` before the first `h2` becomes a top entry
 * so no heading is lost.
 */
export function buildToc(headings: readonly Heading[]): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const h of headings) {
    const entry: TocEntry = { slug: h.slug, text: h.text, children: [] };
    if (h.depth === 2) toc.push(entry);
    else if (h.depth === 3) (toc.at(-1)?.children ?? toc).push(entry);
  }
  return toc;
}
