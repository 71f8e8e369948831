/**
 * The network check's own words. Imported only by the Astro page, which hands them to the island
 * together with the explanation texts, so the words travel as HTML; the island imports the type.
 * `{name}` marks a value filled in at run time.
 */
import { DRAFT_MESSAGES, FIT_TEXTS } from '../../lib/fit/fit-texts';
import { DRAFT_FIELD_IDS, type DraftMessages } from '../../lib/fit/candidate-draft';
import { CANDIDATE_LIMITS, CHECK_ANSWERS, CHECK_ITEMS, DEFAULT_WEIGHTS, DIMENSIONS, type Dimension, type WeightKey } from '../../lib/fit/candidates-schema';
import type { FitTexts } from '../../lib/fit/fit-score';
import { KIND_IDS } from '../../lib/profile/network-kinds';
import { kindWords } from '../../i18n/de/network-kinds';
import { ACCESSES, COMPOSITIONS, FORMS, LEVELS, PURPOSES, REACHES, SIZES, TONES, UNKNOWN, type OptionValue } from '../../lib/questionnaire/profile-options';
import { optionLabels as LABELS } from '../../i18n/de/options';
import { fill } from '../../i18n/format';

export const UI = {
  profileNone: 'Du hast den Selbsttest noch nicht gemacht. Ohne dein ideales Profil zählt hier nur die Checkliste.',
  profileNoneLink: 'Zum Selbsttest (etwa fünf Minuten)',
  profilePartial: 'Dein Selbsttest ist noch nicht fertig. Verglichen wird mit den Fragen, die du schon beantwortet hast.',
  profilePartialLink: 'Selbsttest fortsetzen',
  profileOpen: 'Dein Profil besteht bisher nur aus „Weiß ich noch nicht“ – deshalb zählt hier nur die Checkliste.',
  profileOpenLink: 'Antworten im Selbsttest ergänzen',
  profileOk: 'Jedes Netzwerk wird mit deinem idealen Netzwerk aus dem Selbsttest verglichen.',
  profileOkLink: 'Dein Ergebnis ansehen oder ändern',
  listTitle: 'Deine Netzwerke',
  add: 'Netzwerk hinzufügen',
  full: `Du hast die Höchstzahl von ${CANDIDATE_LIMITS.candidates} Netzwerken erreicht. Lösche eines, bevor du ein neues einträgst.`,
  emptyTitle: 'Noch keine Netzwerke eingetragen',
  emptyText: 'Trag ein Netzwerk ein, das du kennst oder das dir empfohlen wurde – zum Beispiel den Fachverband deines Berufs, die Alumni-Gruppe deiner Hochschule oder eine Gruppe auf LinkedIn. Zwei, drei Kandidaten reichen für den Anfang.',
  filter: 'Nach Namen filtern',
  filterCount: '{n} von {gesamt} Netzwerken passen zum Filter.',
  filterNone: 'Kein Netzwerk passt zu „{filter}“.',
  addTitle: 'Netzwerk hinzufügen',
  back: 'Zurück zu deinen Netzwerken',
  notFound: 'Dieses Netzwerk steht nicht (mehr) in deiner Liste. Vielleicht hast du es in einem anderen Tab gelöscht.',
  editTitle: '„{name}“ bearbeiten',
  name: 'Name',
  kind: 'Art (optional)',
  kindNone: 'Bitte wählen',
  link: 'Webseite oder E-Mail-Adresse (optional)',
  linkHint: 'Zum Beispiel www.beispiel.de – nur Adressen mit https://, http:// oder mailto: werden zu Links.',
  notes: 'Notizen (optional)',
  notesHint: 'Termine, Eindrücke vom Probebesuch, Kosten. Über andere Menschen nur das Nötigste – Vorname oder Initialen reichen.',
  ratingsTitle: 'So ist das Netzwerk',
  ratingsHint: 'Was du noch nicht weißt, lässt du auf „Weiß ich noch nicht“ – das zählt neutral, zur Hälfte.',
  severalHint: 'Wähle alles aus, was zutrifft. Nichts angekreuzt heißt: weiß ich noch nicht.',
  checklistTitle: 'Checkliste',
  checklistHint: 'Ehrliche Antworten nach einem Probebesuch sind mehr wert als jede Beschreibung auf der Webseite.',
  budget: 'Dein Budget laut Selbsttest: {stunden} im Monat.',
  save: 'Speichern',
  cancel: 'Abbrechen',
  added: '„{name}“ ist hinzugefügt. Passung: {wert}.',
  saved: '„{name}“ ist gespeichert. Passung: {wert}.',
  deleted: '„{name}“ ist gelöscht.',
  undo: 'Rückgängig',
  restored: '„{name}“ ist wieder da.',
  score: '{wert} von 100',
  noScore: 'Kein Wert',
  noScoreHint: 'Alle Gewichte stehen auf 0 – stell unten mindestens eines höher.',
  fitLabel: 'Passung',
  kindLabel: 'Art:',
  summaryPasst: 'Passt: {liste}',
  summaryNicht: 'Passt nicht: {liste}',
  summaryOffen: 'Noch offen: {liste}',
  details: 'So kommt der Wert zustande',
  groups: {
    passt: 'Was passt',
    teils: 'Was teilweise passt',
    'passt-nicht': 'Was nicht passt',
    offen: 'Was du noch nicht weißt (zählt zur Hälfte)',
    'nicht-gezaehlt': 'Was nicht zählt',
  },
  weight: 'Gewicht {n}',
  arithmetic: '{punkte} von {max} möglichen Punkten ergeben {wert} von 100.',
  edit: 'Bearbeiten',
  remove: 'Löschen',
  weightsTitle: 'Gewichtung',
  weightsIntro: 'Wie wichtig ist dir jedes Merkmal? 0 heißt: zählt nicht, 5: zählt am meisten. Die Sortierung ändert sich sofort.',
  weightsDimensions: 'Merkmale deines idealen Netzwerks',
  weightsChecklist: 'Checkliste',
  weightOptions: ['0 – zählt nicht', '1 – wenig', '2', '3 – mittel', '4', '5 – sehr wichtig'],
  weightDefault: '(Standard: {n})',
  weightsReset: 'Standardgewichte wiederherstellen',
  weightsWereReset: 'Alle Gewichte stehen wieder auf dem Standard.',
};

