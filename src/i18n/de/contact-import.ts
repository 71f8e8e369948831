/**
 * The words of the contact import and export on /planer/kontakte/. The page hands them to its
 * island as props; the import's own part loads only when the reader opens it. `{…}` placeholders
 * are filled by `fill`/`plural` (src/i18n/format.ts).
 */
import type { Texts } from '../texts';

const contactImport = {
  open: 'Kontakte importieren',
  close: 'Import schließen',
  loading: 'Der Import wird geladen …',
  loadFailed: 'Der Import ließ sich nicht laden – vielleicht ist die Verbindung weg oder die Seite wurde inzwischen aktualisiert. Deine gespeicherten Kontakte sind unverändert.',
  retry: 'Erneut versuchen',
  steps: {
    choose: 'Schritt 1: Datei wählen',
    mapping: 'Schritt 2: Spalten zuordnen',
    preview: 'Schritt 3: Vorschau prüfen',
  },
  choose: {
    intro: 'Wähle eine Datei mit Kontakten: den Export „Connections.csv“ aus LinkedIn, eine vCard-Datei (.vcf) vom Telefon, aus Google, Outlook, Apple oder Xing oder eine andere CSV-Tabelle. Die Datei bleibt in deinem Browser; nichts wird gespeichert, bevor du die Vorschau bestätigst.',
    file: 'Datei mit Kontakten',
    fileHint: 'CSV oder vCard (.csv, .vcf, .vcard), höchstens 10 MB.',
    drop: 'Oder zieh die Datei hierher.',
    reading: '„{file}“ wird gelesen …',
  },
  mapping: {
    intro: 'In „{file}“ stehen {n} Zeilen. Sag, was in welcher Spalte steht – die Vorschläge kommen aus den Spaltenüberschriften. Spalten mit „Nicht übernehmen“ bleiben weg.',
    column: 'Spalte {n}: „{header}“',
    example: 'z. B. „{value}“',
    next: 'Weiter zur Vorschau',
    back: 'Andere Datei wählen',
    targets: {
      ignore: 'Nicht übernehmen',
      name: 'Name',
      firstName: 'Vorname',
      lastName: 'Nachname',
      organisation: 'Organisation',
      position: 'Position',
      email: 'E-Mail',
      phone: 'Telefon',
      profileUrl: 'Profil-URL',
      birthday: 'Geburtstag',
      notes: 'Notizen',
      tags: 'Schlagworte',
      connectedOn: 'Vernetzt seit',
    },
  },
  preview: {
    /** `{file}` the file's name. */
    counts: '„{file}“: {fresh}, {duplicates}, {problems}.',
    fresh: { one: '{n} neuer Kontakt', other: '{n} neue Kontakte' },
    duplicates: { one: '{n} mögliche Dublette', other: '{n} mögliche Dubletten' },
    problems: { one: '{n} Hinweis', other: '{n} Hinweise' },
    problemsTitle: 'Hinweise zur Datei',
    selectAll: 'Alle auswählen',
    triageTitle: 'Für alle ausgewählten ({n}) festlegen',
    priority: 'Priorität',
    rhythm: 'Rhythmus',
    group: 'Zielgruppe (als Schlagwort)',
    /** When no part of the chosen group's name fits into a tag (40 characters). */
    groupTooLong: 'Der Name dieser Zielgruppe ist zu lang für ein Schlagwort (höchstens 40 Zeichen). Kürze ihn im Planer oder trenne ihn mit Kommas in Teile – dann kommt der erste passende Teil als Schlagwort dazu.',
    tags: 'Schlagworte hinzufügen',
    tagsHint: 'Mehrere mit Komma trennen, etwa „Messe 2026, Köln“.',
    keep: 'Nicht ändern',
    apply: 'Für die Ausgewählten übernehmen',
    applied: { one: 'Für {n} Kontakt übernommen.', other: 'Für {n} Kontakte übernommen.' },
    decision: 'Was tun mit {name}?',
    decisions: { add: 'Neu anlegen', merge: 'Zusammenführen', skip: 'Überspringen' },
    /** Why a row looks like a duplicate; `{name}` the contact it duplicates. */
    reasons: {
      email: 'Gleiche E-Mail wie {name}',
      profileUrl: 'Gleiche Profil-URL wie {name}',
      name: 'Gleicher Name und gleiche Organisation wie {name}',
    },
    earlierRow: 'Eintrag {n} dieser Datei',
    /** A row's details after its name. */
    row: 'Eintrag {n}',
    noRhythm: 'kein Rhythmus',
    take: { one: '{n} Kontakt übernehmen', other: '{n} Kontakte übernehmen' },
    takeNone: 'Nichts zu übernehmen',
    back: 'Zurück',
    more: '{n} weitere Einträge zeigen',
  },
  done: {
    imported: { one: '{n} Kontakt aus „{file}“ übernommen.', other: '{n} Kontakte aus „{file}“ übernommen.' },
    undo: 'Rückgängig',
    undone: 'Der Import ist rückgängig gemacht; deine Kontakte sind wie vorher.',
    undoFailed: 'Rückgängig machen ging nicht: Unter „Meine Daten“ findest du den Stand vor dem Import als Schnappschuss.',
    /** The snapshot taken before the import is damaged: nothing was changed. */
    undoDamaged: 'Rückgängig machen ging nicht: Der Schnappschuss vom Stand vor dem Import ist beschädigt. Es wurde nichts geändert. Unter „Meine Daten“ kannst du ihn herunterladen.',
  },
  /** Why a file cannot be imported; nothing was stored. */
  errors: {
    title: 'Diese Datei lässt sich nicht importieren',
    unchanged: 'Es wurde nichts gespeichert.',
    encoding: '„{file}“ ist keine Textdatei in einer bekannten Kodierung. Exportiere die Kontakte noch einmal als CSV (UTF-8) oder vCard.',
    'too-big': '„{file}“ ist größer als 10 MB. Exportiere weniger Kontakte auf einmal oder ohne Fotos.',
    'no-name-column': 'In „{file}“ steht in keiner Spalte ein Name. Ordne mindestens einer Spalte „Name“, „Vorname“ oder „Nachname“ zu.',
    'vcard-unterminated': 'In „{file}“ endet Karte {at} nicht mit „END:VCARD“. Die Datei ist wohl unvollständig; exportiere sie noch einmal.',
    'too-many-rows': '„{file}“ enthält {count} Kontakte, es passen aber nur noch {limit} in den Planer.',
    nothing: 'In „{file}“ stehen keine Kontakte, die sich lesen lassen.',
    unreadable: 'Dein Browser konnte „{file}“ nicht lesen.',
    full: 'Der Speicher deines Browsers ist zu voll für diesen Import. Es wurde nichts gespeichert.',
    readOnly: 'Dein Planer ist gerade nicht bearbeitbar (siehe Hinweis oben). Es wurde nichts gespeichert.',
  },
  /** A problem with one row or card, 1-based; `{field}` from `fields`. */
  problems: {
    'no-name': 'Eintrag {at}: kein Name – wird übersprungen.',
    'too-long': 'Eintrag {at}, Feld „{field}“: zu lang, gekürzt.',
    invalid: 'Eintrag {at}, Feld „{field}“: nicht lesbar, weggelassen.',
    'too-many': 'Eintrag {at}, Feld „{field}“: zu viele Werte, nur die ersten übernommen.',
    unreadable: 'Karte {at}: lässt sich nicht lesen – wird übersprungen.',
  },
  fields: {
    name: 'Name',
    organisation: 'Organisation',
    position: 'Position',
    emails: 'E-Mail',
    phones: 'Telefon',
    profileUrl: 'Profil-URL',
    birthday: 'Geburtstag',
    notes: 'Notizen',
    tags: 'Schlagworte',
    connectedOn: 'Vernetzt seit',
    card: 'Karte',
  },
  /** „Kennengelernt“ of a contact from LinkedIn's „Connected On“; `{day}` a date. */
  metLinkedIn: 'Auf LinkedIn vernetzt am {day}',
} as const;

