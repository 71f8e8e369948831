/**
 * The words of the printable plan (/plan/) and of its calendar file. The page hands them to its
 * island as props (server HTML), and the island hands `calendar` on to the worker that writes the
 * file, so no German travels in the plan's scripts. (The printed pages' margins, „Seite 1 von 3“,
 * stay in plan.css: `@page` margin boxes read only stylesheets, and the CSP admits no inline
 * style built from this file.)
 */
import { common } from './common';
import { NETWORK_MAP_TEXTS } from './network-map';
import { TIMELINE_TEXTS } from './timeline';

/** The page's frame: browser title, description for search engines, heading and lead. */
export const planPage = {
  title: 'Mein Plan',
  description: 'Dein persönlicher Networking-Plan auf einen Blick: Ziele, Kanäle, Zeit, Aktionen und Kontaktpflege – zum Drucken und als Kalenderdatei.',
  heading: 'Mein Networking-Plan',
  lead: 'Hier steht alles, was du im Planer, im Selbsttest und im Netzwerk-Check festgehalten hast – als ein Dokument zum Ausdrucken und Abhaken. Die Kalenderdatei bringt deine nächsten Kontakte, Aktionen und Geburtstage in deinen Kalender.',
} as const;

/** The words of the plan's island: toolbar, document and calendar file. */
export const plan = {
  toolbar: {
    title: 'Drucken und in den Kalender übernehmen',
    owner: 'Dein Name auf dem Plan (optional)',
    ownerHint: 'Er steht oben auf dem Plan – praktisch, wenn du ihn zu einem Mentoring-Gespräch mitnimmst.',
    /** The choice of parts to print. */
    partsTitle: 'Was auf den Ausdruck kommt',
    partsHint: 'Die erste Seite „Auf einen Blick“ ist immer dabei. Teile ohne Einträge lässt der Ausdruck weg. Deine Auswahl steht in der Adresse dieser Seite und gilt, solange du sie offen hast oder als Lesezeichen speicherst.',
    parts: {
      profile: 'Mein Profil',
      goals: 'Meine Ziele und Aktionen',
      timeline: 'Meine nächsten drei Monate',
      groups: 'Meine Zielgruppen',
      channels: 'Kanäle und Zeit',
      networks: 'Passende Netzwerke',
      give: 'Vorstellung und Angebot',
      contacts: 'Meine Kontakte',
      birthdays: 'Geburtstage',
      notes: 'Notizen (Linien zum Schreiben)',
    },
    contactScope: 'Welche Kontakte',
    contactScopes: { ab: 'Nur A- und B-Kontakte', all: 'Alle Kontakte' },
    /** The page count estimated from the content; `{pages}` is `pageCount`. */
    pages: 'Geschätzter Umfang: {pages} (A4, geschätzt nach der Menge der Einträge)',
    pageCount: { one: '{n} Seite', other: '{n} Seiten' },
    /** The disclosure that holds the calendar file's controls. */
    calendarTitle: 'Kalenderdatei für deinen Kalender',
    calendarLoading: 'Wird geladen …',
    alarm: 'Erinnerung im Kalender',
    alarmHint: 'Gilt für alle Termine der Kalenderdatei.',
    print: 'Drucken',
    download: '.ics herunterladen',
    /** The choice to leave C contacts out of the file (for this download only). */
    onlyAB: 'Nur A- und B-Kontakte in die Kalenderdatei',
    /** What the calendar file holds; `{count}` is `eventCount`, `{perDay}` the most overdue contacts on one day. */
    events:
      'Die Kalenderdatei enthält {count}: nächste Kontakte, fällige Aktionen und Geburtstage (jährlich). Überfällige Kontakte verteilt sie auf die nächsten Tage, höchstens {perDay} am Tag, A vor B vor C. Importierst du sie erneut, werden die Termine aktualisiert statt verdoppelt, und Erledigtes verschwindet.',
    eventCount: { one: '{n} Termin', other: '{n} Termine' },
    noEvents: 'Noch keine Termine für den Kalender: Trag im Planer Kontakte mit Rhythmus oder Aktionen mit Datum ein.',
    /** Announced when the download starts. */
    downloading: { one: 'Kalenderdatei mit {n} Termin wird heruntergeladen.', other: 'Kalenderdatei mit {n} Terminen wird heruntergeladen.' },
    loading: 'Dein Plan wird aus diesem Browser geladen …',
    /** While the print button waits for the parts after the first page, which load just after the page. */
    printPreparing: 'Der Ausdruck wird vorbereitet …',
    /** On screen below the first page while the parts after it load. */
    restLoading: 'Die weiteren Teile deines Plans werden geladen …',
    /**
     * When the parts after the first page cannot be loaded (offline without the stored copy, or a new
     * version of the website replaced them): under the print button, which then does not wait for ever.
     */
    restFailed: 'Der Plan ist unvollständig: Die Teile nach der ersten Seite und die Netzwerkkarte ließen sich nicht laden – vielleicht ist die Verbindung weg oder die Website wurde inzwischen erneuert (dann hilft es, die Seite neu zu laden). Versuch es erneut oder druck nur die erste Seite „Auf einen Blick“.',
    /** The same below the first page, where the missing parts would be. */
    restMissing: 'Die weiteren Teile deines Plans fehlen, weil sie sich nicht laden ließen – oben bei „Drucken“ kannst du es erneut versuchen.',
    retry: 'Erneut versuchen',
    printFirstPage: 'Nur die erste Seite drucken',
    /** If the calendar file's controls cannot be loaded. */
    calendarFailed: 'Die Kalenderdatei ließ sich nicht vorbereiten – vielleicht ist die Verbindung weg oder die Website wurde inzwischen erneuert (dann hilft es, die Seite neu zu laden).',
  },
  /**
   * On paper only, if the browser's own print command (Ctrl+P) comes in the moment before the parts
   * after the first page have loaded: a print event cannot wait for them.
   */
  printIncomplete: 'Dieser Ausdruck kam, bevor der ganze Plan geladen war. Druck ihn bitte noch einmal – dann sind alle Teile dabei.',
  /** On paper instead of `printIncomplete` once the parts after the first page could not be loaded: printing again will not help. */
  printPartial: 'Dieser Ausdruck enthält nur die erste Seite: Die weiteren Teile des Plans ließen sich nicht laden. Lade die Seite neu, wenn du wieder online bist, und druck dann noch einmal.',
  /** The Netzwerkkarte on the first page, in the plan's first person; the rest as on the contacts page. */
  map: {
    ...NETWORK_MAP_TEXTS,
    title: 'Mein Netzwerk',
    intro: 'Ich stehe in der Mitte, A-Kontakte nah bei mir, C-Kontakte am Rand; gestrichelt ganz außen, wen ich bei meinen Zielgruppen noch treffen will.',
    wished: { one: 'Eine Person will ich noch kennenlernen.', other: '{n} Personen will ich noch kennenlernen.' },
    legend: { ...NETWORK_MAP_TEXTS.legend, wished: 'noch kein Kontakt – jemand, den ich kennenlernen will' },
  },
  /**
   * The part „Meine nächsten drei Monate“ on paper: entries flow one after another, short, so three
   * months of 300 contacts fit on a page or two. `{day}` is a day like „10.3.“; `{priority}` A, B or C.
   */
  timeline: {
    overdue: TIMELINE_TEXTS.overdue,
    recurring: TIMELINE_TEXTS.recurring,
    channel: TIMELINE_TEXTS.channel,
    week: '{start} – {end}',
    entry: '{day} {text}',
    action: '{title}',
    followUp: 'bei {name} melden ({priority})',
    /** An overdue follow-up, without its day: how late matters less than doing it. */
    overdueFollowUp: '{name} ({priority})',
    birthday: 'Geburtstag von {name}',
  },
  /**
   * Each section's title, what it says while empty (`missing`; `allDone` and `noneAB` for the
   * other reasons a section can be empty) and the label of the link that leads to where it is filled in.
   */
  sections: {
    profile: { title: 'Mein Profil', missing: 'Dein Profil aus dem Selbsttest fehlt noch. Es beschreibt, wie dein ideales Netzwerk aussieht.', link: 'Selbsttest machen' },
    goals: { title: 'Meine Ziele', missing: 'Noch keine Ziele eingetragen.', link: 'Ziele im Planer festlegen' },
    groups: { title: 'Meine Zielgruppen', missing: 'Noch keine Zielgruppen eingetragen.', link: 'Zielgruppen im Planer festlegen' },
    channels: { title: 'Kanäle und Zeitplan', missing: 'Noch keine Kanäle und kein Zeitbudget eingetragen.', link: 'Kanäle im Planer wählen' },
    networks: {
      title: 'Passende Netzwerke',
      missing: 'Noch keine Netzwerke bewertet. Der Netzwerk-Check zeigt, welche echten Netzwerke zu deinem Ideal passen.',
      link: 'Netzwerk-Check starten',
    },
    give: { title: 'So stelle ich mich vor – und das biete ich an', missing: 'Noch keine Vorstellung und kein Angebot eingetragen.', link: 'Vorstellung im Planer schreiben' },
    actions: { title: 'Nächste Schritte', missing: 'Noch keine Aktionen geplant.', allDone: 'Alle Aktionen sind erledigt – Zeit für die nächsten.', link: 'Aktionen im Planer planen' },
    contacts: { title: 'Kontaktpflege: A- und B-Kontakte', titleAll: 'Kontaktpflege: alle Kontakte', missing: 'Noch keine Kontakte eingetragen.', noneAB: 'Noch keine Kontakte mit Priorität A oder B.', link: 'Kontakte im Planer pflegen' },
  },
  /** The first page. */
  glance: {
    title: 'Auf einen Blick',
    goals: 'Meine Ziele',
    steps: 'Meine nächsten fünf Schritte',
    followUp: 'Bei {name} melden',
    time: 'Mein Zeitbudget im Monat',
    /** The bar's text: `{used}` and `{budget}` are durations. */
    timeOfBudget: '{used} von {budget} verplant',
    timeNoBudget: '{used} verplant – ein Zeitbudget habe ich noch nicht festgelegt.',
    /** Over the lines that fill the rest of the first page on paper. */
    notes: 'Meine Notizen',
  },
  /** The blank worksheet's words, for a reader who has not entered anything yet. */
  worksheet: {
    lead: 'Noch ist nichts eingetragen – dieser Bogen hat Linien zum Ausfüllen von Hand. Übertrag ihn später in den Planer, dann wird daraus dein Plan.',
    owner: 'Mein Name:',
  },
  /** The document's line under the heading. */
  meta: {
    withOwner: 'Mein Plan · {owner} · Stand: {date}',
    withoutOwner: 'Stand: {date}',
  },
  /** Titles of the parts that only the paper has. */
  paper: {
    goals: 'Meine Ziele und Aktionen',
    actions: 'Meine Aktionen',
    /** Open actions linked to no goal, after the goals with theirs. */
    moreSteps: 'Weitere Schritte',
    timeline: 'Meine nächsten drei Monate',
    /** What the timeline leaves out when the contacts part lists A and B only. */
    timelineOnlyAB: 'Mit den Kontakten der Prioritäten A und B; die C-Kontakte stehen im Ausdruck mit allen Kontakten.',
    birthdays: 'Geburtstage',
    notes: 'Notizen',
  },
  /** Labels of the cards' two-column rows, and the document's small words. */
  document: {
    goalKind: 'Art',
    goalMeasure: 'Woran ich es messe',
    goalDeadline: 'Bis',
    groupKind: 'Art',
    groupLevel: 'Ebene',
    groupPeople: 'Personen',
    channelFrequency: 'Wie oft',
    channelOccasion: 'Zeit je Anlass',
    channelMonth: 'Im Monat',
    networkKind: 'Art',
    networkFit: 'Passt zu',
    actionDue: 'Bis',
    contactOrganisation: 'Organisation',
    contactPriority: 'Priorität',
    contactRhythm: 'Rhythmus',
    contactLast: 'Letzter Kontakt',
    contactNext: 'Nächster Kontakt',
    contactOffer: 'Ich biete an',
    /** The compact contact card's day line: by when to get in touch (next to a tick box), and the last contact. */
    contactNextShort: 'bis {day}',
    contactLastShort: 'zuletzt {day}',
    /** The contacts an action is linked to, e.g. „mit Jana Ohm und M. Bauer“. */
    actionWith: 'mit {names}',
    /** Under the A and B contacts: how many C contacts the list leaves out. */
    cContacts: { one: 'Dazu kommt {n} C-Kontakt (lose Verbindung), hier nicht einzeln aufgeführt.', other: 'Dazu kommen {n} C-Kontakte (lose Verbindungen), hier nicht einzeln aufgeführt.' },
    /** A birthday's day within its month, e.g. „14.“. */
    birthdayDay: '{day}.',
    months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    /** One line of the profile: `{label}` names the dimension, `{text}` ends the sentence. */
    profileLine: '{label}: Mein ideales Netzwerk {text}',
    /** How often a channel is used, e.g. „2 × pro Woche“. */
    frequency: '{times} × {period}',
    /** A time per occasion that is not whole hours. */
    minutes: common.minutes,
    /** A network's fit score. */
    score: '{score} %',
    /** The contact care's time, next to the channels'. */
    careByRhythm: 'Kontaktpflege (nach Rhythmus)',
    total: 'Zusammen',
    budget: 'Mein Zeitbudget',
    offer: 'Was ich anbiete',
    overdue: '(überfällig)',
    noGoalText: '(ohne Beschreibung)',
    noGroupName: '(ohne Namen)',
    /** An empty cell. */
    none: '–',
  },
  /** One sentence on how the plan fits the time budget; `{hours}` is the time over budget. */
  verdicts: {
    noBudget: 'Wie viel Zeit ich im Monat einplane, habe ich noch nicht festgelegt.',
    over: 'Mein Plan braucht {hours} mehr im Monat, als ich eingeplant habe.',
    tight: 'Mein Plan passt in mein Zeitbudget, lässt aber kaum Luft.',
    fits: 'Mein Plan passt in mein Zeitbudget.',
  },
  /** The calendar file: its name, the events' titles, descriptions and categories. */
  calendar: {
    name: 'Mein Networking-Plan',
    /** The category every event carries, next to its own. */
    category: 'Netzwerk-Kompass',
    followUp: {
      summary: 'Bei {name} melden',
      category: 'Kontaktpflege',
      /** The description's lines, each shown when the contact has what it needs. */
      lines: {
        organisation: 'Organisation: {organisation}',
        priority: 'Priorität: {priority}',
        lastContact: 'Letzter Kontakt: {day}',
        noLastContact: 'Letzter Kontakt: noch keiner eingetragen',
        topics: 'Worüber ihr gesprochen habt: {topics}',
        offer: 'Was du anbieten kannst: {offer}',
      },
    },
    action: { description: 'Aktion aus deinem Networking-Plan', category: 'Aktion' },
    birthday: {
      summary: 'Geburtstag: {name}',
      /** By how the birthday repeats: on its day, or on the last day of February (for 29 February). */
      description: {
        yearly: 'Ein kurzer Gruß freut fast alle.',
        'yearly-end-of-february': 'Geboren am 29. Februar – in Jahren ohne diesen Tag erinnert dich der Kalender am 28. Februar.',
      },
      category: 'Geburtstag',
    },
  },
} as const;

/** The plan's words, as the island and the calendar worker take them. */
export type PlanTexts = typeof plan;

/** The calendar file's words (the worker's part of the plan's words). */
export type PlanCalendarTexts = PlanTexts['calendar'];
