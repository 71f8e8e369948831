/**
 * The network check's words: the list and its cards, the add/edit form, the score explanation,
 * the form's messages and the two pages. The pages hand them to the islands as props, so they
 * travel as HTML, not JavaScript. `{name}` marks a value filled in at run time (`fill`); the
 * option labels come from options.ts, the kinds of network from network-kinds.ts.
 */
import { formTexts } from './forms';
import type { CheckAnswer, CheckItem, Rhythm, WeightKey } from '../../lib/fit/candidates-schema';
import type { DraftErrorCode } from '../../lib/fit/candidate-draft';
import type { ExplanationCode } from '../../lib/fit/fit-score';
import type { ProfileStatus } from '../../lib/fit/profile-status';

/** Name of each dimension and checklist item, and the question the form asks about it. */
export const fitItems = {
  form: { label: 'Treffpunkt', question: 'Wo trifft sich das Netzwerk?' },
  zwecke: { label: 'Zweck', question: 'Wobei hilft dir dieses Netzwerk?' },
  groesse: { label: 'Größe', question: 'Wie groß ist es?' },
  zusammensetzung: { label: 'Zusammensetzung', question: 'Wer ist dabei?' },
  reichweite: { label: 'Reichweite', question: 'Wie weit reicht es?' },
  zugang: { label: 'Zugang', question: 'Wer darf hinein?' },
  ebenen: { label: 'Kontakte', question: 'Auf welcher Ebene arbeiten die Mitglieder?' },
  ton: { label: 'Ton', question: 'Welcher Ton herrscht dort?' },
  netiquette: { label: 'Regeln und Netiquette', question: 'Mit den Regeln und der Netiquette des Netzwerks komme ich zurecht.' },
  themen: { label: 'Themen', question: 'Die Themen interessieren mich wirklich.' },
  beitragen: { label: 'Beitrag', question: 'Ich kann dort etwas beitragen.' },
  gast: { label: 'Probebesuch', question: 'Ich war schon als Gast oder bei einem Meet-and-Greet dabei (zählt nicht zur Passung).' },
  kosten: { label: 'Kosten', question: 'Mitgliedsbeitrag und Kosten sind für mich in Ordnung.' },
} as const satisfies Readonly<Record<WeightKey | CheckItem, { label: string; question: string }>>;

/** How often a network meets, as the form offers it. */
export const rhythmLabels = {
  unklar: 'Weiß ich noch nicht',
  woechentlich: 'Wöchentlich',
  zweiwoechentlich: 'Alle zwei Wochen',
  monatlich: 'Monatlich',
  vierteljaehrlich: 'Vierteljährlich',
  jaehrlich: 'Jährlich',
} as const satisfies Readonly<Record<Rhythm | 'unklar', string>>;

/** The checklist's answers. */
export const checkAnswers = { ja: 'Ja', nein: 'Nein', offen: 'Noch offen' } as const satisfies Readonly<Record<CheckAnswer, string>>;

/**
 * One sentence per explanation code of `explainItem`; `weightZero` wraps a comparison whose
 * weight is 0. In `compareMain`, `{haupt}` is the main purpose and `{ideal}` the other ones.
 */
export const explanations = {
  compare: 'Dein Ideal: {ideal} · dieses Netzwerk: {netzwerk}',
  compareMain: 'Dein Ideal: vor allem {haupt}, außerdem {ideal} · dieses Netzwerk: {netzwerk}',
  check: '{frage} – {antwort}',
  unanswered: 'Zählt nicht: im Selbsttest noch nicht beantwortet.',
  unsure: 'Zählt nicht: im Selbsttest mit „Weiß ich noch nicht“ beantwortet.',
  weightZero: 'Zählt nicht: Gewicht 0. {beschreibung}',
  /** A list of values nobody knows yet. */
  unknown: 'weiß ich noch nicht',
} as const satisfies Readonly<Record<ExplanationCode | 'weightZero' | 'unknown', string>>;

