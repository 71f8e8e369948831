/**
 * What the network check's list says after a change, as codes: a candidate added or saved in
 * the editor, deleted (with what „Rückgängig“ needs), restored, or the weights reset. The island
 * shows the notice's words and moves focus; only a `deleted` notice offers „Rückgängig“.
 */
import type { Answers } from '../questionnaire/answers-schema';
import type { CandidatesState } from './candidates-schema';
import { findCandidate, type Removed } from './candidates';
import { readReturn } from './check-links';
import { fitScore } from './fit-score';

export type CheckNotice =
  | { code: 'added' | 'saved'; id: string; name: string; score: number | null }
  | { code: 'deleted'; id: string; name: string; removed: Removed }
  | { code: 'restored'; id: string; name: string }
  | { code: 'weightsReset' };

export type CheckNoticeCode = CheckNotice['code'];

/**
 * The notice for a return from the editor (`?neu=` or `?gespeichert=` in `search`), with the
 * candidate's new score; null when the query names no candidate of the list.
 */
export function returnNotice(state: CandidatesState, answers: Answers, search: string): CheckNotice | null {
  const back = readReturn(search);
  const found = back && findCandidate(state, back.id);
  if (!back || !found) return null;
  const { candidate } = found;
  return { code: back.change, id: candidate.id, name: candidate.name, score: fitScore(candidate, answers, state.weights).score };
}

/** The notice after a delete; it keeps the candidate for „Rückgängig“. */
export function deletedNotice(removed: Removed): CheckNotice {
  return { code: 'deleted', id: removed.candidate.id, name: removed.candidate.name, removed };
}

/** The notice after „Rückgängig“. */
export function restoredNotice(removed: Removed): CheckNotice {
  return { code: 'restored', id: removed.candidate.id, name: removed.candidate.name };
}

/** What „Rückgängig“ would put back: the candidate of a `deleted` notice, else null. */
export function undoOf(notice: CheckNotice | null): Removed | null {
  return notice?.code === 'deleted' ? notice.removed : null;
}
