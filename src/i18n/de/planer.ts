/**
 * The planner's words (/planer/ and its seven section pages). Each page hands its islands the
 * slices they need as props, so the words travel in the HTML, not in the script. `{name}`
 * placeholders are filled by `fill`/`plural` (src/i18n/format.ts); in templates rendered with
 * elements (`rich` in the planner's islands) a placeholder may also stand for a link or a date.
 * The choices' names (kinds, rhythms, channels …) are in planner-choices.ts.
 */
import type { Texts } from '../texts';
import { formTexts } from './forms';

/** The words every planner island needs: field marks, the done box, list items, number checks. */
const common = {
  /** The check on save against another tab's change, and „Abbrechen“ that asks. */
  form: formTexts,
  /** Under a name that is already on the list (folded: case, umlauts and accents aside); a hint, not a block. */
  duplicateName: '„{name}“ steht schon in deiner Liste – Groß- und Kleinschreibung und Umlaute zählen dabei nicht. Wenn du zwei davon brauchst, geht das trotzdem.',
  /** After the label of a field that may stay empty. */
  optional: '(optional)',
  /** The checkbox at the end of every section. */
  sectionDone: 'Abschnitt „{section}“ ist erledigt',
  /** The remove button of a list item (`{item}` is its legend, e.g. „Ziel 2“) and what is announced after. */
  remove: '{item} entfernen',
  removed: '{item} entfernt.',
  /** The button that brings the item removed last back, and what is announced then. */
  undo: 'Rückgängig',
  undone: '{item} ist wieder da.',
  overdue: 'überfällig',
  numbers: {
    wholeNumber: 'Gib eine ganze Zahl von {min} bis {max} ein.',
    number: 'Gib eine Zahl von {min} bis {max} ein.',
  },
  /** The sections by name, in page order. */
  sections: {
    ziele: 'Warum – Ziele',
    zielgruppen: 'Wer – Zielgruppen',
    kanaele: 'Wo und wie – Kanäle',
    zeitbudget: 'Wann – Zeitbudget',
    geben: 'Geben – dein Angebot',
    aktionen: 'Aktionen',
    kontakte: 'Kontaktpflege',
  },
} as const;

/** The frame of a section page (PlannerSectionPage.astro). */
const sectionPage = {
  title: '{section} – Planer',
  description: 'Planer, Schritt {n} von {total}: {section}. {intro}',
  back: 'Zurück zur Übersicht',
  step: 'Planer · Abschnitt {n} von {total}',
  next: 'Weiter zu {section}',
  /** After the last section. */
  nextPlan: 'Weiter zu deinem Plan',
  intros: {
    ziele: 'Wozu soll dein Netzwerk dienen? Ein gutes Ziel sagt, was genau du erreichen willst, wie viel davon und bis wann. Die Hinweise unter jedem Ziel helfen dir, es greifbar zu machen.',
    zielgruppen: 'Wen willst du erreichen? Ordne den Kreis nach Organisationen, Institutionen, Fachbereichen oder Themen – und nach der Ebene, auf der deine Gesprächspartnerinnen und -partner sitzen.',
    kanaele: 'Wo triffst du diese Menschen? Wähl die Wege, die zu deinen Zielgruppen passen. Für jeden Weg schlagen wir eine Häufigkeit und eine Dauer vor – pass beides an deinen Kalender an.',
    zeitbudget: 'Zeit ist beim Netzwerken das knappste Gut. Rechne ehrlich: Wie viele Stunden im Monat willst du wirklich einsetzen? Lieber ein kleiner Plan, der hält, als ein großer, der im Kalender verstaubt.',
    geben: 'Ein Netzwerk lebt davon, dass alle etwas beitragen. Was kannst du anbieten – Wissen, Erfahrung, Kontakte, Zeit oder eine helfende Hand? Und wie stellst du dich in zwei, drei Sätzen vor?',
    aktionen: 'Was tust du als Nächstes? Kleine, konkrete Schritte mit Datum bringen dich zuverlässiger voran als gute Vorsätze.',
    kontakte: 'Ein Kontakt lebt davon, dass du dich meldest – nicht nur, wenn du etwas brauchst. Halte fest, wo ihr euch begegnet seid und worüber ihr gesprochen habt, und leg fest, wie oft du dich melden willst. Der Planer sagt dir, wann es wieder Zeit ist.',
  },
} as const;