/** The form's messages, one per code of `validateDraft`; `{max}` is the limit, `{n}` the current length. */
export const draftErrors = {
  nameRequired: 'Gib den Namen des Netzwerks ein.',
  nameTooLong: 'Der Name darf höchstens {max} Zeichen lang sein – jetzt sind es {n}.',
  linkInvalid: 'Gib eine Webadresse ein, die mit https:// oder http:// beginnt, oder eine E-Mail-Adresse – zum Beispiel https://www.beispiel.de.',
  linkTooLong: 'Die Adresse darf höchstens {max} Zeichen lang sein.',
  notesTooLong: 'Deine Notizen dürfen höchstens {max} Zeichen lang sein – jetzt sind es {n}.',
  hoursInvalid: 'Gib die Stunden als Zahl von 0 bis {max} ein, zum Beispiel 2,5 – oder lass das Feld leer.',
} as const satisfies Readonly<Record<DraftErrorCode, string>>;

/** What the scores compare against, one message and link per `profileStatus` code. */
export const profileNotices = {
  none: { text: 'Du hast den Selbsttest noch nicht gemacht. Ohne dein ideales Profil zählt hier nur die Checkliste.', link: 'Zum Selbsttest (etwa fünf Minuten)' },
  partial: { text: 'Dein Selbsttest ist noch nicht fertig. Verglichen wird mit den Fragen, die du schon beantwortet hast.', link: 'Selbsttest fortsetzen' },
  open: { text: 'Dein Profil besteht bisher nur aus „Weiß ich noch nicht“ – deshalb zählt hier nur die Checkliste.', link: 'Antworten im Selbsttest ergänzen' },
  ok: { text: 'Jedes Netzwerk wird mit deinem idealen Netzwerk aus dem Selbsttest verglichen.', link: 'Dein Ergebnis ansehen oder ändern' },
} as const satisfies Readonly<Record<ProfileStatus, { text: string; link: string }>>;

/** The list, its cards, the notices after a change and the weights. */
export const checkUi = {
  listTitle: 'Deine Netzwerke ({n})',
  /** The cards, weights and comparison, which load once a network is stored: while they load, and if they cannot be loaded. */
  parts: {
    loading: 'Deine Netzwerke werden geladen …',
    failed: 'Die Karten deiner Netzwerke, die Gewichte und der Vergleich ließen sich nicht laden – vielleicht ist die Verbindung weg oder die Website wurde inzwischen erneuert (dann hilft es, die Seite neu zu laden). Deine gespeicherten Netzwerke sind unverändert.',
    retry: 'Erneut versuchen',
  },
  add: 'Netzwerk hinzufügen',
  full: 'Du hast die Höchstzahl von {max} Netzwerken erreicht. Lösche eines, bevor du ein neues einträgst.',
  emptyTitle: 'Noch keine Netzwerke eingetragen',
  emptyText: 'Trag ein Netzwerk ein, das du kennst oder das dir empfohlen wurde – zum Beispiel den Fachverband deines Berufs, die Alumni-Gruppe deiner Hochschule oder eine Gruppe auf LinkedIn. Zwei, drei Kandidaten reichen für den Anfang.',
  filter: 'Nach Namen filtern',
  filterCount: '{n} von {gesamt} Netzwerken passen zum Filter.',
  filterNone: 'Kein Netzwerk passt zu „{filter}“.',
  /** After a change, by notice code. */
  notices: {
    added: '„{name}“ ist hinzugefügt. Passung: {wert}.',
    saved: '„{name}“ ist gespeichert. Passung: {wert}.',
    deleted: '„{name}“ ist gelöscht.',
    restored: '„{name}“ ist wieder da.',
    weightsReset: 'Alle Gewichte stehen wieder auf dem Standard.',
  },
  undo: 'Rückgängig',
  score: '{wert} von 100',
  noScore: 'Kein Wert',
  noScoreHint: 'Noch nichts bewertet, das zählt: Trag ein, was du über das Netzwerk weißt, oder stell unten ein Gewicht höher.',
  /** Coverage: rated points against possible points, plural by {max}. */
  coverage: { one: 'bewertet: {n} von {max} Punkt', other: 'bewertet: {n} von {max} Punkten' },
  underRated: 'zu wenig bewertet',
  underRatedHint: 'Weniger als die Hälfte ist bewertet – deshalb steht es hinter den Netzwerken, die du besser kennst.',
  /** Hours per month of the network, with and without the reader's budget. */
  time: 'etwa {stunden} Std. im Monat',
  timeBudget: 'etwa {stunden} Std. im Monat – dein Budget: {budget} Std.',
  timeUnknown: 'Zeitaufwand: weiß ich noch nicht (zählt nicht)',
  /** In the explanation, when the network takes more than the budget. */
  timePenalty: 'Mehr Zeit, als du hast: {wert} × {budget} Std. ÷ {stunden} Std. = {ergebnis} von 100.',
  sort: 'Sortieren nach',
  sortOrders: { passung: 'Passung', zeit: 'Zeitaufwand (wenigste Stunden zuerst)', name: 'Name' },
  /** `{label}` is fitLabel, set apart in the card. */
  fit: '{label} {wert}',
  fitLabel: 'Passung:',
  kind: 'Art: {art}',
  /** One line per status of SUMMARY_STATUSES; `{liste}` names the items. */
  summary: {
    match: 'Passt: {liste}',
    miss: 'Passt nicht: {liste}',
    open: 'Noch offen: {liste}',
  },
  /** Between the item names of a summary line. */
  listSeparator: ', ',
  details: 'So kommt der Wert zustande',
  /** A heading per item status, in the order of ITEM_STATUSES. */
  groups: {
    match: 'Was passt',
    partial: 'Was teilweise passt',
    miss: 'Was nicht passt',
    open: 'Was du noch nicht weißt (zählt nicht)',
    skipped: 'Was nicht zählt',
  },
  /** One item of the explanation (`{label}` in bold): with its weight when it counts, without when it does not. */
  itemWeighted: '{label} (Gewicht {gewicht}): {text}',
  itemUnweighted: '{label}: {text}',
  arithmetic: '{punkte} von {max} möglichen Punkten ergeben {wert} von 100.',
  edit: 'Bearbeiten',
  remove: 'Löschen',
  /** Visually hidden after „Bearbeiten“ and „Löschen“, so each button says which network it is for. */
  which: ' – {name}',
  weightsTitle: 'Gewichtung',
  weightsIntro: 'Wie wichtig ist dir jedes Merkmal? 0 heißt: zählt nicht, {max}: zählt am meisten. Die Sortierung ändert sich sofort.',
  weightsDimensions: 'Merkmale deines idealen Netzwerks',
  weightsChecklist: 'Checkliste',
  /** One option per weight, from 0 to WEIGHT_MAX. */
  weightOptions: ['0 – zählt nicht', '1 – wenig', '2', '3 – mittel', '4', '5 – sehr wichtig'],
  weightDefault: '(Standard: {n})',
  weightsReset: 'Standardgewichte wiederherstellen',
} as const;

