/**
 * The add/edit form of a candidate as codes: its fields in order, which of them take several
 * answers, and the options of each. The page adds the words (src/i18n/de/netzwerk-check.ts)
 * and hands the result to the island, which renders any field of it.
 */
import { CHECK_ANSWERS, CHECK_ITEMS, DIMENSIONS, RHYTHMS, unknownRatings, type CheckItem, type Dimension } from './candidates-schema';
import { DRAFT_FIELD_IDS } from './candidate-draft';
import { KIND_IDS } from '../profile/network-kinds';
import { ACCESSES, COMPOSITIONS, FORMS, LEVELS, PURPOSES, REACHES, SIZES, TONES, UNKNOWN, type OptionValue } from '../questionnaire/profile-options';

/** The values a candidate can be rated with on each dimension, without „Weiß ich noch nicht“. */
export const DIMENSION_OPTIONS: Readonly<Record<Dimension, readonly OptionValue[]>> = {
  form: FORMS,
  zwecke: PURPOSES,
  groesse: SIZES,
  zusammensetzung: COMPOSITIONS,
  reichweite: REACHES,
  zugang: ACCESSES,
  ebenen: LEVELS,
  ton: TONES,
};

/** Whether a dimension takes several values (as the schema stores it: a list). */
export function takesSeveral(dim: Dimension): boolean {
  return Array.isArray(unknownRatings()[dim]);
}

/** One field of the form; `key` is the draft property, with a dot for ratings and checklist („ratings.form“). */
export type FieldSpec =
  | { type: 'text' | 'textarea'; key: 'name' | 'link' | 'notes' | 'stunden'; id: string }
  | { type: 'select'; key: 'kind' | 'rhythmus'; id: string; options: readonly string[] }
  | { type: 'select' | 'checkboxes'; key: `ratings.${Dimension}`; item: Dimension; id: string; options: readonly OptionValue[] }
  | { type: 'radios'; key: `checklist.${CheckItem}`; item: CheckItem; id: string; options: readonly string[] };

/** A group of fields: the ratings (`bewertung`), the time (`zeit`, which shows the reader's budget) and the checklist (`checkliste`). */
export interface GroupSpec {
  type: 'group';
  id: 'bewertung' | 'zeit' | 'checkliste';
  fields: readonly FieldSpec[];
}

/** Every field of the form, in order. A rating with one value offers „Weiß ich noch nicht“ first; one with several is unknown while nothing is ticked. */
export const CANDIDATE_FORM: readonly (FieldSpec | GroupSpec)[] = [
  { type: 'text', key: 'name', id: DRAFT_FIELD_IDS.name },
  { type: 'select', key: 'kind', id: 'kandidat-art', options: ['', ...KIND_IDS] },
  { type: 'text', key: 'link', id: DRAFT_FIELD_IDS.link },
  { type: 'textarea', key: 'notes', id: DRAFT_FIELD_IDS.notes },
  {
    type: 'group',
    id: 'bewertung',
    fields: DIMENSIONS.map((dim): FieldSpec => {
      const several = takesSeveral(dim);
      return { type: several ? 'checkboxes' : 'select', key: `ratings.${dim}`, item: dim, id: `bewertung-${dim}`, options: several ? DIMENSION_OPTIONS[dim] : [UNKNOWN, ...DIMENSION_OPTIONS[dim]] };
    }),
  },
  {
    type: 'group',
    id: 'zeit',
    fields: [
      { type: 'select', key: 'rhythmus', id: 'kandidat-rhythmus', options: [UNKNOWN, ...RHYTHMS] },
      { type: 'text', key: 'stunden', id: DRAFT_FIELD_IDS.stunden },
    ],
  },
  {
    type: 'group',
    id: 'checkliste',
    fields: CHECK_ITEMS.map((item): FieldSpec => ({ type: 'radios', key: `checklist.${item}`, item, id: `check-${item}`, options: CHECK_ANSWERS })),
  },
];
