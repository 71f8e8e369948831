/** German names for the planner's choices, shared by the planner, the plan and the calendar file. */
import type { Alarm, ChannelType, GoalKind, GroupKind, InteractionChannel, GroupLevel, Period, Priority, Rhythm } from '../../lib/planner/planner-schema';

export const GOAL_KIND_LABELS: Record<GoalKind, string> = {
  job: 'Neue Stelle',
  kunden: 'Kundschaft und Aufträge',
  wissen: 'Wissen und Austausch',
  sichtbarkeit: 'Sichtbarkeit',
  kooperation: 'Kooperationen',
};

export const GROUP_KIND_LABELS: Record<GroupKind, string> = {
  organisation: 'Organisationen',
  institution: 'Institutionen',
  fachbereich: 'Fachbereiche',
  thema: 'Themen',
};

export const LEVEL_LABELS: Record<GroupLevel, string> = {
  '': 'Noch offen',
  geschaeftsfuehrung: 'Geschäftsführung und Vorstand',
  leitung: 'Abteilungs- und Teamleitungen',
  fachleute: 'Fachleute aus der Praxis',
  alle: 'Alle Ebenen',
};

export const CHANNEL_LABELS: Record<ChannelType, string> = {
  linkedin: 'LinkedIn',
  xing: 'Xing',
  halbprivat: 'Halb private Netzwerke (etwa Facebook-Gruppen)',
  events: 'Business-Events',
  messen: 'Messen und Konferenzen',
  verbaende: 'Verbände und Gremien',
  kammern: 'Kammern (IHK, Handwerkskammer)',
  alumni: 'Alumni-Gruppen',
  sport: 'Sportveranstaltungen von Wirtschaftsverbänden',
  netzwerk: 'Netzwerk',
};

export const PERIOD_LABELS: Record<Period, string> = { woche: 'pro Woche', monat: 'pro Monat', quartal: 'pro Quartal', jahr: 'pro Jahr' };

export const RHYTHM_LABELS: Record<Rhythm, string> = {
  '': 'Kein fester Rhythmus',
  '2w': 'Alle 2 Wochen',
  '1m': 'Jeden Monat',
  '2m': 'Alle 2 Monate',
  '3m': 'Alle 3 Monate',
  '6m': 'Alle 6 Monate',
  '12m': 'Einmal im Jahr',
};

export const PRIORITY_LABELS: Record<Priority, string> = { A: 'A – eng', B: 'B – regelmäßig', C: 'C – locker' };

export const INTERACTION_LABELS: Record<InteractionChannel, string> = {
  '': 'Ohne Angabe',
  treffen: 'Persönliches Treffen',
  telefon: 'Telefonat',
  video: 'Videocall',
  nachricht: 'Nachricht',
  email: 'E-Mail',
  veranstaltung: 'Veranstaltung',
};

export const ALARM_LABELS: Record<Alarm, string> = {
  keine: 'Keine Erinnerung',
  tag: 'Am Tag selbst um 9 Uhr',
  vortag: 'Am Vortag um 18 Uhr',
  woche: 'Eine Woche vorher',
};

/**
 * How a channel's name and frequency are written (see `channelName` in src/lib/planner/channel-label.ts):
 * `{type}` is the type's name, `{name}` the reader's detail, `{times}` a number, `{period}` a `PERIOD_LABELS` entry.
 */
export const CHANNEL_TEXTS = {
  typeWithName: '{type}: {name}',
  unnamedNetwork: 'Netzwerk ohne Namen',
  frequency: '{times} × {period}',
} as const;