/** /planer/: the page's own text and the task list. */
const overview = {
  title: 'Planer',
  description: 'Plane deine Networking-Ziele, Zielgruppen, Kanäle und Zeit und pflege deine Kontakte mit festem Rhythmus – alles bleibt in deinem Browser.',
  heading: 'Dein Networking-Planer',
  lead: 'Vom Warum bis zur nächsten Nachricht: Hier legst du fest, was du mit deinem Netzwerk erreichen willst, wen du dafür brauchst, wo du diese Menschen triffst und wie viel Zeit du einsetzt. Und du behältst im Blick, bei wem du dich wieder melden solltest.',
  sections: 'Jeder Abschnitt hat eine eigene Seite. Arbeite sie der Reihe nach ab oder spring direkt dorthin, wo du gerade stehst.',
  taskList: 'Dein Fahrplan',
  progress: '{done} von {total} Abschnitten erledigt. Du kannst in beliebiger Reihenfolge arbeiten – alles wird sofort in diesem Browser gespeichert.',
  tools: 'Vorarbeit',
  selbsttest: 'Selbsttest: dein ideales Netzwerk',
  netzwerkCheck: 'Netzwerk-Check: echte Netzwerke vergleichen',
  plan: 'Dein Plan',
  statuses: { todo: 'Nicht begonnen', progress: 'In Arbeit', done: 'Erledigt' },
  /** `{link}` is `resultLink`, a link to the plan. */
  result: 'Fertig? {link} – zum Drucken und als Kalenderdatei.',
  resultLink: 'Sieh dir deinen Plan an',
} as const;

/** Who is due: the contacts page's due list and its glimpse on the overview share these. */
const due = {
  title: 'Fällig: bei wem du dich melden solltest',
  /** While the reader's day is not known yet (server render, hydration). */
  pending: 'Wird für heute berechnet …',
  none: 'In den nächsten zwei Wochen ist niemand fällig.',
  some: { one: 'Ein Kontakt ist in den nächsten zwei Wochen fällig.', other: '{n} Kontakte sind in den nächsten zwei Wochen fällig.' },
  someOverdue: {
    one: 'Ein Kontakt ist in den nächsten zwei Wochen fällig, davon {overdue} überfällig.',
    other: '{n} Kontakte sind in den nächsten zwei Wochen fällig, davon {overdue} überfällig.',
  },
} as const;

/** The glimpse of the due list on /planer/; `{name}` is set in bold, `{day}` is a date. */
const teaser = {
  dueOn: '{name} – fällig am {day}',
  dueOnAt: '{name}, {organisation} – fällig am {day}',
  overdueSince: '{name} – überfällig seit {day}',
  overdueSinceAt: '{name}, {organisation} – überfällig seit {day}',
  link: 'Zur Kontaktpflege: melden oder verschieben',
  linkNone: 'Zur Kontaktpflege',
} as const;

