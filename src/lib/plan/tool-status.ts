/** How far the reader got in the tools that feed the plan (see plan-inputs.ts). */
import type { SelbsttestState } from '../questionnaire/answers-schema';
import type { CandidatesState } from '../fit/candidates-schema';
import type { PlanInputs } from './plan-inputs';

/** Whether any question has an answer (null, '', false and [] mean unanswered). */
function anyAnswer(answers: SelbsttestState['answers']): boolean {
  return Object.values(answers).some((a) => (Array.isArray(a) ? a.length > 0 : a !== null && a !== '' && a !== false));
}

/**
 * How far the reader got in the questionnaire (result reached = done) and in the network check
 * (a candidate with every checklist item answered = done).
 * @example toolStatus(selbsttestStates.empty, candidatesStates.empty) // { selbsttest: 'todo', 'netzwerk-check': 'todo' }
 */
export function toolStatus(selbsttest: SelbsttestState, candidates: CandidatesState): PlanInputs['toolStatus'] {
  const started = selbsttest.view !== 'frage' || selbsttest.step > 1 || anyAnswer(selbsttest.answers);
  const checked = candidates.candidates.some((c) => !Object.values(c.checklist).includes('offen'));
  return {
    selbsttest: selbsttest.view === 'ergebnis' ? 'done' : started ? 'progress' : 'todo',
    'netzwerk-check': candidates.candidates.length === 0 ? 'todo' : checked ? 'done' : 'progress',
  };
}
