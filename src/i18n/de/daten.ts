/**
 * The words of „Meine Daten“ (/daten/). The page hands `datenTexts` to its island as a prop, so
 * the words travel as HTML; the islands import the type only. `{name}` marks a value filled in
 * at run time; in texts with markup (`{size}` in bold, for instance) the island puts the element
 * in the placeholder's place.
 */
import { storageTexts } from './storage';

/** The page around the island: title, introduction and the static explanation of each section. */
export const datenPage = {
  title: 'Meine Daten',
  description: 'Sieh nach, was Netzwerk-Kompass in deinem Browser gespeichert hat, lade eine Sicherung herunter, spiel sie wieder ein oder lösche alles.',
  lead: 'Alles, was du in die Werkzeuge einträgst, liegt nur an einem Ort: im Speicher dieses Browsers auf diesem Gerät. Es gibt keinen Server mit einer Kopie.',
  keepTitle: 'Dein Browser kann diese Daten jederzeit löschen.',
  keep: 'Das passiert, wenn du die Websitedaten entfernst, den Verlauf vollständig leerst oder ein privates Fenster schließt. Safari räumt sogar von selbst auf: Besuchst du diese Website sieben Tage lang nicht, löscht er alles, was sie gespeichert hat. Und auf einem anderen Gerät oder in einem anderen Browser sind deine Einträge gar nicht erst vorhanden.',
  keepAdvice: 'Wir können nichts davon wiederherstellen, weil wir nie eine Kopie hatten. Lade deshalb ab und zu eine Sicherung herunter und heb sie an einem sicheren Ort auf.',
  backup: 'Die Sicherung ist eine einzige Datei (JSON) mit allem, was du hier gespeichert hast, dazu das Exportdatum und die Version des Dateiformats. Geh sorgsam mit ihr um: Sie enthält auch, was du über andere Menschen notiert hast. Wer sie zusätzlich schützen will, verschlüsselt sie mit einem Passwort.',
  import: 'Zuerst prüft diese Seite die ganze Datei und zeigt dir, was sich ändern würde. Geändert wird erst, wenn du zustimmst – und dann alles auf einmal oder gar nichts. Dateien aus einer neueren Version von Netzwerk-Kompass, fremde oder beschädigte Dateien und Dateien über {mb} MB werden abgelehnt, ohne dass sich etwas ändert.',
  earlier: 'Bevor du eine Sicherung einspielst, deine Daten löschst oder eine neue Version der Website deine Daten umstellt, hebt diese Seite deinen bisherigen Stand auf – die letzten fünf Stände, jeden mit Zeitpunkt und Anlass. Auch das Wiederherstellen hebt vorher auf, was du gerade hast; so lässt es sich selbst wieder rückgängig machen.',
  delete: 'Entfernt alles, was du in diesem Browser eingetragen hast. Vorher hebt diese Seite es als früheren Stand „vor dem Löschen“ auf, so lässt sich das Löschen rückgängig machen; danach kannst du auch die früheren Stände löschen, dann ist nichts mehr von Netzwerk-Kompass gespeichert. Brauchst du deine Einträge später noch, lade vorher eine Sicherung herunter.',
  newer: 'Einige Daten stammen aus einer neueren Version von Netzwerk-Kompass. Damit nichts verloren geht, ändert diese Seite sie nicht und lässt sie auch beim Einspielen einer Sicherung unangetastet. Lade die Seite neu, um die neueste Version zu bekommen.',
  putAside: 'Diese Daten ließen sich nicht lesen, zum Beispiel weil sie beschädigt waren. Sie sind nicht gelöscht: Du kannst sie als Textdatei herunterladen oder verwerfen.',
  noSnapshot: 'Zurzeit gibt es keinen früheren Stand. Er entsteht von selbst, bevor du eine Sicherung einspielst, deine Daten löschst oder eine neue Version der Website deine Daten umstellt.',
  deleteQuestionTitle: 'Wirklich alles löschen?',
  deleteQuestion: 'Alle Eingaben werden aus diesem Browser entfernt. Vorher hebt diese Seite sie als früheren Stand „vor dem Löschen“ auf, damit du das Löschen rückgängig machen kannst.',
  /** `{link}` is the link to the privacy page, with the words of `privacyLink`. */
  privacy: 'Mehr dazu, was diese Website speichert und was nie, steht unter {link}.',
  /** A plain link to the contact import of the planer (no script on this page). */
  contactImport: {
    title: 'Kontakte aus LinkedIn oder vom Telefon importieren',
    text: 'Deine LinkedIn-Kontakte („Connections.csv“), eine vCard-Datei vom Telefon oder eine CSV-Tabelle holst du in der Kontaktpflege des Planers herein – mit Vorschau, bevor etwas gespeichert wird, und mit „Rückgängig“.',
    link: 'Zum Kontakt-Import',
  },
  privacyLink: 'Datenschutz',
} as const;