const goals = {
  legend: 'Ziel {n}',
  text: 'Was willst du erreichen?',
  textHint: 'Zum Beispiel: „Mit Abteilungsleitungen aus der Medizintechnik in meiner Region ins Gespräch kommen“.',
  kind: 'Art des Ziels',
  measure: 'Woran misst du es?',
  measureHint: 'Eine Zahl hilft, etwa „3 persönliche Gespräche“.',
  deadline: 'Bis wann?',
  add: 'Ziel hinzufügen',
  addMore: 'Weiteres Ziel hinzufügen',
  smartIntro: 'So wird dein Ziel greifbarer:',
  smartOk: 'Konkret, messbar und mit Datum – so lässt sich dein Ziel überprüfen.',
  /** One sentence per `SmartCode` (src/lib/planner/smart.ts); `{word}` is the vague word found. */
  smart: {
    empty: 'Beschreib in einem Satz, was du erreichen willst – etwa „mit Abteilungsleitungen aus der Medizintechnik ins Gespräch kommen“.',
    short: 'Das ist noch sehr knapp. Wen willst du erreichen, und was soll dabei herauskommen?',
    vague: '„{word}“ klingt nach einem Wunsch. Sag genauer, was sich ändern soll und bei wem.',
    noAmount: 'Woran merkst du, dass du es geschafft hast? Eine Zahl macht dein Ziel überprüfbar, etwa „drei Gespräche“. Ein Ergebnis, das sich prüfen lässt, tut es auch – zum Beispiel „eine unterschriebene Zusage“ oder „ein veröffentlichter Fachartikel“.',
    reach: 'Zähl lieber Gespräche und echte Begegnungen als Anfragen, Follower oder Visitenkarten – Klasse statt Masse.',
    large: 'Das ist eine große Zahl. Passt sie in deine Zeit? Ein kleineres Ziel, das du erreichst, bringt dich weiter als ein großes, das liegen bleibt.',
    noDate: 'Gib deinem Ziel ein Datum. „Bis Ende Juni“ hilft dir mehr als „irgendwann“.',
    past: 'Das Datum liegt schon hinter dir. Schau, was du erreicht hast, und setz dir ein neues.',
    far: 'Bis dahin ist es weit. Ein Zwischenziel in den nächsten Monaten hält dich in Bewegung.',
  },
} as const;

const groups = {
  legend: 'Zielgruppe {n}',
  kind: 'Art der Zielgruppe',
  name: 'Welche genau?',
  nameHint: 'Zum Beispiel „Medizintechnik-Hersteller im Raum Köln“ oder „Einkauf im Maschinenbau“.',
  level: 'Gesuchte Hierarchieebene',
  people: 'Bestimmte Personen',
  peopleHint: 'Name oder Kürzel und Funktion – nur so viel, wie du für das erste Gespräch brauchst.',
  add: 'Zielgruppe hinzufügen',
  addMore: 'Weitere Zielgruppe hinzufügen',
} as const;

const channels = {
  yours: 'Deine Kanäle',
  networkName: 'Name des Netzwerks',
  times: 'Wie oft?',
  period: 'Zeitraum',
  minutes: 'Minuten je Anlass',
  /** `{time}` is a duration, e.g. „3 Stunden“. */
  perMonth: 'Macht rund {time} im Monat.',
  networks: 'Bestimmte Netzwerke',
  networksHint: 'Ein Verein, ein Stammtisch, ein Online-Forum – jedes Netzwerk, in dem du aktiv sein willst, auch eines aus deinem Netzwerk-Check.',
  addNetwork: 'Netzwerk hinzufügen',
  /** `{time}` is set in bold, `{link}` is `totalLink`, a link to the time budget. */
  total: 'Zusammen brauchen deine Kanäle rund {time} im Monat. Ob das in deine Zeit passt, zeigt dir das {link}.',
  totalLink: 'Zeitbudget',
} as const;

