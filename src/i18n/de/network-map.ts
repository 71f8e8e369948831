/**
 * The Netzwerkkarte's words: the picture of the reader's network on the contacts page and in the
 * printed plan. Placeholders are filled by `fill`/`plural` (src/i18n/format.ts).
 */
import type { Texts } from '../texts';

export const NETWORK_MAP_TEXTS = {
  title: 'Deine Netzwerkkarte',
  intro: 'In der Mitte stehst du. Je näher jemand dir ist, desto höher die Priorität: A innen, C außen. Ganz außen, gestrichelt: Menschen, die du bei deinen Zielgruppen noch kennenlernen willst.',
  /** The centre of the picture. */
  me: 'Ich',
  /** The picture's accessible name. */
  figure: 'Netzwerkkarte mit {contacts}',
  /** The two sectors without a target group of their own. */
  none: 'ohne Zielgruppe',
  more: 'weitere Zielgruppen',
  rings: { A: 'Priorität A', B: 'Priorität B', C: 'Priorität C', W: 'noch kennenlernen' },
  /** The summary sentence under the picture. */
  summary: '{contacts}: {a} mit Priorität A, {b} mit B, {c} mit C. {overdue} {wished}',
  contacts: { one: 'Ein Kontakt', other: '{n} Kontakte' },
  contactsInName: { one: 'einem Kontakt', other: '{n} Kontakten' },
  overdue: { one: 'Bei einem Kontakt ist die Kontaktpflege überfällig.', other: 'Bei {n} Kontakten ist die Kontaktpflege überfällig.' },
  noneOverdue: 'Nichts ist überfällig.',
  wished: { one: 'Eine Person willst du noch kennenlernen.', other: '{n} Personen willst du noch kennenlernen.' },
  legend: {
    title: 'Legende',
    contact: 'Kontakt',
    overdue: 'Kontaktpflege überfällig',
    wished: 'noch kein Kontakt – jemand, den du kennenlernen willst',
    cluster: 'mehrere Kontakte an einer Stelle, mit ihrer Zahl',
  },
  /** A contact's mark: what a screen reader says and the tooltip. */
  open: '{name} öffnen, Priorität {priority}',
  openOverdue: '{name} öffnen, Priorität {priority}, überfällig',
  wishedMark: '{name}: noch kein Kontakt, Zielgruppe {group}',
  /** A cluster's button and the list it opens. */
  cluster: { one: 'Eine Person in „{sector}“, {ring} – zeigen', other: '{n} Personen in „{sector}“, {ring} – zeigen' },
  clusterTitle: '{sector}, {ring}',
  clusterClose: 'Liste schließen',
  overdueMark: 'überfällig',
  wishedNote: 'noch kein Kontakt',
  /** The table with everyone on the map. */
  table: {
    summary: 'Die Karte als Tabelle',
    name: 'Name',
    ring: 'Ring',
    sector: 'Zielgruppe',
    state: 'Stand',
  },
} as const;

/** The shape of the map's words, for the component's props. */
export type NetworkMapTexts = Texts<typeof NETWORK_MAP_TEXTS>;