/** The island's words. */
export const datenTexts = {
  tools: { ...storageTexts.tools, schnappschuss: 'Früherer Stand' },
  issue: storageTexts.issue,
  sections: {
    stored: 'Was gespeichert ist',
    backup: 'Sicherung herunterladen',
    import: 'Sicherung einspielen',
    earlier: 'Früheren Stand wiederherstellen',
    delete: 'Alle meine Daten löschen',
    putAside: 'Beiseitegelegte Daten',
  },
  /** Sizes, times and counts, in every table of the page. */
  units: {
    size: '{kb} KB',
    moment: '{day}, {time} Uhr',
    unknownMoment: 'unbekannt',
    entries: { one: '{n} Eintrag', other: '{n} Einträge' },
    none: '–',
    unreadable: 'nicht lesbar',
  },
  overview: {
    caption: 'Was Netzwerk-Kompass in diesem Browser gespeichert hat',
    tool: 'Werkzeug',
    entries: 'Einträge',
    size: 'Größe',
    lastChange: 'Letzte Änderung',
    empty: 'nichts gespeichert',
    newer: 'aus einer neueren Version',
    others: 'Weitere Daten von Netzwerk-Kompass',
    /** `{size}` and `{date}` are shown in bold. */
    total: 'Insgesamt belegt Netzwerk-Kompass in diesem Browser {size}.',
    lastBackup: 'Letzte Sicherung: {date}.',
    never: 'noch nie',
    reading: 'Dein Browser-Speicher wird gelesen …',
  },
  putAside: {
    item: '{tool} ({size})',
    download: 'Herunterladen',
    discard: 'Verwerfen',
  },
  backup: {
    encrypt: 'Mit einem Passwort verschlüsseln (optional)',
    save: 'Sicherung herunterladen',
    saving: 'Sicherung wird erstellt …',
    loading: 'Wird geladen …',
    saved: 'Die Sicherung „{name}“ wurde heruntergeladen.',
    /** After `saved`, when some values could not go into the file. */
    skipped: 'Nicht enthalten, weil nicht lesbar: {tools}.',
    failed: 'Die Sicherung ließ sich nicht erstellen. Lade die Seite neu und versuche es noch einmal.',
    passphrase: 'Passwort für die Sicherung',
    passphraseHint: 'Mindestens {min} Zeichen. Ohne dieses Passwort lässt sich die Datei nie wieder öffnen – niemand kann es dir zurücksetzen.',
    repeat: 'Passwort wiederholen',
    encrypting: 'Sicherung wird verschlüsselt …',
    saveEncrypted: 'Verschlüsselte Sicherung herunterladen',
  },
  /** What is wrong with a new passphrase (`PassphraseProblem`). */
  passphraseProblem: {
    tooShort: 'Gib ein Passwort mit mindestens {min} Zeichen ein.',
    mismatch: 'Die beiden Passwörter stimmen nicht überein.',
  },
  import: {
    file: 'Sicherungsdatei',
    fileHint: 'Eine JSON-Datei, die du hier heruntergeladen hast, höchstens {mb} MB.',
    checking: 'Die Datei wird geprüft …',
    refused: 'Die Datei „{file}“ lässt sich nicht einspielen.',
    locked: 'Die Datei „{file}“ ist mit einem Passwort verschlüsselt.',
    passphrase: 'Passwort der Sicherung',
    wrongPassphrase: 'Das Passwort passt nicht zu dieser Sicherung – oder die Datei wurde verändert. Prüfe das Passwort und versuche es noch einmal. Es wurde nichts geändert.',
    open: 'Sicherung öffnen',
    cancel: 'Abbrechen',
    previewTitle: 'Vorschau: Das würde sich ändern',
    checked: 'Die Sicherung „{file}“ vom {moment} ist vollständig geprüft.',
    nothing: 'Die Sicherung enthält keine Daten. Es gibt nichts einzuspielen.',
    snapshotNote: 'Vorher hebt diese Seite deinen jetzigen Stand auf, damit du ihn mit einem Klick zurückholen kannst.',
    apply: 'Jetzt einspielen',
    done: 'Fertig.',
    imported: 'Die Sicherung ist eingespielt. Deinen vorherigen Stand kannst du unten mit einem Klick wiederherstellen.',
    nothingNew: 'Die Sicherung enthielt nichts Neues; deine Daten sind unverändert.',
  },
  preview: {
    mode: 'Was soll mit deinen jetzigen Daten geschehen?',
    replace: 'Ersetzen',
    replaceHint: 'Danach gilt genau der Stand aus der Sicherung.',
    merge: 'Zusammenführen',
    mergeHint: 'Einträge aus der Sicherung kommen zu deinen jetzigen hinzu; gibt es einen Eintrag in beiden, gilt der aus der Sicherung.',
    caption: 'Was sich beim Einspielen ändert',
    tool: 'Werkzeug',
    now: 'Jetzt',
    incoming: 'In der Sicherung',
    after: 'Danach',
    action: 'Was passiert',
  },
  /** What an import does to one value (`PlanItem['action']`). */
  action: {
    add: 'wird übernommen',
    replace: 'ersetzt deine jetzigen Daten',
    merge: 'wird mit deinen jetzigen Daten zusammengeführt',
    unchanged: 'bleibt gleich',
  },
  /** Why a chosen file cannot be imported (`ImportProblem`); nothing changed. */
  importProblem: {
    empty: 'Die Datei ist leer. Es wurde nichts geändert.',
    tooLarge: 'Die Datei ist größer als {mb} MB. Eine Sicherung von Netzwerk-Kompass ist viel kleiner – wahrscheinlich ist es nicht die richtige Datei. Es wurde nichts geändert.',
    notJson: 'Die Datei lässt sich nicht lesen: Sie ist keine Sicherung von Netzwerk-Kompass oder wurde beschädigt oder nur unvollständig gespeichert. Es wurde nichts geändert.',
    encrypted: 'Diese Sicherung ist mit einem Passwort verschlüsselt. Gib das Passwort ein, um sie zu öffnen.',
    foreign: 'Diese Datei ist keine Sicherung von Netzwerk-Kompass. Wähle die Datei, die du hier mit „Sicherung herunterladen“ gespeichert hast. Es wurde nichts geändert.',
    newerFormat: 'Diese Sicherung stammt aus einer neueren Version von Netzwerk-Kompass (Dateiformat {version}, diese Seite kennt Format {known}). Lade die Seite neu, um die neueste Version zu bekommen, und versuche es dann noch einmal. Es wurde nichts geändert.',
    incomplete: 'Die Sicherung ist unvollständig oder beschädigt: Das Exportdatum oder die Liste der Daten fehlt. Es wurde nichts geändert.',
    tooManyRecords: 'Die Sicherung enthält mehr Einträge, als Netzwerk-Kompass je speichert. Es wurde nichts geändert.',
    unknownRecord: 'Die Sicherung enthält Daten („{key}“), die diese Version von Netzwerk-Kompass nicht kennt – vermutlich stammt sie aus einer neueren Version. Lade die Seite neu und versuche es noch einmal. Es wurde nichts geändert.',
    /** `{issue}` is the sentence of the record's `StoredIssue`. */
    recordNewer: '{issue} Lade die Seite neu, um die neueste Version zu bekommen. Es wurde nichts geändert.',
    recordDamaged: 'Die Sicherung ist beschädigt. {issue} Es wurde nichts geändert.',
    /** `{issue}` is the sentence of `location`: where the data does not fit, and what is wrong (under „Die Datei … lässt sich nicht einspielen.“). */
    recordInvalid: '{issue} Es wurde nichts geändert.',
    hostileKey: 'Die Datei enthält einen Eintrag namens „{key}“. So etwas schreibt Netzwerk-Kompass nie; aus Sicherheitsgründen wird die Datei nicht gelesen. Vermutlich wurde sie verändert. Es wurde nichts geändert.',
    unreadableFile: 'Die Datei ließ sich nicht lesen. Es wurde nichts geändert.',
    loadFailed: 'Dieser Teil der Seite ließ sich nicht laden. Prüfe deine Internetverbindung und lade die Seite neu. Es wurde nichts geändert.',
    encryptedDamaged: 'Die verschlüsselte Sicherung ist unvollständig oder beschädigt. Es wurde nichts geändert.',
  },
  /**
   * Where a stored value does not fit its schema (`IssueLocation`), as in „Planer, Kontakt 4: Das
   * Feld „Name“ fehlt.“ `{place}` is the tool's name followed by the items (`item`, joined by
   * `separator`); `{field}` is the field's name from `fields`. A list or field this page does not
   * name stands for itself.
   */
  location: {
    missing: '{place}: Das Feld „{field}“ fehlt.',
    date: '{place}: „{field}“ ist kein gültiges Datum.',
    tooLong: '{place}: Der Text im Feld „{field}“ ist zu lang.',
    invalid: '{place}: Das Feld „{field}“ hat einen ungültigen Wert.',
    /** The item itself is wrong (no field). */
    item: '{place}: Dieser Eintrag passt nicht zum erwarteten Aufbau.',
    /** One item of a list: `{list}` in the singular, `{n}` counted from 1. */
    itemAt: '{list} {n}',
    /** An entry of a list at the top level, or of a list in a list. */
    entryAt: 'Eintrag {n}',
    separator: ', ',
    /** The lists, by key, as one item of them is called. */
    lists: {
      goals: 'Ziel',
      groups: 'Zielgruppe',
      channels: 'Kanal',
      actions: 'Aktion',
      contacts: 'Kontakt',
      log: 'Begegnung',
      done: 'Erledigter Abschnitt',
      candidates: 'Kandidat',
      weights: 'Gewichtung',
      ratings: 'Bewertung',
      checklist: 'Checkliste',
      answers: 'Antworten',
    },
    /** The fields, by key. */
    fields: {
      id: 'Kennung',
      name: 'Name',
      kind: 'Art',
      text: 'Ziel',
      measure: 'Woran du den Erfolg misst',
      deadline: 'Bis wann',
      level: 'Ebene',
      people: 'Personen',
      type: 'Kanal',
      times: 'Wie oft',
      per: 'Zeitraum',
      minutes: 'Minuten',
      organisation: 'Organisation',
      met: 'Kennengelernt',
      introducedBy: 'Vorgestellt von',
      topics: 'Themen',
      offerThem: 'Was du anbieten kannst',
      offerMe: 'Was du dir wünschst',
      birthday: 'Geburtstag',
      rhythm: 'Rhythmus',
      priority: 'Priorität',
      added: 'Hinzugefügt am',
      snoozedUntil: 'Zurückgestellt bis',
      emails: 'E-Mail-Adressen',
      phones: 'Telefonnummern',
      profileUrl: 'Profil-Link',
      position: 'Position',
      tags: 'Schlagwörter',
      goalId: 'Ziel der Aktion',
      contactIds: 'Kontakte der Aktion',
      log: 'Begegnungen',
      date: 'Datum',
      channel: 'Kanal',
      note: 'Notiz',
      title: 'Titel',
      due: 'Fällig am',
      done: 'Erledigt',
      hoursPerMonth: 'Stunden im Monat',
      minutesPerFollowUp: 'Minuten je Nachfassen',
      offer: 'Was du anbietest',
      intro: 'Vorstellung',
      owner: 'Name auf dem Plan',
      alarm: 'Erinnerung',
      link: 'Adresse',
      notes: 'Notizen',
      lastBackup: 'Letzte Sicherung',
      step: 'Schritt',
      view: 'Ansicht',
    },
  },
  /** Why applying an import or restoring a snapshot changed nothing (`ActionProblem`). */
  actionProblem: {
    full: 'Der Speicher deines Browsers ist dafür zu voll. Es wurde nichts geändert – deine bisherigen Daten sind genau so wie vorher.',
    noSnapshotRoom: 'Vorher ließ sich kein Schnappschuss deiner jetzigen Daten anlegen. Der Speicher deines Browsers ist dafür zu voll. Es wurde nichts geändert – deine bisherigen Daten sind genau so wie vorher.',
    noSnapshot: 'Es gibt keinen gespeicherten früheren Stand, der sich wiederherstellen ließe.',
    damagedSnapshot: 'Dieser frühere Stand ist beschädigt und lässt sich nicht wiederherstellen. Es wurde nichts geändert – deine jetzigen Daten sind genau so wie vorher. Lade die Seite neu: Dann legt „Meine Daten“ den beschädigten Stand beiseite und bietet ihn zum Herunterladen an.',
    unknownRecord: 'Unbekannte Daten „{key}“. Es wurde nichts geändert.',
    newerStored: 'In diesem Browser liegen Daten für „{tool}“ aus einer neueren Version von Netzwerk-Kompass. Damit sie nicht verloren gehen, spielt diese Seite keine Sicherung darüber. Lade die Seite neu, um die neueste Version zu bekommen. Es wurde nichts geändert.',
    mergeTooLarge: 'Zusammengeführt passen die Daten für „{tool}“ nicht mehr in den erlaubten Umfang. Wähle „Ersetzen“ oder räume vorher auf. Es wurde nichts geändert.',
    loadFailed: 'Dieser Teil der Seite ließ sich nicht laden. Prüfe deine Internetverbindung und lade die Seite neu. Es wurde nichts geändert.',
    noPreview: 'Es ist keine geprüfte Sicherung ausgewählt.',
    /** `{issue}` is the sentence of the newer value (`issue.newerVersion`). */
    restoreOverNewer: 'Nur lesen: {issue} Damit nichts verloren geht, ändert diese Seite sie nicht und stellt auch keinen früheren Stand darüber her. Öffne Netzwerk-Kompass in der neuesten Version oder lade die Seite neu. Es wurde nichts geändert.',
    changedElsewhere: 'Deine Daten wurden inzwischen in einem anderen Tab geändert. Die Vorschau zeigt jetzt den neuesten Stand – prüfe sie und spiel die Sicherung dann ein. Es wurde nichts geändert.',
  },
  snapshot: {
    /** `{moment}` is shown in bold. */
    taken: 'Aufgehoben am {moment}, {cause}.',
    restore: 'Diesen Stand wiederherstellen',
    /** The list of kept states, newest first. */
    listLabel: 'Frühere Stände, der neueste zuerst',
    /** `{tools}`: the names of the values the state holds. */
    holds: 'Enthält: {tools} ({size}).',
    holdsNothing: 'Enthält keine Daten.',
    toolsSeparator: ', ',
    restored: 'Der frühere Stand ist wiederhergestellt. Was du eben noch hattest, steht jetzt als neuester früherer Stand oben in der Liste – damit machst du das Wiederherstellen rückgängig.',
    /** After a step, when older states had to go for lack of room. */
    dropped: {
      one: 'Der Speicher deines Browsers war voll: Dafür wurde der älteste frühere Stand gelöscht.',
      other: 'Der Speicher deines Browsers war voll: Dafür wurden die {n} ältesten früheren Stände gelöscht.',
    },
  },
  /** A damaged value that could not be put aside because storage is full. `{tool}` is its name. */
  notPutAside: {
    title: 'Beschädigte Daten ließen sich nicht beiseitelegen',
    text: 'Die gespeicherten Daten für „{tool}“ sind beschädigt. Für eine Kopie, die sie beiseitelegt, ist im Speicher deines Browsers kein Platz mehr. Lade sie jetzt als Textdatei herunter, bevor du etwas anderes tust – sonst kann das nächste Speichern sie ersetzen.',
    download: 'Beschädigte Daten herunterladen',
  },
  /** Why the snapshot was taken (`SnapshotCause`). */
  snapshotCause: {
    beforeUpdate: 'vor der Aktualisierung von „{tool}“ (Version {version})',
    beforeImport: 'vor dem Einspielen der Sicherung vom {moment}',
    beforeImportFile: 'vor dem Import von „{file}“ (Sicherung vom {moment})',
    beforeRestoreAt: 'vor dem Wiederherstellen des Stands vom {moment}',
    beforeContactImport: 'vor dem Import von „{file}“',
    beforeRestore: 'vor dem Wiederherstellen des früheren Stands',
    beforeDelete: 'vor dem Löschen',
    unknown: 'vor einer früheren Änderung',
  },
  delete: {
    start: 'Alle meine Daten löschen',
    confirm: 'Ja, alles löschen',
    cancel: 'Abbrechen',
    nothing: 'Zurzeit ist nichts gespeichert.',
    /** After the delete, when its snapshot is kept. */
    kept: 'Erledigt: Deine Daten sind aus diesem Browser gelöscht. Aufgehoben bleiben nur die früheren Stände – als neuester der Stand „vor dem Löschen“, mit dem du das Löschen unter „Früheren Stand wiederherstellen“ rückgängig machst – und, falls vorhanden, beiseitegelegte Daten.',
    /** After the delete (or one refused for lack of room for its snapshot): removes every trace, snapshots and put-aside data too. */
    wipe: 'Alles endgültig löschen, auch frühere Stände und beiseitegelegte Daten',
    done: 'Erledigt: Alle Daten von Netzwerk-Kompass sind aus diesem Browser gelöscht.',
  },
} as const;

export type DatenTexts = typeof datenTexts;
