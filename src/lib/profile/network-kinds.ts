import type { ChapterSlug } from '../guide/guide-links';

/** Kinds of network and channel: what the questionnaire recommends and what a candidate is. */
export const KIND_IDS = [
  'kammer',
  'fachverband',
  'messe',
  'unternehmertreffen',
  'alumni',
  'plattform',
  'meetup',
  'sport',
  'expertenkreis',
  'halbprivat',
  'sonstiges',
] as const;

export type KindId = (typeof KIND_IDS)[number];

export interface NetworkKind {
  id: KindId;
  /** The guide chapter that explains it. */
  chapter: ChapterSlug;
}

/** Each kind's chapter; its words are in `src/i18n/de/network-kinds.ts`. */
export const NETWORK_KINDS: Readonly<Record<KindId, NetworkKind>> = {
  kammer: { id: 'kammer', chapter: 'online-und-offline' },
  fachverband: { id: 'fachverband', chapter: 'online-und-offline' },
  messe: { id: 'messe', chapter: 'online-und-offline' },
  unternehmertreffen: { id: 'unternehmertreffen', chapter: 'ziele-und-zielgruppen' },
  alumni: { id: 'alumni', chapter: 'was-ist-networking' },
  plattform: { id: 'plattform', chapter: 'business-networks' },
  meetup: { id: 'meetup', chapter: 'online-und-offline' },
  sport: { id: 'sport', chapter: 'online-und-offline' },
  expertenkreis: { id: 'expertenkreis', chapter: 'passendes-netzwerk-finden' },
  halbprivat: { id: 'halbprivat', chapter: 'online-und-offline' },
  sonstiges: { id: 'sonstiges', chapter: 'passendes-netzwerk-finden' },
};