/** The editor page: its heading, the form's labels and hints, its buttons. */
export const editorUi = {
  addTitle: 'Netzwerk hinzufügen',
  editTitle: '„{name}“ bearbeiten',
  back: 'Zurück zu deinen Netzwerken',
  notFound: 'Dieses Netzwerk steht nicht (mehr) in deiner Liste. Vielleicht hast du es in einem anderen Tab gelöscht.',
  full: checkUi.full,
  name: 'Name',
  kind: 'Art (optional)',
  kindNone: 'Bitte wählen',
  link: 'Webseite oder E-Mail-Adresse (optional)',
  linkHint: 'Zum Beispiel www.beispiel.de – nur Adressen mit https://, http:// oder mailto: werden zu Links.',
  notes: 'Notizen (optional)',
  notesHint: 'Termine, Eindrücke vom Probebesuch, Kosten. Über andere Menschen nur das Nötigste – Vorname oder Initialen reichen.',
  ratingsTitle: 'So ist das Netzwerk',
  ratingsHint: 'Was du noch nicht weißt, lässt du auf „Weiß ich noch nicht“ – das zählt nicht, weder dafür noch dagegen. Wählst du oben eine Art, stehen hier typische Startwerte, die du ändern kannst.',
  timeTitle: 'Zeitaufwand',
  timeHint: 'Wie oft trifft sich das Netzwerk, und wie lange dauert ein Treffen mit An- und Abreise? Daraus ergeben sich die Stunden im Monat.',
  rhythm: 'Wie oft?',
  hours: 'Stunden pro Treffen, mit Anreise',
  duplicate: 'Ein Netzwerk mit diesem Namen steht schon in deiner Liste. Speichern kannst du trotzdem.',
  /** The check on save against a change or delete in another tab. */
  form: formTexts,
  severalHint: 'Wähle alles aus, was zutrifft. Nichts angekreuzt heißt: weiß ich noch nicht.',
  checklistTitle: 'Checkliste',
  checklistHint: 'Ehrliche Antworten nach einem Probebesuch sind mehr wert als jede Beschreibung auf der Webseite.',
  budget: 'Dein Budget laut Selbsttest: {stunden} im Monat.',
  save: 'Speichern',
  cancel: 'Abbrechen',
} as const;

