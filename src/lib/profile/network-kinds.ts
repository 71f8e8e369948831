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
  /** One candidate of this kind („Alumni-Gruppe“). */
  label: string;
  /** The kind as a recommendation („Alumni-Gruppen“). */
  title: string;
  /** What it looks like in real life. */
  examples: string;
  /** The guide chapter that explains it. */
  chapter: ChapterSlug;
}

export const NETWORK_KINDS: Readonly<Record<KindId, NetworkKind>> = {
  kammer: {
    id: 'kammer',
    label: 'Kammer (IHK, Handwerkskammer)',
    title: 'IHK und andere Kammern',
    examples: 'Unternehmerabende, Branchentreffs und Ausschüsse deiner Industrie- und Handelskammer oder Handwerkskammer',
    chapter: 'online-und-offline',
  },
  fachverband: {
    id: 'fachverband',
    label: 'Fachverband oder Berufsverband',
    title: 'Fachverbände und ihre Gremien',
    examples: 'Ausschüsse, Arbeitskreise und Fachgruppen des Verbands deines Berufs',
    chapter: 'online-und-offline',
  },
  messe: {
    id: 'messe',
    label: 'Messe, Konferenz oder Fachtagung',
    title: 'Messen, Konferenzen und Fachtagungen',
    examples: 'Fachmessen, Branchenkonferenzen, Tagungen und Workshops zu deinem Thema',
    chapter: 'online-und-offline',
  },
  unternehmertreffen: {
    id: 'unternehmertreffen',
    label: 'Business-Event oder Unternehmertreffen',
    title: 'Business-Events und Unternehmertreffen',
    examples: 'regionale Unternehmernetzwerke, Business-Frühstücke und Stammtische zu deinem Fachgebiet',
    chapter: 'ziele-und-zielgruppen',
  },
  alumni: {
    id: 'alumni',
    label: 'Alumni-Gruppe',
    title: 'Alumni-Gruppen',
    examples: 'das Ehemaligen-Netzwerk deiner Hochschule, Schule oder Ausbildungsstätte',
    chapter: 'was-ist-networking',
  },
  plattform: {
    id: 'plattform',
    label: 'Xing- oder LinkedIn-Gruppe',
    title: 'Gruppen auf LinkedIn und Xing',
    examples: 'Fachgruppen und Diskussionen auf beruflichen Plattformen, dazu ein gepflegtes Profil',
    chapter: 'business-networks',
  },
  meetup: {
    id: 'meetup',
    label: 'Meetup- oder Interessengruppe',
    title: 'Meetup- und Interessengruppen',
    examples: 'offene Themengruppen, die sich vor Ort oder per Video treffen',
    chapter: 'online-und-offline',
  },
  sport: {
    id: 'sport',
    label: 'Sportveranstaltung eines Wirtschaftsverbands',
    title: 'Sportveranstaltungen von Unternehmen und Wirtschaftsverbänden',
    examples: 'Golfturniere, Firmenläufe oder das Gespräch nach dem Abpfiff',
    chapter: 'online-und-offline',
  },
  expertenkreis: {
    id: 'expertenkreis',
    label: 'Geschlossenes Expertennetzwerk',
    title: 'Geschlossene Expertennetzwerke',
    examples: 'Fachrunden, die nur auf Empfehlung oder mit Nachweis von Erfahrung aufnehmen',
    chapter: 'passendes-netzwerk-finden',
  },
  halbprivat: {
    id: 'halbprivat',
    label: 'Halb privates Netzwerk (Verein, Facebook-Gruppe)',
    title: 'Halb private Netzwerke',
    examples: 'Vereine, Nachbarschaftsgruppen und Facebook-Gruppen, in denen man sich auch privat kennt',
    chapter: 'online-und-offline',
  },
  sonstiges: {
    id: 'sonstiges',
    label: 'Anderes Netzwerk',
    title: 'Andere Netzwerke',
    examples: 'alles, was in keine der übrigen Arten passt',
    chapter: 'passendes-netzwerk-finden',
  },
};
