/**
 * Real networks and platforms from the German-speaking countries, by kind of network, shown on
 * the self-test's result under each recommended kind. Only what a page we read shows: the name,
 * the official website and a neutral line on what it is – no member counts, no prices. `source`
 * is the page that showed the organisation and its website, `checked` the day it was read.
 * Kinds without an entry we could verify have none (Messen, Jobmessen, Expertenkreise).
 */
import type { KindId } from '../../lib/profile/network-kinds';

export interface NetworkExample {
  kind: KindId;
  name: string;
  /** The official website. */
  url: string;
  /** One neutral line: what it is. */
  description: string;
  /** The page read to verify name and website. */
  source: string;
  /** The day the source was read (ISO date). */
  checked: string;
}

export const networkExamples: readonly NetworkExample[] = [
  {
    kind: 'kammer',
    name: 'Deutsche Industrie- und Handelskammer (DIHK)',
    url: 'https://www.dihk.de/',
    description: 'Dachorganisation der Industrie- und Handelskammern in Deutschland; über sie findest du die IHK, die für deinen Ort zuständig ist.',
    source: 'https://dihk.de/de/ueber-uns/fakten',
    checked: '2026-12-01',
  },
  {
    kind: 'kammer',
    name: 'Zentralverband des Deutschen Handwerks (ZDH)',
    url: 'https://www.zdh.de/',
    description: 'Spitzenverband des Handwerks, zu dem die regionalen Handwerkskammern gehören.',
    source: 'https://zdh.de/ueber-uns/zdh/zukunft-mit-tradition',
    checked: '2026-12-01',
  },
  {
    kind: 'fachverband',
    name: 'VDI Verein Deutscher Ingenieure',
    url: 'https://www.vdi.de/',
    description: 'Technisch-wissenschaftlicher Verein für Ingenieurinnen und Ingenieure, mit Bezirksvereinen und Fachgruppen.',
    source: 'https://vdi.de/news/detail/vdi-netzwerk-international',
    checked: '2026-12-01',
  },
  {
    kind: 'fachverband',
    name: 'Business and Professional Women (BPW) Germany',
    url: 'https://www.bpw-germany.de/',
    description: 'Berufs- und branchenübergreifendes Netzwerk berufstätiger Frauen mit regionalen Clubs.',
    source: 'https://www.yumpu.com/de/document/view/68658743/yumpu-vr-06-2023-einzelseite-210x297mm-versuch2/36',
    checked: '2026-12-01',
  },
  {
    kind: 'unternehmertreffen',
    name: 'Wirtschaftsjunioren Deutschland (WJD)',
    url: 'https://www.wjd.de/',
    description: 'Netzwerk junger Unternehmerinnen, Unternehmer und Führungskräfte mit Kreisen vor Ort.',
    source: 'https://wjd.de/?p=7155',
    checked: '2026-12-01',
  },
  {
    kind: 'alumni',
    name: 'alumni-clubs.net',
    url: 'https://www.alumni-clubs.net/',
    description: 'Verband der Alumni-Organisationen im deutschsprachigen Raum; dort suchst du das Ehemaligen-Netzwerk deiner Hochschule.',
    source: 'https://www.manager-magazin.de/unternehmen/karriere/a-316048.html',
    checked: '2026-12-01',
  },
  {
    kind: 'alumni',
    name: 'Alumniportal Deutschland',
    url: 'https://www.alumniportal-deutschland.org/',
    description: 'Online-Netzwerk für Menschen, die in Deutschland studiert, geforscht oder sich weitergebildet haben.',
    source: 'https://www.alumniportal-deutschland.org/de/magazin/studium-weiterbildung/alumniportale-weltweit/',
    checked: '2026-12-01',
  },
  {
    kind: 'plattform',
    name: 'LinkedIn',
    url: 'https://www.linkedin.com/',
    description: 'Internationales Online-Netzwerk für berufliche Kontakte, Fachgruppen und Stellenanzeigen.',
    source: 'https://besserwiki.de/wiki/LinkedIn',
    checked: '2026-12-01',
  },
  {
    kind: 'plattform',
    name: 'XING',
    url: 'https://www.xing.com/',
    description: 'Online-Netzwerk für berufliche Kontakte, vor allem im deutschsprachigen Raum.',
    source: 'http://de.wikipedia.org/wiki/XING',
    checked: '2026-12-01',
  },
  {
    kind: 'meetup',
    name: 'Meetup',
    url: 'https://www.meetup.com/',
    description: 'Plattform, auf der offene Gruppen zu fast jedem Thema Treffen vor Ort und online ankündigen.',
    source: 'https://www.meetup.com/de-DE/media',
    checked: '2026-12-01',
  },
  {
    kind: 'sport',
    name: 'B2Run',
    url: 'https://www.b2run.de/',
    description: 'Firmenlaufserie in vielen deutschen Städten, bei der Teams aus Unternehmen gemeinsam an den Start gehen.',
    source: 'https://www.chilli-freiburg.de/stadtgeplauder/b2run-premiere-in-freiburg/',
    checked: '2026-12-01',
  },
  {
    kind: 'halbprivat',
    name: 'Rotary Deutschland',
    url: 'https://rotary.de/',
    description: 'Serviceclubs, in denen sich Menschen verschiedener Berufe treffen und gemeinsam ehrenamtliche Projekte tragen.',
    source: 'https://darmstadt.rotaract.de/und-was-ist-rotary/',
    checked: '2026-12-01',
  },
  {
    kind: 'halbprivat',
    name: 'Lions Clubs Deutschland',
    url: 'https://www.lions.de/',
    description: 'Serviceclubs mit regelmäßigen Clubabenden, die sich ehrenamtlich für Hilfsprojekte einsetzen.',
    source: 'https://www.lions.de/startseite_neu_entwurf/-/asset_publisher/IDvj1PzKVXC5/content/news_lions-quest-spendenaufruf_2025/52982235?p_r_p_assetEntryId=163920705',
    checked: '2026-12-01',
  },
];