/** The list page around the island: title, introduction, how the score is made, the checklist without JavaScript. */
export const checkPage = {
  title: 'Netzwerk-Check: Welches Netzwerk passt zu dir?',
  description: 'Trag echte Netzwerke ein, bewerte sie nach denselben Merkmalen wie dein Ideal und einer Checkliste – und sieh, welches am besten passt und warum.',
  lead: 'Trag die Netzwerke ein, die für dich infrage kommen, und bewerte sie nach denselben Merkmalen wie dein ideales Netzwerk aus dem Selbsttest – dazu eine kurze Checkliste für den Probebesuch. Der Check sortiert sie nach Passung und zeigt dir bei jedem, was passt und was nicht.',
  method: {
    title: 'So entsteht die Passung',
    intro: 'Für jedes Netzwerk vergleichen wir jedes Merkmal mit deinem idealen Netzwerk und jede Frage der Checkliste mit einem Ja oder Nein. Jeder Vergleich ergibt eine Übereinstimmung zwischen 0 und 1; sie wird mit dem Gewicht des Merkmals malgenommen. Gezählt wird nur, was du bei diesem Netzwerk schon bewertet hast:',
    formula: 'Passung = 100 × Σ (Gewicht × Übereinstimmung) ÷ Σ Gewicht × Zeitfaktor',
    /** How each kind of item is compared: the term in bold, then the rule. */
    rules: [
      { term: 'Treffpunkt:', text: 'gleich = 1; eine Seite „gemischt“ = 0,5; online gegen vor Ort = 0.' },
      { term: 'Zweck:', text: 'Dein wichtigster Zweck zählt doppelt. Bietet das Netzwerk ihn und einen von zwei weiteren, sind das 3 von 4 möglichen Teilen = 0,75.' },
      { term: 'Reichweite:', text: 'gleich = 1, eine Stufe daneben (etwa regional statt lokal) = 0,5, weiter weg = 0.' },
      { term: 'Kontakte:', text: 'der Anteil der Ebenen, die du suchst und die im Netzwerk vertreten sind.' },
      { term: 'Größe, Zusammensetzung, Zugang, Ton:', text: 'gleich = 1, verschieden = 0. Der Ton zählt nur hier, nicht noch einmal in der Checkliste.' },
      { term: 'Checkliste:', text: 'Ja = 1, Nein = 0. Ob du schon als Gast dort warst, zählt nicht: Ein Probebesuch macht ein Netzwerk nicht passender, er macht nur deine Antworten sicherer.' },
      { term: 'Zeitfaktor:', text: 'Aus „Wie oft?“ und „Stunden pro Treffen“ ergeben sich die Stunden im Monat (wöchentlich = 52 Treffen ÷ 12 Monate). Braucht ein Netzwerk mehr als dein Budget aus dem Selbsttest, wird die Passung mit Budget ÷ Stunden malgenommen: Bei 2 Stunden Budget und 6 Stunden Aufwand bleibt ein Drittel. Sonst ist der Faktor 1.' },
    ],
    /** `{profil}` and `{netzwerk}` are set in bold. */
    unknown: {
      text: '{profil} zählt gar nicht – das Merkmal fällt aus der Rechnung heraus, so als hätte es das Gewicht 0. {netzwerk} (und „noch offen“ in der Checkliste, unbekannter Zeitaufwand) zählt ebenso wenig: weder dafür noch dagegen. Damit ein kaum bewertetes Netzwerk trotzdem nicht oben landet, steht bei jedem, wie viele der möglichen Punkte bewertet sind („bewertet: 4 von 9 Punkten“). Ist es weniger als die Hälfte, heißt das Netzwerk „zu wenig bewertet“ und steht hinter allen, die du besser kennst. Bei jedem Netzwerk steht unter „So kommt der Wert zustande“, welches Merkmal wie gezählt hat.',
      profil: '„Weiß ich noch nicht“ in deinem Profil',
      netzwerk: '„Weiß ich noch nicht“ bei einem Netzwerk',
    },
    weightsTitle: 'Die Standardgewichte',
    weightsIntro: 'Gewichte reichen von 0 (zählt nicht) bis {max} (zählt am meisten). Ohne deine Änderungen gilt:',
    columnItem: 'Merkmal',
    columnWeight: 'Gewicht',
    weightsOutro: 'Am meisten zählen der Zweck und die Fragen, ob sich ein Netzwerk für dich richtig anfühlt – Themen, Regeln. Passe die Gewichte bei deinen Netzwerken an, wenn dir etwas anderes wichtiger ist.',
  },
  noscript: {
    title: 'Die Checkliste zum Mitnehmen',
    intro: 'Ohne JavaScript kann diese Seite nichts speichern und nichts ausrechnen. Diese Fragen kannst du dir trotzdem bei jedem Netzwerk stellen, am besten nach einem Besuch als Gast:',
  },
} as const;