const budget = {
  hours: 'Stunden pro Monat für dein Netzwerk',
  hoursHint: 'Zum Beispiel 8 für zwei Abendtermine im Monat.',
  /** `{hours}` is a duration, e.g. „6 Stunden“. */
  hoursFromTest: 'Aus deinem Selbsttest: {hours}. Sie gelten, solange das Feld leer ist.',
  caption: 'Was dein Plan im Monat braucht',
  what: 'Wofür',
  time: 'Zeit im Monat',
  care: { one: 'Kontaktpflege ({n} Minute je Nachricht oder Anruf)', other: 'Kontaktpflege ({n} Minuten je Nachricht oder Anruf)' },
  /** `{link}` is `emptyLink`, a link to the channels. */
  empty: 'Noch nichts geplant. Wähl zuerst deine {link}.',
  emptyLink: 'Kanäle',
  total: 'Zusammen',
  yours: 'Dein Budget',
  /** One sentence per budget status (src/lib/planner/time-budget.ts). */
  verdicts: {
    unknown: 'Trag ein, wie viele Stunden du im Monat einplanst – dann siehst du, ob dein Plan hineinpasst.',
    ok: 'Dein Plan passt in dein Zeitbudget.',
    tight: 'Dein Plan passt gerade so in dein Zeitbudget – es bleibt kaum Luft für Unvorhergesehenes.',
    over: 'Dein Plan braucht mehr Zeit, als du eingeplant hast.',
  },
  /** Under the verdict `over`; `{time}` is what the plan needs beyond the budget. */
  overAdvice: 'Er braucht rund {time} mehr im Monat. Streich einen Kanal, triff dich seltener, gib manchen Kontakten einen lockereren Rhythmus – oder plane bewusst mehr Zeit ein.',
} as const;

const give = {
  offer: 'Was du anbieten kannst',
  offerHint: 'Eine Sache pro Zeile, etwa „Erfahrung mit Förderanträgen“ oder „Ich führe gern das Protokoll“.',
  /** While the offer is still the questionnaire's. */
  offerHintFromTest: 'Aus deinem Selbsttest übernommen. Eine Sache pro Zeile, etwa „Erfahrung mit Förderanträgen“ oder „Ich führe gern das Protokoll“.',
  intro: 'So stellst du dich vor',
  introHint: 'Zwei, drei Sätze: was du machst und was du suchst. So kannst du dich bei jeder Gelegenheit kurz und klar vorstellen.',
} as const;

/**
 * One sentence per `IntroHint` code (src/lib/planner/planner.ts), for a page that comments on the
 * self-introduction; no page shows them yet.
 */
export const INTRO_HINT_TEXTS = {
  oneSentence: 'Ein Satz ist ein guter Anfang. Ergänze, was du suchst oder womit man dir weiterhelfen kann.',
  manySentences: 'Das sind {n} Sätze. Zwei oder drei reichen – kürzer bleibt besser im Gedächtnis.',
  noSearch: 'Sag auch, was du suchst – so wissen andere, wie sie dir helfen können.',
} as const;

const actions = {
  addTitle: 'Neue Aktion',
  what: 'Was ist zu tun?',
  whatHint: 'Ein konkreter Schritt, etwa „LinkedIn-Profil überarbeiten“ oder „Zum Stammtisch der IHK anmelden“.',
  until: 'Bis wann?',
  add: 'Aktion hinzufügen',
  titleMissing: 'Beschreib den Schritt in ein paar Worten.',
  added: 'Aktion „{title}“ hinzugefügt.',
  editLabel: 'Aktion bearbeiten: {title}',
  title: 'Aktion',
  due: 'Fällig am',
  save: 'Änderung speichern',
  cancel: 'Abbrechen',
  changed: 'Aktion „{title}“ geändert.',
  /** After an action's title; `{day}` is a date. */
  dueBy: '– bis {day}',
  done: '„{title}“ ist erledigt.',
  reopened: '„{title}“ ist wieder offen.',
  edit: 'Bearbeiten',
  editName: 'Bearbeiten: {title}',
  remove: 'Löschen',
  removeName: 'Löschen: {title}',
  removed: 'Aktion „{title}“ gelöscht.',
  /** How the undo notice names a deleted action. */
  removedLabel: 'Aktion „{title}“',
  open: 'Offene Aktionen ({n})',
  overdue: {
    one: 'Eine Aktion ist überfällig: Erledige sie, streich sie – oder leg sie neu an, wenn sich der Plan geändert hat.',
    other: '{n} Aktionen sind überfällig: Erledige sie, streich sie – oder leg sie neu an, wenn sich der Plan geändert hat.',
  },
  allDone: 'Alles erledigt – Zeit für den nächsten Schritt.',
  none: 'Noch keine Aktionen geplant.',
  finished: 'Erledigte Aktionen ({n})',
  /** Linking an action to a goal and to contacts (while editing it), and how the links read on the action. */
  links: {
    goal: 'Gehört zum Ziel',
    noGoal: 'kein Ziel',
    /** A goal without a description, in the choice of goals. */
    untitledGoal: 'Ziel ohne Beschreibung',
    contacts: 'Kontakte zu diesem Schritt',
    chosen: { one: '{n} Kontakt gewählt', other: '{n} Kontakte gewählt' },
    filter: 'Kontakte filtern',
    filterHint: 'Name oder Organisation; gewählte Kontakte stehen immer oben.',
    limit: 'Höchstens {n} Kontakte je Aktion – nimm erst einen heraus, um einen anderen zu wählen.',
    noContacts: 'Im Planer sind noch keine Kontakte eingetragen.',
    noMatch: 'Kein Kontakt passt zu diesem Filter.',
    /** On the action, after its title. */
    forGoal: 'Ziel: {goal}',
    withContacts: 'mit {names}',
  },
} as const;

