import type { ChapterSlug } from '../../lib/guide/guide-links';

/**
 * The guide chapters' titles, by slug, exactly as in their frontmatter (a unit test checks it):
 * tools and pages that link to a chapter take its title from here.
 */
export const chapterTitles = {
  'was-ist-networking': 'Was ist Networking?',
  'dein-weg': 'Dein Weg ins Networking',
  'online-und-offline': 'Online und offline netzwerken',
  'ziele-und-zielgruppen': 'Ziele und Zielgruppen planen',
  'passendes-netzwerk-finden': 'Das passende Netzwerk finden',
  'kontakte-pflegen': 'Kontakte pflegen',
  'was-sage-ich': 'Was sage ich?',
  'business-networks': 'Business-Netzwerke im Beruf',
  'kritik-und-datenschutz': 'Kritik, Grenzen und Datenschutz',
  'haeufige-fragen': 'Häufige Fragen',
} as const satisfies Record<ChapterSlug, string>;