/** The editor page's title and description. */
export const editorPage = {
  title: 'Netzwerk eintragen',
  description: 'Trag ein Netzwerk für deinen Netzwerk-Check ein oder bearbeite es: Art, Adresse, Notizen, die Merkmale deines Ideals und die Checkliste für den Probebesuch.',
} as const;

/**
 * The comparison of the candidates side by side, its chart, and the short ranking next to the
 * weights after a change. The comparison loads only when the reader opens it; its words travel
 * with the list's other words. `{name}` is a candidate's name, `{wert}` a score in words.
 */
export const compareUi = {
  open: 'Netzwerke vergleichen',
  close: 'Vergleich schließen',
  loading: 'Der Vergleich wird geladen …',
  title: 'Deine Netzwerke im Vergleich',
  intro: 'Jede Zeile ist ein Merkmal, jede Spalte ein Netzwerk – in derselben Reihenfolge wie deine Liste. Die erste Spalte zeigt dein Ideal aus dem Selbsttest.',
  /** Names the scrolling region around the table, for screen readers and keyboard users. */
  region: 'Vergleichstabelle, seitlich verschiebbar',
  caption: 'Dein Ideal und deine Netzwerke je Merkmal',
  columnItem: 'Merkmal',
  columnIdeal: 'Dein Ideal',
  /** The ideal's cell of a checklist item, and of a dimension the self-test left open. */
  idealYes: 'Ja',
  idealOpen: 'Zählt nicht',
  scoreRow: 'Passung',
  /** A candidate's cell: its values, then how the item came out (`{status}` one of `status`). */
  cell: '{werte} ({status})',
  status: { match: 'passt', partial: 'teilweise', miss: 'passt nicht', open: 'offen', skipped: 'zählt nicht' },
  chartTitle: 'Passung je Merkmal',
  /** Open items are neutral in fit score v2 (left out of the sum), so they get no bar, like items that do not count. */
  chartIntro: 'Je länger ein Balken, desto besser passt das Merkmal: ganz = passt, halb = teilweise, leer = passt nicht. Merkmale, die nicht zählen oder noch offen sind, haben keinen Balken. Dieselben Angaben stehen in der Tabelle.',
  /** The accessible name of one candidate's chart. */
  chartLabel: 'Balkendiagramm: Passung von „{name}“ je Merkmal, insgesamt {wert}',
  /** Instead of a chart when nothing of a candidate is rated yet (no bars, no score to show). */
  chartUnrated: 'Für „{name}“ ist noch nichts bewertet: Sobald du einträgst, was du über dieses Netzwerk weißt, steht hier seine Passung je Merkmal.',
  /** One bar in words, for the chart's text alternative. */
  chartItem: '{label}: {prozent} ({status})',
  /** The box next to the weights after a change; `{liste}` names candidates with their scores. */
  effectTitle: 'Wirkung deiner Gewichtung',
  effectWeight: '{merkmal} hat jetzt Gewicht {n}.',
  /** `{mehr}` is empty or `effectOf`. */
  effectLeaders: 'Jetzt vorn: {liste}{mehr}.',
  effectEntry: '{name} ({wert})',
  effectNoScore: 'kein Wert',
  /** After the leaders when there are more candidates; `{n}` is at least 4. */
  effectOf: ' – von {n} Netzwerken',
  /** `{mehr}` is empty or `effectMoreMoves`. */
  effectMoves: 'Verschoben: {liste}{mehr}.',
  effectMove: '„{name}“ von Platz {von} auf {nach}',
  effectMoreMoves: ' und weitere',
  effectSame: 'Die Reihenfolge bleibt gleich.',
} as const;
