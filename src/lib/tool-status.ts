/** How far the reader got in the tools that feed the plan (see plan-inputs.ts). */
import type { SelbsttestState } from './answers-schema';
import type { CandidatesState } from './candidates-schema';
import type { PlanInputs } from './plan-inputs';
import { answeredCount, isComplete } from './questionnaire';

/**
 * How far the reader got in the questionnaire (all nine questions = done) and in the network check
 * (a candidate with every checklist item answered = done).
 */
export function toolStatus(selbsttest: SelbsttestState, candidates: CandidatesState): PlanInputs['toolStatus'] {
  const answered = answeredCount(selbsttest.answers);
  const checked = candidates.candidates.some((c) => !Object.values(c.checklist).includes('offen'));
  return {
    selbsttest: answered === 0 ? 'todo' : isComplete(selbsttest.answers) ? 'done' : 'progress',
    'netzwerk-check': candidates.candidates.length === 0 ? 'todo' : checked ? 'done' : 'progress',
  };
}
