/**
 * The German names of the planner's choices that the plan shows. The plan page hands them to its
 * island as props (server HTML), so the plan's script does not carry the planner's label module.
 */
import { ALARM_LABELS, CHANNEL_LABELS, GOAL_KIND_LABELS, GROUP_KIND_LABELS, LEVEL_LABELS, PERIOD_LABELS, PRIORITY_LABELS, RHYTHM_LABELS } from '../../i18n/de/planner-choices';
import type { Alarm, ChannelType, GoalKind, GroupKind, GroupLevel, Period, Priority, Rhythm } from '../planner/planner-schema';

/**
 * The plan's own words: the toolbar's, section titles, what an empty section says and where its link leads to
 * (`link`), and the verdicts on the time budget (`{}` stands for the hours over budget).
 */
export const PLAN_TEXTS = {
  toolbar: {
    title: 'Drucken und in den Kalender übernehmen',
    owner: 'Dein Name auf dem Plan (optional)',
    alarm: 'Erinnerung im Kalender',
    alarmHint: 'Gilt für alle Termine der Kalenderdatei.',
    /** `{}` stands for the number of dates, e.g. „3 Termine“. */
    events: 'Die Kalenderdatei enthält {}: nächste Kontakte, fällige Aktionen und Geburtstage (jährlich). Importierst du sie erneut, werden die Termine aktualisiert statt verdoppelt.',
    noEvents: 'Noch keine Termine für den Kalender: Trag im Planer Kontakte mit Rhythmus oder Aktionen mit Datum ein.',
    /** Announced when the download starts; `{}` stands for the number of dates. */
    downloading: 'Kalenderdatei mit {} Terminen wird heruntergeladen.',
    loading: 'Dein Plan wird aus diesem Browser geladen …',
  },
  profile: { title: 'Mein Profil', missing: 'Dein Profil aus dem Selbsttest fehlt noch. Es beschreibt, wie dein ideales Netzwerk aussieht.', link: 'Selbsttest machen' },
  goals: { title: 'Meine Ziele', missing: 'Noch keine Ziele eingetragen.', link: 'Ziele im Planer festlegen' },
  groups: { title: 'Meine Zielgruppen', missing: 'Noch keine Zielgruppen eingetragen.', link: 'Zielgruppen im Planer festlegen' },
  channels: { title: 'Kanäle und Zeitplan', missing: 'Noch keine Kanäle und kein Zeitbudget eingetragen.', link: 'Kanäle im Planer wählen' },
  networks: {
    title: 'Passende Netzwerke',
    missing: 'Noch keine Netzwerke bewertet. Der Netzwerk-Check zeigt, welche echten Netzwerke zu deinem Ideal passen.',
    link: 'Netzwerk-Check starten',
  },
  give: { title: 'So stelle ich mich vor', missing: 'Noch keine Vorstellung und kein Angebot eingetragen.', link: 'Vorstellung im Planer schreiben' },
  actions: { title: 'Nächste Schritte', missing: 'Noch keine Aktionen geplant.', allDone: 'Alle Aktionen sind erledigt – Zeit für die nächsten.', link: 'Aktionen im Planer planen' },
  contacts: { title: 'Kontaktpflege: A- und B-Kontakte', missing: 'Noch keine Kontakte eingetragen.', noneAB: 'Noch keine Kontakte mit Priorität A oder B.', link: 'Kontakte im Planer pflegen' },
  /** Column heads of the plan's tables, and the document's small words. */
  document: {
    goals: ['Ziel', 'Art', 'Woran ich es messe', 'Bis'],
    groups: ['Zielgruppe', 'Art', 'Ebene', 'Personen'],
    channels: ['Kanal', 'Wie oft', 'Zeit je Anlass', 'Im Monat'],
    networks: ['Netzwerk', 'Art', 'Passt zu'],
    actions: ['Aktion', 'Bis'],
    contacts: ['Kontakt', 'Organisation', 'Priorität', 'Rhythmus', 'Letzter Kontakt', 'Nächster Kontakt'],
    care: 'Kontaktpflege',
    byRhythm: 'nach Rhythmus',
    total: 'Zusammen',
    budget: 'Mein Zeitbudget',
    offer: 'Was ich anbiete',
    overdue: ' (überfällig)',
    noGoalText: '(ohne Beschreibung)',
    noGroupName: '(ohne Namen)',
    owner: 'Plan von',
    date: 'Stand:',
  },
  verdicts: {
    noBudget: 'Du hast noch nicht festgelegt, wie viel Zeit du im Monat einplanst.',
    over: 'Der Plan braucht {} mehr im Monat, als du eingeplant hast.',
    tight: 'Der Plan passt in dein Zeitbudget, lässt aber kaum Luft.',
    fits: 'Der Plan passt in dein Zeitbudget.',
  },
};

/** The label tables the plan needs, keyed by the stored values, and the plan's own words. */
export interface PlanLabels {
  texts: typeof PLAN_TEXTS;
  goalKinds: Readonly<Record<GoalKind, string>>;
  groupKinds: Readonly<Record<GroupKind, string>>;
  levels: Readonly<Record<GroupLevel, string>>;
  channels: Readonly<Record<ChannelType, string>>;
  periods: Readonly<Record<Period, string>>;
  rhythms: Readonly<Record<Rhythm, string>>;
  priorities: Readonly<Record<Priority, string>>;
  alarms: Readonly<Record<Alarm, string>>;
}

/** The planner's labels in the shape the plan takes them. */
export const PLAN_LABELS: PlanLabels = {
  texts: PLAN_TEXTS,
  goalKinds: GOAL_KIND_LABELS,
  groupKinds: GROUP_KIND_LABELS,
  levels: LEVEL_LABELS,
  channels: CHANNEL_LABELS,
  periods: PERIOD_LABELS,
  rhythms: RHYTHM_LABELS,
  priorities: PRIORITY_LABELS,
  alarms: ALARM_LABELS,
};
