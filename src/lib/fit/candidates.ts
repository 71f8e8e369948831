/**
 * The network check's list of candidates: the pure changes the store applies (add, update,
 * remove, restore, weights). The add/edit form's draft lives in candidate-draft.ts.
 */
import { CANDIDATE_LIMITS, DEFAULT_WEIGHTS, WEIGHT_MAX, type Candidate, type CandidatesState, type WeightKey } from './candidates-schema';

/** Whether another candidate fits into storage. */
export function canAdd(state: CandidatesState): boolean {
  return state.candidates.length < CANDIDATE_LIMITS.candidates;
}

/**
 * Adds a candidate at the end; unchanged when the list is full. Adding the same candidate again
 * (a double click on „Speichern“) replaces it instead of listing it twice.
 */
export function addCandidate(state: CandidatesState, candidate: Candidate): CandidatesState {
  if (state.candidates.some((c) => c.id === candidate.id)) return updateCandidate(state, candidate);
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

/** Every weight a reader can choose, from 0 to WEIGHT_MAX. */
export const WEIGHT_VALUES: readonly number[] = Array.from({ length: WEIGHT_MAX + 1 }, (_, n) => n);

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

/** From this many candidates on, the list offers a filter by name. */
export const FILTER_FROM = 8;

/**
 * The entries whose candidate's name contains `query` (trimmed, case aside); all of them for an empty query.
 * @example filterByName(scored, ' ihk ').map((s) => s.candidate.name) // ['IHK-Forum Mittelstand']
 */
export function filterByName<T extends { candidate: Candidate }>(list: readonly T[], query: string): T[] {
  const needle = query.trim().toLowerCase();
  return needle === '' ? [...list] : list.filter((entry) => entry.candidate.name.toLowerCase().includes(needle));
}
