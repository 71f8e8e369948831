/** The network check's store: candidates and weights, with actions. Islands call only these. */
import type { Candidate, WeightKey } from '../lib/fit/candidates-schema';
import {
  addCandidate as add,
  findCandidate,
  removeCandidate as remove,
  resetWeights as reset,
  restoreCandidate as restore,
  setWeight as weight,
  updateCandidate as update,
  type Removed,
} from '../lib/fit/candidates';
import { candidatesStore } from './candidates-store';


/** Saves a new candidate (built with candidateFromDraft); false when nothing could be saved. */
export function addCandidate(candidate: Candidate): boolean {
  return candidatesStore.update((state) => add(state, candidate)) && findCandidate(candidatesStore.$state.get(), candidate.id) !== null;
}

/** Saves an edited candidate in its place. */
export function updateCandidate(candidate: Candidate): boolean {
  return candidatesStore.update((state) => update(state, candidate));
}

/** Deletes candidate `id`; returns what „Rückgängig“ needs, or null. */
export function removeCandidate(id: string): Removed | null {
  const removed = findCandidate(candidatesStore.$state.get(), id);
  if (!removed || !candidatesStore.update((state) => remove(state, id))) return null;
  return removed;
}

/** „Rückgängig“ after a delete. */
export function restoreCandidate(removed: Removed): void {
  candidatesStore.update((state) => restore(state, removed));
}

export function setWeight(key: WeightKey, value: number): void {
  candidatesStore.update((state) => weight(state, key, value));
}

export function resetWeights(): void {
  candidatesStore.update(reset);
}
