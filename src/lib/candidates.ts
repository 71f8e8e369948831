/**
 * The network check's list of candidates: the form's draft and its validation, and the pure
 * changes the store applies (add, update, remove, restore, weights).
 */
import {
  CANDIDATE_LIMITS,
  DEFAULT_WEIGHTS,
  WEIGHT_MAX,
  openChecklist,
  unknownRatings,
  type Candidate,
  type CandidatesState,
  type Checklist,
  type Ratings,
  type WeightKey,
} from './candidates-schema';
import type { KindId } from './network-kinds';
import { safeHref } from './safe-href';

/** What the add/edit form holds while the reader types. */
export interface CandidateDraft {
  name: string;
  kind: KindId | '';
  link: string;
  notes: string;
  ratings: Ratings;
  checklist: Checklist;
}

/** Tighter than storage, so a reader never reaches the hard limit by typing. */
export const FORM_LIMITS = { name: 120, link: 500, notes: 2000 } as const;

/** The ids of the form's text fields; the error summary links to them. */
export const DRAFT_FIELD_IDS = { name: 'kandidat-name', link: 'kandidat-link', notes: 'kandidat-notizen' } as const;

export interface DraftError {
  field: keyof typeof DRAFT_FIELD_IDS;
  fieldId: string;
  message: string;
}

/** An empty form. */
export function emptyDraft(): CandidateDraft {
  return { name: '', kind: '', link: '', notes: '', ratings: unknownRatings(), checklist: openChecklist() };
}

/** The form filled with a saved candidate, for editing. */
export function draftFromCandidate(candidate: Candidate): CandidateDraft {
  return {
    name: candidate.name,
    kind: candidate.kind ?? '',
    link: candidate.link,
    notes: candidate.notes,
    ratings: structuredClone(candidate.ratings),
    checklist: { ...candidate.checklist },
  };
}

/**
 * A link as the reader typed it, made complete: „www.beispiel.de“ becomes „https://www.beispiel.de“,
 * „name@beispiel.de“ becomes „mailto:name@beispiel.de“. Anything with a scheme stays as it is.
 * @example normalizeLink(' beispiel.de/treffen ') // 'https://beispiel.de/treffen'
 */
export function normalizeLink(input: string): string {
  const text = input.trim();
  if (text === '' || /^[a-z][a-z0-9+.-]*:/i.test(text)) return text;
  if (/^[^\s@/]+@[^\s@]+\.[^\s@]+$/.test(text)) return `mailto:${text}`;
  return `https://${text.replace(/^\/+/, '')}`;
}

/**
 * What keeps the draft from being saved, in the order of the form; empty when it can be saved.
 * @example validateDraft({ …emptyDraft(), name: '' })[0].message // 'Gib den Namen des Netzwerks ein.'
 */
export function validateDraft(draft: CandidateDraft): DraftError[] {
  const errors: DraftError[] = [];
  const error = (field: DraftError['field'], message: string) => errors.push({ field, fieldId: DRAFT_FIELD_IDS[field], message });

  const name = draft.name.trim();
  if (name === '') error('name', 'Gib den Namen des Netzwerks ein.');
  else if (name.length > FORM_LIMITS.name) error('name', `Der Name darf höchstens ${FORM_LIMITS.name} Zeichen lang sein – jetzt sind es ${name.length}.`);

  const link = normalizeLink(draft.link);
  if (link.length > FORM_LIMITS.link) error('link', `Die Adresse darf höchstens ${FORM_LIMITS.link} Zeichen lang sein.`);
  else if (link !== '' && safeHref(link) === null) {
    error('link', 'Gib eine Webadresse ein, die mit https:// oder http:// beginnt, oder eine E-Mail-Adresse – zum Beispiel https://www.beispiel.de.');
  }

  if (draft.notes.length > FORM_LIMITS.notes) error('notes', `Deine Notizen dürfen höchstens ${FORM_LIMITS.notes.toLocaleString('de-DE')} Zeichen lang sein – jetzt sind es ${draft.notes.length.toLocaleString('de-DE')}.`);
  return errors;
}

/** The candidate to save from a valid draft. */
export function candidateFromDraft(draft: CandidateDraft, id: string): Candidate {
  return {
    id: id.slice(0, CANDIDATE_LIMITS.id),
    name: draft.name.trim(),
    kind: draft.kind === '' ? null : draft.kind,
    link: normalizeLink(draft.link),
    notes: draft.notes.trim(),
    ratings: structuredClone(draft.ratings),
    checklist: { ...draft.checklist },
  };
}

/** Whether another candidate fits into storage. */
export function canAdd(state: CandidatesState): boolean {
  return state.candidates.length < CANDIDATE_LIMITS.candidates;
}

/** Adds a candidate at the end; unchanged when the list is full. */
export function addCandidate(state: CandidatesState, candidate: Candidate): CandidatesState {
  if (!canAdd(state)) return state;
  return { ...state, candidates: [...state.candidates, candidate] };
}

/** Replaces the candidate with the same id, keeping its place. */
export function updateCandidate(state: CandidatesState, candidate: Candidate): CandidatesState {
  return { ...state, candidates: state.candidates.map((c) => (c.id === candidate.id ? candidate : c)) };
}

/** A removed candidate and where it was, so that „Rückgängig“ can put it back. */
export interface Removed {
  candidate: Candidate;
  index: number;
}

/** The candidate `id` and its place, or null. */
export function findCandidate(state: CandidatesState, id: string): Removed | null {
  const index = state.candidates.findIndex((c) => c.id === id);
  return index < 0 ? null : { candidate: state.candidates[index]!, index };
}

/** Removes candidate `id`. */
export function removeCandidate(state: CandidatesState, id: string): CandidatesState {
  return { ...state, candidates: state.candidates.filter((c) => c.id !== id) };
}

/** Puts a removed candidate back where it was (or at the end); unchanged if it is already there. */
export function restoreCandidate(state: CandidatesState, removed: Removed): CandidatesState {
  if (state.candidates.some((c) => c.id === removed.candidate.id) || !canAdd(state)) return state;
  const candidates = [...state.candidates];
  candidates.splice(Math.min(removed.index, candidates.length), 0, removed.candidate);
  return { ...state, candidates };
}

/**
 * Sets one weight, rounded and kept between 0 and WEIGHT_MAX.
 * @example setWeight(state, 'zwecke', 9).weights.zwecke // 5
 */
export function setWeight(state: CandidatesState, key: WeightKey, value: number): CandidatesState {
  const weight = Number.isFinite(value) ? Math.min(WEIGHT_MAX, Math.max(0, Math.round(value))) : DEFAULT_WEIGHTS[key];
  return { ...state, weights: { ...state.weights, [key]: weight } };
}

/** Brings every weight back to its default. */
export function resetWeights(state: CandidatesState): CandidatesState {
  return { ...state, weights: { ...DEFAULT_WEIGHTS } };
}

/** Whether the reader changed any weight. */
export function weightsChanged(state: CandidatesState): boolean {
  return (Object.keys(DEFAULT_WEIGHTS) as WeightKey[]).some((key) => state.weights[key] !== DEFAULT_WEIGHTS[key]);
}
