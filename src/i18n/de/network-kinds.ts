/** The words for each kind of network: a candidate's kind, a recommendation's title, what it looks like in real life. */
import type { KindId } from '../../lib/profile/network-kinds';

export interface KindWords {
  /** One candidate of this kind („Alumni-Gruppe“). */
  label: string;
  /** The kind as a recommendation („Alumni-Gruppen“). */
  title: string;
  /** What it looks like in real life. */
  examples: string;
}

export const kindWords: Readonly<Record<KindId, KindWords>> = {
  kammer: {
    label: 'Kammer (IHK, Handwerkskammer)',
    title: 'IHK und andere Kammern',
    examples: 'Unternehmerabende, Branchentreffs und Ausschüsse deiner Industrie- und Handelskammer oder Handwerkskammer',
  },
  fachverband: {
    label: 'Fachverband oder Berufsverband',
    title: 'Fachverbände und ihre Gremien',
    examples: 'Ausschüsse, Arbeitskreise und Fachgruppen des Verbands deines Berufs',
  },
  messe: {
    label: 'Messe, Konferenz oder Fachtagung',
    title: 'Messen, Konferenzen und Fachtagungen',
    examples: 'Fachmessen, Branchenkonferenzen, Tagungen und Workshops zu deinem Thema',
  },
  jobmesse: {
    label: 'Job- oder Karrieremesse',
    title: 'Job- und Karrieremessen',
    examples: 'Firmenkontaktmessen an Hochschulen, Karrieretage, Jobmessen deiner Region und Recruiting-Veranstaltungen deiner Branche',
  },
  unternehmertreffen: {
    label: 'Business-Event oder Unternehmertreffen',
    title: 'Business-Events und Unternehmertreffen',
    examples: 'regionale Unternehmernetzwerke, Business-Frühstücke und Stammtische zu deinem Fachgebiet',
  },
  alumni: {
    label: 'Alumni-Gruppe',
    title: 'Alumni-Gruppen',
    examples: 'das Ehemaligen-Netzwerk deiner Hochschule, Schule oder Ausbildungsstätte',
  },
  plattform: {
    label: 'LinkedIn-Gruppe oder Fachforum',
    title: 'Fachgruppen auf LinkedIn und in Fachforen',
    examples: 'Fachgruppen und Diskussionen auf beruflichen Plattformen und in Fachforen, dazu ein gepflegtes Profil',
  },
  meetup: {
    label: 'Meetup- oder Interessengruppe',
    title: 'Meetup- und Interessengruppen',
    examples: 'offene Themengruppen, die sich vor Ort oder per Video treffen',
  },
  sport: {
    label: 'Sportveranstaltung eines Wirtschaftsverbands',
    title: 'Sportveranstaltungen von Unternehmen und Wirtschaftsverbänden',
    examples: 'Golfturniere, Firmenläufe oder das Gespräch nach dem Abpfiff',
  },
  expertenkreis: {
    label: 'Geschlossenes Expertennetzwerk',
    title: 'Geschlossene Expertennetzwerke',
    examples: 'Fachrunden, die nur auf Empfehlung oder mit Nachweis von Erfahrung aufnehmen',
  },
  halbprivat: {
    label: 'Halb privates Netzwerk (Verein, Facebook-Gruppe)',
    title: 'Halb private Netzwerke',
    examples: 'Vereine, Nachbarschaftsgruppen und Facebook-Gruppen, in denen man sich auch privat kennt',
  },
  sonstiges: {
    label: 'Anderes Netzwerk',
    title: 'Andere Netzwerke',
    examples: 'alles, was in keine der übrigen Arten passt',
  },
};
