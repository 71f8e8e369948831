import type { ChapterSlug } from '../guide/guide-links';
import type { Effort } from './effort';

/** Kinds of network and channel: what the questionnaire recommends and what a candidate is. */
export const KIND_IDS = [
  'kammer',
  'fachverband',
  'messe',
  'jobmesse',
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
  effort: Effort;
}

/** Each kind's chapter; its words are in `src/i18n/de/network-kinds.ts`. */
export const NETWORK_KINDS: Readonly<Record<KindId, NetworkKind>> = {
  kammer: { id: 'kammer', chapter: 'online-und-offline', effort: 'mittel' },
  fachverband: { id: 'fachverband', chapter: 'online-und-offline', effort: 'mittel' },
  messe: { id: 'messe', chapter: 'online-und-offline', effort: 'hoch' },
  jobmesse: { id: 'jobmesse', chapter: 'online-und-offline', effort: 'hoch' },
  unternehmertreffen: { id: 'unternehmertreffen', chapter: 'ziele-und-zielgruppen', effort: 'mittel' },
  alumni: { id: 'alumni', chapter: 'was-ist-networking', effort: 'mittel' },
  plattform: { id: 'plattform', chapter: 'business-networks', effort: 'niedrig' },
  meetup: { id: 'meetup', chapter: 'online-und-offline', effort: 'mittel' },
  sport: { id: 'sport', chapter: 'online-und-offline', effort: 'hoch' },
  expertenkreis: { id: 'expertenkreis', chapter: 'passendes-netzwerk-finden', effort: 'mittel' },
  halbprivat: { id: 'halbprivat', chapter: 'online-und-offline', effort: 'niedrig' },
  sonstiges: { id: 'sonstiges', chapter: 'passendes-netzwerk-finden', effort: 'mittel' },
};