/** Kontaktpflege: the due list, birthdays, the list of contacts, the forms and the log. */
const contacts = {
  due: {
    /** `{name}` is set in bold. */
    who: '{name} · Priorität {priority}',
    whoAt: '{name}, {organisation} · Priorität {priority}',
    overdueSince: { one: 'Überfällig seit gestern ({day})', other: 'Überfällig seit {n} Tagen ({day})' },
    dueToday: 'Heute fällig',
    dueIn: { one: 'Fällig morgen, am {day}', other: 'Fällig in {n} Tagen, am {day}' },
    contacted: 'Heute kontaktiert',
    contactedName: 'Heute kontaktiert: {name}',
    contactedDone: 'Kontakt mit {name} für heute eingetragen.',
    /** The small form „Heute kontaktiert“ opens: how and a note, both optional. */
    contactedForm: 'Kontakt mit {name} für heute eintragen',
    contactedChannel: 'Wie?',
    contactedNote: 'Notiz',
    contactedSubmit: 'Eintragen',
    contactedCancel: 'Abbrechen',
    snoozeName: '{name} später erinnern',
    later: 'Später:',
    weeks: { one: '{n} Woche', other: '{n} Wochen' },
    snoozed: { one: '{name}: um {n} Woche verschoben.', other: '{name}: um {n} Wochen verschoben.' },
    open: 'Öffnen',
    openName: 'Öffnen: {name}',
    showFirst: 'Nur die ersten {n} zeigen',
    showAll: 'Alle {n} fälligen Kontakte zeigen',
    /** The form „Heute kontaktiert“ and the draft, which load on the first click: while they load, and if they cannot be loaded. */
    contactedPart: {
      loading: 'Das Formular wird geladen …',
      failed: 'Das Formular ließ sich nicht laden – vielleicht ist die Verbindung weg oder die Website wurde inzwischen erneuert (dann hilft es, die Seite neu zu laden). Es wurde nichts eingetragen.',
      retry: 'Erneut versuchen',
    },
    draftPart: {
      loading: 'Der Entwurf wird geladen …',
      failed: 'Der Entwurf ließ sich nicht laden – vielleicht ist die Verbindung weg oder die Website wurde inzwischen erneuert (dann hilft es, die Seite neu zu laden).',
      retry: 'Erneut versuchen',
    },
  },
  birthdays: {
    title: 'Geburtstage in den nächsten {n} Tagen',
    none: 'Keine Geburtstage in den nächsten {n} Tagen.',
    /** `{name}` is set in bold, `{day}` is a date. */
    item: '{name} – {day} ({when})',
    today: 'heute',
    inDays: { one: 'morgen', other: 'in {n} Tagen' },
  },
  title: 'Deine Kontakte',
  add: 'Kontakt hinzufügen',
  /** The parts of the page that load when needed: while they load, and if they cannot be loaded. */
  parts: {
    forms: {
      loading: 'Das Formular wird geladen …',
      failed: 'Das Formular ließ sich nicht laden – vielleicht ist die Verbindung weg oder die Website wurde inzwischen erneuert (dann hilft es, die Seite neu zu laden). Deine gespeicherten Kontakte sind unverändert.',
      retry: 'Erneut versuchen',
    },
    map: {
      loading: 'Die Netzwerkkarte wird geladen …',
      failed: 'Die Netzwerkkarte ließ sich nicht laden – vielleicht ist die Verbindung weg oder die Website wurde inzwischen erneuert (dann hilft es, die Seite neu zu laden). Deine Kontakte stehen alle in der Liste oben.',
      retry: 'Erneut versuchen',
    },
  },
  empty: 'Noch keine Kontakte. Leg die Menschen an, mit denen du in Verbindung bleiben willst – ein Name oder Initialen genügen.',
  list: {
    search: 'Kontakte durchsuchen',
    found: { one: '{found} von {n} Kontakt.', other: '{found} von {n} Kontakten.' },
    foundPaged: '{found} von {n} Kontakten, die ersten {shown} sind zu sehen.',
    priority: 'Priorität {priority}',
    next: 'nächster Kontakt {day}',
    more: '{n} weitere anzeigen',
    /** After „weitere anzeigen“: read out by the live region. */
    shownMore: '{shown} von {found} Kontakten sind jetzt zu sehen.',
    shownAll: 'Alle {found} Kontakte sind jetzt zu sehen.',
    searchHint: 'Sucht in allem, was du zu einem Kontakt notiert hast – Name, Organisation, Position, E-Mail, Telefon, Profil, Schlagworte, Themen, Angebote und Notizen. Groß- und Kleinschreibung, Umlaute und Akzente sind egal.',
    filters: 'Filtern und sortieren',
    /** The filters' part: while it loads (a moment after the panel opens) and if it cannot be loaded. */
    filtersPart: {
      loading: 'Die Filter werden geladen …',
      failed: 'Die Filter ließen sich nicht laden – vielleicht ist die Verbindung weg oder die Website wurde inzwischen erneuert (dann hilft es, die Seite neu zu laden). Die Suche funktioniert auch ohne sie.',
      retry: 'Erneut versuchen',
    },
    priorities: 'Priorität',
    priorityOption: 'Priorität {priority}',
    group: 'Zielgruppe',
    anyGroup: 'Alle Zielgruppen',
    overdue: 'Nur überfällige',
    withoutRhythm: 'Nur ohne Rhythmus',
    tag: 'Schlagwort',
    anyTag: 'Alle Schlagworte',
    sort: 'Sortieren nach',
    sorts: { surname: 'Nachname', next: 'Nächster Kontakt', last: 'Letzter Kontakt (am längsten her zuerst)', priority: 'Priorität' },
    reset: 'Suche und Filter zurücksetzen',
    none: 'Kein Kontakt passt zu Suche und Filtern.',
  },
  /** The fields of a contact, in the short form for a new one and in the contact itself. */
  fields: {
    name: 'Name oder Initialen',
    nameHint: 'So viel, wie du brauchst, um dich zu erinnern – etwa „M. Bauer“.',
    nameMissing: 'Trag einen Namen oder Initialen ein.',
    organisation: 'Organisation',
    priority: 'Priorität',
    priorityHint: 'A: enger Austausch, wichtig für deine Ziele. B: regelmäßig in Kontakt bleiben. C: lockere Verbindung.',
    rhythm: 'Wie oft willst du dich melden?',
    met: 'Wo und wie habt ihr euch kennengelernt?',
    metHint: 'Etwa „Fachtagung Medizintechnik, in der Kaffeepause“.',
    introducedBy: 'Wer hat euch bekannt gemacht?',
    topics: 'Worüber habt ihr gesprochen?',
    topicsHint: 'Ein paar Stichworte: ein Projekt, eine offene Frage, eine kleine Zusage.',
    offerThem: 'Was kannst du der Person bieten?',
    offerMe: 'Was kann die Person dir bieten?',
    birthday: 'Geburtstag',
    birthdayHint: 'Tag und Monat, etwa 14.3. – mit Jahr, wenn du es weißt: 14.3.1980.',
    birthdayInvalid: 'Gib Tag und Monat so ein: 14.3., mit Jahr so: 14.3.1980 – und nur einen Tag, den es im Kalender gibt (Jahr ab 1900).',
    position: 'Position',
    positionHint: 'Etwa „Leiterin Einkauf“.',
    emails: 'E-Mail-Adressen',
    emailsHint: 'Mehrere mit Komma trennen.',
    phones: 'Telefonnummern',
    phonesHint: 'Mehrere mit Semikolon trennen, etwa „+49 89 123456; 0171 2345678“.',
    profileUrl: 'Profil-URL',
    profileUrlHint: 'Etwa das LinkedIn- oder Xing-Profil.',
    tags: 'Schlagworte',
    tagsHint: 'Mehrere mit Komma trennen, etwa „Messe 2026, Köln“.',
    notes: 'Notizen',
    /** Why a field's text cannot be saved (`DetailProblem`); `{item}` the part that is wrong. */
    detailProblems: {
      invalid: '„{item}“ lässt sich so nicht speichern. Prüf die Schreibweise.',
      tooMany: 'Höchstens {max} – lass die übrigen weg.',
      tooLong: '„{item}“ ist zu lang: höchstens {max} Zeichen.',
      duplicate: '„{item}“ steht schon da (Groß- und Kleinschreibung, Umlaute und Akzente zählen nicht).',
    },
  },
  addForm: {
    title: 'Neuer Kontakt',
    save: 'Kontakt speichern',
    cancel: 'Abbrechen',
    saved: 'Kontakt „{name}“ gespeichert. Ergänze, wo ihr euch kennengelernt habt und worüber ihr gesprochen habt.',
  },
  editor: {
    /** `{last}` and `{next}` are dates (or `noLast`, `noNext`). */
    status: 'Letzter Kontakt: {last} · Nächster Kontakt: {next}',
    noLast: 'noch keiner',
    noNext: 'kein Rhythmus festgelegt',
    logged: 'Kontakt eingetragen.',
    loggedNext: 'Kontakt eingetragen. Nächster Kontakt am {day}.',
    details: 'Angaben zu {name}',
    close: 'Schließen',
    confirm: 'Wirklich löschen – mit dem ganzen Verlauf?',
    yes: 'Ja, löschen',
    no: 'Nein',
    remove: 'Kontakt löschen',
    removed: 'Kontakt „{name}“ gelöscht.',
  },
  log: {
    title: 'Verlauf',
    /** `{day}` is a date, `{channel}` how the contact happened. */
    entry: '{day} · {channel}',
    entryWithNote: '{day} · {channel} – {note}',
    remove: 'Löschen',
    removeName: 'Löschen: Eintrag vom {day}',
    removed: 'Eintrag gelöscht.',
    /** How the undo notice names a deleted log entry; `{day}` is a date. */
    removedLabel: 'Eintrag vom {day}',
    empty: 'Noch kein Kontakt eingetragen. Dein Rhythmus zählt ab dem Tag, an dem du die Person angelegt hast.',
    formTitle: 'Kontakt eintragen',
    date: 'Wann?',
    channel: 'Wie?',
    note: 'Notiz',
    noteHint: 'Worüber ihr gesprochen habt, was du zugesagt hast.',
    submit: 'Eintragen',
    /** Why a day cannot be logged (`interactionDateProblem`). */
    dateMissing: 'Trag ein, wann ihr Kontakt hattet.',
    dateFuture: 'Dieser Tag liegt in der Zukunft. Geplante Treffen gehören zu den Aktionen.',
  },
} as const;

export const PLANER_TEXTS = { common, sectionPage, overview, due, teaser, goals, groups, channels, budget, give, actions, contacts } as const;

/** The shape of the planner's words, for the islands' props (any language's words fit). */
export type PlanerTexts = Texts<typeof PLANER_TEXTS>;