const contactExport = {
  title: 'Kontakte exportieren',
  csv: 'Als CSV (Excel)',
  vcard: 'Als vCard',
  done: { one: '{n} Kontakt exportiert.', other: '{n} Kontakte exportiert.' },
  /** The file names, without extension. */
  fileName: 'kontakte',
  /** The CSV's header row, one per field in the writer's order; the import's field names where it has them, so the import recognises its own export. */
  header: {
    name: contactImport.fields.name,
    organisation: contactImport.fields.organisation,
    position: contactImport.fields.position,
    emails: contactImport.fields.emails,
    phones: contactImport.fields.phones,
    profileUrl: contactImport.fields.profileUrl,
    birthday: contactImport.fields.birthday,
    tags: contactImport.fields.tags,
    notes: contactImport.fields.notes,
    priority: 'Priorität',
    rhythm: 'Rhythmus',
    met: 'Kennengelernt',
    introducedBy: 'Bekannt gemacht durch',
    topics: 'Themen',
    offerThem: 'Was ich biete',
    offerMe: 'Was die Person bietet',
    added: 'Angelegt am',
    lastContact: 'Letzter Kontakt',
  },
} as const;

export const CONTACT_IMPORT_TEXTS = contactImport;
export const CONTACT_EXPORT_TEXTS = contactExport;

/** The shapes of these words, for the islands' props. */
export type ContactImportTexts = Texts<typeof contactImport>;
export type ContactExportTexts = Texts<typeof contactExport>;
