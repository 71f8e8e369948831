/**
 * The islands' `texts` props, put together on the server: the dictionary's words
 * (src/i18n/de/netzwerk-check.ts) joined to lib's form description and weights. Only the pages
 * import this module; the islands import its types, so no word ends up in their JavaScript.
 */
import { CANDIDATE_FORM, type FieldSpec, type GroupSpec } from '../../lib/fit/candidate-form';
import { DEFAULT_WEIGHTS, DIMENSIONS, SCORED_CHECKS, type CheckAnswer, type WeightKey } from '../../lib/fit/candidates-schema';
import { KIND_IDS, type KindId } from '../../lib/profile/network-kinds';
import { fill } from '../../i18n/format';
import { checkAnswers, checkUi, compareUi, draftErrors, editorUi, explanations, fitItems, profileNotices, rhythmLabels } from '../../i18n/de/netzwerk-check';
import { kindWords } from '../../i18n/de/network-kinds';
import { optionLabels } from '../../i18n/de/options';

type Options = readonly (readonly [value: string, label: string])[];

/** A field of the form with its words; `key` and `id` as in lib's CANDIDATE_FORM. */
export type FormField =
  | { type: 'text' | 'textarea'; key: string; id: string; label: string; hint?: string }
  | { type: 'select'; key: string; id: string; label: string; options: Options }
  | { type: 'checkboxes' | 'radios'; key: string; id: string; label: string; hint?: string; options: Options }
  /** `showsBudget`: the time group adds the reader's hours per month from the self-test. */
  | { type: 'group'; id: string; label: string; hint: string; fields: readonly FormField[]; showsBudget?: boolean };

/** The words of the score explanation, for the list's cards. */
export interface FitWords {
  items: typeof fitItems;
  labels: typeof optionLabels;
  checkAnswers: typeof checkAnswers;
  explanations: typeof explanations;
}

export interface NetzwerkCheckTexts {
  ui: typeof checkUi;
  profile: typeof profileNotices;
  fit: FitWords;
  /** Labels of the kinds of network, by id. */
  kinds: Readonly<Record<string, string>>;
  /** Weight rows of the two groups: [legend, [key, label, default in words][]]. */
  weights: readonly (readonly [string, readonly (readonly [WeightKey, string, string])[]])[];
  /** The comparison (loaded on demand) and the weights' effect. */
  compare: typeof compareUi;
}

export interface EditorTexts {
  ui: typeof editorUi;
  errors: typeof draftErrors;
  form: readonly FormField[];
}

const GROUP_WORDS = {
  bewertung: { label: editorUi.ratingsTitle, hint: editorUi.ratingsHint },
  zeit: { label: editorUi.timeTitle, hint: editorUi.timeHint },
  checkliste: { label: editorUi.checklistTitle, hint: editorUi.checklistHint },
} as const;

const TEXT_WORDS = {
  name: { label: editorUi.name },
  link: { label: editorUi.link, hint: editorUi.linkHint },
  notes: { label: editorUi.notes, hint: editorUi.notesHint },
  stunden: { label: editorUi.hours },
} as const;

const labelled = <T extends string>(options: readonly T[], label: (option: T) => string): Options => options.map((option) => [option, label(option)] as const);
const kindLabel = (id: string) => (id === '' ? editorUi.kindNone : kindWords[id as KindId].label);

function withWords(spec: FieldSpec | GroupSpec): FormField {
  switch (spec.type) {
    case 'group':
      return { type: 'group', id: spec.id, ...GROUP_WORDS[spec.id], fields: spec.fields.map(withWords), showsBudget: spec.id === 'zeit' };
    case 'text':
    case 'textarea':
      return { type: spec.type, key: spec.key, id: spec.id, ...TEXT_WORDS[spec.key] };
    case 'radios':
      return { type: 'radios', key: spec.key, id: spec.id, label: fitItems[spec.item].question, options: labelled(spec.options as readonly CheckAnswer[], (a) => checkAnswers[a]) };
    case 'checkboxes':
      return { type: 'checkboxes', key: spec.key, id: spec.id, label: fitItems[spec.item].question, hint: editorUi.severalHint, options: labelled(spec.options, (v) => optionLabels[v]) };
    case 'select':
      if (!('item' in spec))
        return spec.key === 'kind'
          ? { type: 'select', key: spec.key, id: spec.id, label: editorUi.kind, options: labelled(spec.options, kindLabel) }
          : { type: 'select', key: spec.key, id: spec.id, label: editorUi.rhythm, options: labelled(spec.options, (v) => rhythmLabels[v as keyof typeof rhythmLabels]) };
      return { type: 'select', key: spec.key, id: spec.id, label: fitItems[spec.item].question, options: labelled(spec.options, (v) => optionLabels[v]) };
  }
}

const weightRows = (keys: readonly WeightKey[]) => keys.map((key) => [key, fitItems[key].label, fill(checkUi.weightDefault, { n: DEFAULT_WEIGHTS[key] })] as const);

/** The list page's island texts. */
export function netzwerkCheckTexts(): NetzwerkCheckTexts {
  return {
    ui: checkUi,
    profile: profileNotices,
    fit: { items: fitItems, labels: optionLabels, checkAnswers, explanations },
    kinds: Object.fromEntries(KIND_IDS.map((id) => [id, kindWords[id].label])),
    weights: [
      [checkUi.weightsDimensions, weightRows(DIMENSIONS)],
      [checkUi.weightsChecklist, weightRows(SCORED_CHECKS)],
    ],
    compare: compareUi,
  };
}

/** The editor page's island texts. */
export function editorTexts(): EditorTexts {
  return { ui: editorUi, errors: draftErrors, form: CANDIDATE_FORM.map(withWords) };
}