/**
 * One field of the add/edit form, described on the server so the island needs a single generic
 * renderer. `key` is the draft property, with a dot for ratings and checklist („ratings.form“).
 */
export type FormField =
  | { type: 'text' | 'textarea'; key: 'name' | 'link' | 'notes'; id: string; label: string; hint?: string }
  | { type: 'select'; key: string; id: string; label: string; options: readonly (readonly [string, string])[] }
  | { type: 'checkboxes' | 'radios'; key: string; id: string; label: string; hint?: string; options: readonly (readonly [string, string])[] }
  | { type: 'group'; id: string; label: string; hint: string; fields: readonly FormField[] };

const OPTIONS: Record<Dimension, readonly OptionValue[]> = {
  form: FORMS,
  zwecke: PURPOSES,
  groesse: SIZES,
  zusammensetzung: COMPOSITIONS,
  reichweite: REACHES,
  zugang: ACCESSES,
  ebenen: LEVELS,
  ton: TONES,
};
const labelled = (values: readonly OptionValue[]) => values.map((v) => [v, LABELS[v]] as const);

export const FORM_FIELDS: readonly FormField[] = [
  { type: 'text', key: 'name', id: DRAFT_FIELD_IDS.name, label: UI.name },
  { type: 'select', key: 'kind', id: 'kandidat-art', label: UI.kind, options: [['', UI.kindNone], ...KIND_IDS.map((id) => [id, kindWords[id].label] as const)] },
  { type: 'text', key: 'link', id: DRAFT_FIELD_IDS.link, label: UI.link, hint: UI.linkHint },
  { type: 'textarea', key: 'notes', id: DRAFT_FIELD_IDS.notes, label: UI.notes, hint: UI.notesHint },
  {
    type: 'group',
    id: 'bewertung',
    label: UI.ratingsTitle,
    hint: UI.ratingsHint,
    fields: DIMENSIONS.map((dim): FormField => {
      const base = { key: `ratings.${dim}`, id: `bewertung-${dim}`, label: FIT_TEXTS.items[dim].question };
      return dim === 'zwecke' || dim === 'ebenen'
        ? { ...base, type: 'checkboxes', hint: UI.severalHint, options: labelled(OPTIONS[dim]) }
        : { ...base, type: 'select', options: labelled([UNKNOWN, ...OPTIONS[dim]]) };
    }),
  },
  {
    type: 'group',
    id: 'checkliste',
    label: UI.checklistTitle,
    hint: UI.checklistHint,
    fields: CHECK_ITEMS.map((item) => ({
      type: 'radios',
      key: `checklist.${item}`,
      id: `check-${item}`,
      label: FIT_TEXTS.items[item].question,
      options: CHECK_ANSWERS.map((answer) => [answer, FIT_TEXTS.checkAnswers[answer]] as const),
    })),
  },
];

/** The weights editor's rows: key, label, and the default in words. */
const weightRows = (keys: readonly WeightKey[]) => keys.map((key) => [key, FIT_TEXTS.items[key].label, fill(UI.weightDefault, { n: String(DEFAULT_WEIGHTS[key]) })] as const);

export interface NetzwerkCheckTexts {
  ui: typeof UI;
  fit: FitTexts;
  errors: DraftMessages;
  form: readonly FormField[];
  /** Labels of the kinds of network, by id. */
  kinds: Readonly<Record<string, string>>;
  /** Weight rows of the two groups: [legend, [key, label, default in words][]]. */
  weights: readonly (readonly [string, readonly (readonly [WeightKey, string, string])[]])[];
}

export const NETZWERK_CHECK_TEXTS: NetzwerkCheckTexts = {
  ui: UI,
  fit: FIT_TEXTS,
  errors: DRAFT_MESSAGES,
  form: FORM_FIELDS,
  kinds: Object.fromEntries(KIND_IDS.map((id) => [id, kindWords[id].label])),
  weights: [
    [UI.weightsDimensions, weightRows(DIMENSIONS)],
    [UI.weightsChecklist, weightRows(CHECK_ITEMS)],
  ],
};
