/**
 * The guide chapters the tools link to, by slug (the file name in `content/guide/`). Their
 * titles are words, in `chapterTitles` (`src/i18n/de/chapters.ts`); a unit test checks that
 * slugs and titles match the chapters' files and frontmatter, so the tools need not load the
 * content collection in the browser.
 */
export const CHAPTER_SLUGS = [
  'was-ist-networking',
  'dein-weg',
  'online-und-offline',
  'ziele-und-zielgruppen',
  'passendes-netzwerk-finden',
  'kontakte-pflegen',
  'was-sage-ich',
  'business-networks',
  'kritik-und-datenschutz',
  'haeufige-fragen',
] as const;

export type ChapterSlug = (typeof CHAPTER_SLUGS)[number];
