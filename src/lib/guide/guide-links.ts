import { chapterRoute } from '../site/routes';

/**
 * The guide chapters the tools link to. Titles match the chapters' frontmatter (a unit test
 * checks that), so the tools need not load the content collection in the browser.
 */
export const GUIDE_CHAPTERS = {
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
} as const;

export type ChapterSlug = keyof typeof GUIDE_CHAPTERS;

export interface ChapterLink {
  href: string;
  title: string;
}

/**
 * Address and title of a guide chapter.
 * @example chapterLink('kontakte-pflegen') // { href: '/ratgeber/kontakte-pflegen/', title: 'Kontakte pflegen' }
 */
export function chapterLink(slug: ChapterSlug): ChapterLink {
  return { href: chapterRoute(slug), title: GUIDE_CHAPTERS[slug] };
}
