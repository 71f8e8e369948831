/** German names for the planner's choices, shared by the planner, the plan and the calendar file. (The two helper functions at the end move to the islands that use them.) */
import type { Alarm, ChannelType, GoalKind, GroupKind, InteractionChannel, GroupLevel, Period, Priority, Rhythm } from '../../lib/planner/planner-schema';

import { channelLabelFrom } from '../../lib/planner/channel-label';


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
 * The name to show for a channel: the network's name for a named network, else its type.
 * @example channelLabel({ type: 'netzwerk', name: 'Texttreff' }) // 'Texttreff'
 */
export function channelLabel(channel: { type: ChannelType; name: string }): string {
  return channelLabelFrom(CHANNEL_LABELS, channel);
}

/**
 * A frequency in words.
 * @example frequencyLabel(2, 'monat') // '2 × pro Monat'
 */
export function frequencyLabel(times: number, per: Period): string {
  return `${times} × ${PERIOD_LABELS[per]}`;
}
