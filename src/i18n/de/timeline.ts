/**
 * The timeline's words: the next weeks on the planner overview (12) and in the printed plan (13).
 * Placeholders are filled by `fill`/`plural` (src/i18n/format.ts).
 */
import type { Texts } from '../texts';

export const TIMELINE_TEXTS = {
  title: { one: 'Die nächste Woche', other: 'Die nächsten {n} Wochen' },
  overdue: 'Schon überfällig',
  /** A week's heading, `{start}` and `{end}` as short days. */
  week: '{start} bis {end}',
  emptyWeek: 'Nichts geplant.',
  nothing: 'In diesen Wochen steht noch nichts an. Aktionen mit Datum, Kontakte mit Rhythmus und Geburtstage erscheinen hier.',
  action: 'Aktion: {title}',
  followUp: '{name} kontaktieren (Priorität {priority})',
  birthday: '{name} hat Geburtstag',
  /** `{day}` as a short day, `{text}` one of the lines above. */
  entry: '{day}: {text}',
  recurring: 'Regelmäßig, ohne festen Tag',
  /** `{channel}` the channel's name, `{frequency}` e. g. „2 × pro Woche“. */
  channel: '{channel}: {frequency}',
} as const;

/** The shape of the timeline's words, for the component's props. */
export type TimelineTexts = Texts<typeof TIMELINE_TEXTS>;
