/**
 * The words of the storage layer on every tool page: the notices about storage, the backup
 * reminder, the names of the stored values, and the two words of the shared error summary.
 * `StorageTexts.astro` renders them into the tool layout's `<template>`, where the shared
 * runtime reads them (`storageText` in `src/islands/shared/storage-texts.ts`); „Meine Daten“
 * gets the names and issues as props. Two levels only: group and key (`issue.damaged`).
 * `{name}` marks a value filled in at run time.
 */
export const storageTexts = {
  /** The stored values by id (`storedId`: the key without `nk:`), as notices and „Meine Daten“ name them. */
  tools: {
    selbsttest: 'Selbsttest',
    'netzwerk-check': 'Netzwerk-Check',
    planer: 'Planer',
    meta: 'Datum der letzten Sicherung',
  },
  /** Why a stored value could not be read (`StoredIssue` and `putAside`); `{tool}` is its name. */
  issue: {
    newerVersion: 'Die Daten für „{tool}“ stammen aus einer neueren Version von Netzwerk-Kompass (Version {version}, diese Seite kennt {known}).',
    notMigrated: 'Die Daten für „{tool}“ (Version {version}) ließen sich nicht auf den aktuellen Stand bringen.',
    wrongShape: 'Die Daten für „{tool}“ passen nicht zum erwarteten Aufbau.',
    wrongShapeAt: 'Die Daten für „{tool}“ passen nicht zum erwarteten Aufbau (Fehler bei: {path}).',
    wrongShapeTop: 'Die Daten für „{tool}“ passen nicht zum erwarteten Aufbau (Fehler bei: oberste Ebene).',
    notEnvelope: 'Die gespeicherten Daten für „{tool}“ sind unvollständig oder gehören nicht zu Netzwerk-Kompass.',
    damaged: 'Die gespeicherten Daten für „{tool}“ sind beschädigt und lassen sich nicht lesen.',
    putAside: 'Frühere Daten für „{tool}“ ließen sich nicht lesen und wurden beiseitegelegt.',
    overwritten: 'Ein anderer Tab hat eben dieselbe Stelle in „{tool}“ geändert wie du hier.',
  },
  /** Why the last write failed (`WriteError`), after `notice.writeFailed`. */
  writeError: {
    full: 'Der Speicher deines Browsers für diese Seite ist voll. Deine letzte Änderung ist nur in diesem Tab vorhanden. Sie bleibt hier, bis du sie speicherst oder verwirfst – lade sie als Sicherung herunter und schaffe unter „Meine Daten“ Platz.',
    fullBefore: 'Der Speicher deines Browsers für diese Seite ist voll. Noch ist nichts verloren; was du jetzt änderst, bliebe nur in diesem Tab – lade unter „Meine Daten“ eine Sicherung herunter und räume auf.',
    refused: 'Dein Browser hat das Speichern abgelehnt. Deine letzte Änderung ist nur in diesem Tab vorhanden und geht beim Schließen verloren.',
    invalidChange: 'Diese Änderung passt nicht zum erwarteten Aufbau und wurde nicht gespeichert; deine bisherigen Daten sind unverändert.',
  },
  /** The storage notices of the tool pages. */
  notice: {
    memoryTitle: 'Speichern ist in diesem Browser gerade nicht möglich.',
    memory: 'Du kannst alles nutzen, aber deine Eingaben gehen verloren, sobald du diesen Tab schließt. Häufige Ursache: ein privates Fenster oder blockierte Websitedaten.',
    writeFailed: 'Speichern fehlgeschlagen.',
    /** Before `writeError.fullBefore`: nothing failed yet. */
    fullTitle: 'Speicher voll.',
    newerTitle: 'Nur lesen:',
    newer: 'Damit nichts verloren geht, ändert diese Seite sie nicht. Öffne Netzwerk-Kompass in der neuesten Version oder lade die Seite neu.',
    corruptTitle: 'Gespeicherte Daten nicht lesbar:',
    corrupt: 'Du startest hier mit einem leeren Stand; die alten Daten sind nicht gelöscht, sondern beiseitegelegt.',
    download: 'Alte Daten herunterladen',
    discard: 'Alte Daten endgültig verwerfen',
    /** After `corruptTitle` and the issue, when even the copy that puts them aside found no room. */
    notPutAside: 'Sie konnten nicht beiseitegelegt werden, weil der Speicher deines Browsers voll ist. Damit sie nicht verloren gehen, speichert diese Seite nichts über sie. Lade sie jetzt als Textdatei herunter, bevor du etwas anderes tust; schaffe dann unter „Meine Daten“ Platz und lade die Seite neu.',
    downloadDamaged: 'Beschädigte Daten herunterladen',
    /** Before `issue.overwritten`, and after it what applies now. */
    overwrittenTitle: 'Gleichzeitig geändert:',
    overwritten: 'Es gilt die Fassung, die zuletzt gespeichert wurde – sieh nach, ob deine Änderung noch stimmt.',
    dismiss: 'Verstanden',
    /** After the write notice, when another tab saved a value this tab holds unsaved. */
    conflict: 'Ein anderer Tab hat inzwischen gespeichert. Damit dort nichts verloren geht, schreibt dieser Tab seine Fassung nicht darüber. So behältst du beides: Lade deine Fassung als Sicherung herunter, verwirf sie hier und spiele die Sicherung unter „Meine Daten“ mit „Zusammenführen“ ein.',
    /** A link to „Meine Daten“, whose backup in this tab holds the unsaved changes. */
    downloadUnsaved: 'Unter „Meine Daten“ eine Sicherung mit diesen Änderungen herunterladen',
    retry: 'Erneut speichern',
    discardUnsaved: 'Änderungen dieses Tabs verwerfen',
    discardQuestion: 'Wirklich verwerfen? Was nur in diesem Tab steht, ist dann weg.',
    discardYes: 'Ja, verwerfen',
    discardNo: 'Nein',
  },
  /** The backup reminder of the tool pages. */
  reminder: {
    label: 'Erinnerung an eine Sicherung',
    title: 'Sichere deine Eingaben.',
    /** Shown only after more than 30 days, so `{days}` never needs the singular. */
    last: 'Sie liegen nur in diesem Browser, und deine letzte Sicherung ist {days} Tage alt.',
    never: 'Sie liegen nur in diesem Browser und wurden noch nie gesichert.',
    link: 'Jetzt unter „Meine Daten“ eine Sicherung herunterladen',
    snooze: 'In einer Woche wieder erinnern',
  },
  /** The error summary and inline errors of every form (`ErrorSummary.tsx`). */
  form: {
    errorTitle: 'Da stimmt etwas noch nicht',
    /** Before an inline error and the page title while errors are shown; a space follows. */
    errorPrefix: 'Fehler:',
  },
} as const;

export type StorageTexts = typeof storageTexts;

/** The id of one text in the template: group and key, `issue.damaged`. */
export type StorageTextId = { [G in keyof StorageTexts]: `${G}.${keyof StorageTexts[G] & string}` }[keyof StorageTexts];

/** The tool layout's noscript notice; `{title}` is the bold start, `{link}` the link to the guide. */
export const noscriptTexts = {
  text: '{title}, um deine Eingaben in deinem Browser zu speichern und auszuwerten. Alles Übrige auf dieser Website – vor allem der {link} – funktioniert auch ohne.',
  title: 'Dieses Werkzeug braucht JavaScript',
  link: 'Ratgeber',
} as const;
