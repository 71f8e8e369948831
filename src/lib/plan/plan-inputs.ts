/**
 * What the planner and the plan take from the other tools (questionnaire and network check).
 * They never read those tools' data themselves: whoever wires the tools together turns their
 * saved answers into this shape, so each tool can change its storage without breaking the plan.
 * `planInputs` is that wiring; the planner's pages use its parts (answer-inputs.ts) alone, and tool-status.ts
 * for how far the reader got in the other tools, which the plan does not show.
 */
import { answerInputs, type AnswerInputs } from '../planner/answer-inputs';
import type { Labels, Offer } from '../questionnaire/profile-options';
import type { SelbsttestState } from '../questionnaire/answers-schema';
import type { CandidatesState } from '../fit/candidates-schema';
import { topCandidates } from '../fit/fit-score';
import type { KindId } from '../profile/network-kinds';
import { describeProfile, type ProfileLine } from '../profile/profile';

/** not started / in progress / done, for planner sections and for the other tools alike. */
export type SectionStatus = 'todo' | 'progress' | 'done';

/** One candidate network from the network check with its fit score. */
export interface PlanCandidate {
  name: string;
  /** Kind of network, as the check stores it; null when the reader did not say. */
  kind: KindId | null;
  /** Fit score, 0–100. */
  score: number;
}

export interface PlanInputs extends AnswerInputs {
  /** The reader's profile from the questionnaire, one line per dimension; null until answered. */
  profileLines: ProfileLine[] | null;
  /** The best-fitting candidate networks, best first; empty until the check has candidates. */
  topCandidates: PlanCandidate[];
  /** How far the reader got in the questionnaire and in the network check (tool-status.ts; the plan does not show it). */
  toolStatus: { selbsttest: SectionStatus; 'netzwerk-check': SectionStatus };
}

/** What the printable plan takes from the other tools: everything but their status. */
export type PlanDocumentInputs = Omit<PlanInputs, 'toolStatus'>;

/** The inputs while no other tool has been answered (and until the tools are wired together). */
export const NO_PLAN_INPUTS: PlanDocumentInputs = {
  profileLines: null,
  hoursPerMonth: null,
  offer: null,
  topCandidates: [],
};

/** How many candidate networks the plan lists. */
export const TOP_CANDIDATES = 5;

/**
 * Everything the plan takes from the questionnaire and the network check: the profile line by line,
 * hours and offer, and the best-fitting candidates with their scores (unscored ones left out).
 */
export function planInputs(selbsttest: SelbsttestState, candidates: CandidatesState, offerLabels: Pick<Labels, Offer>): PlanDocumentInputs {
  const { answers } = selbsttest;
  const lines = describeProfile(answers);
  return {
    ...answerInputs(answers, offerLabels),
    profileLines: lines.length > 0 ? lines : null,
    topCandidates: topCandidates(candidates, answers, TOP_CANDIDATES)
      .filter((s) => s.fit.score !== null)
      .map(({ candidate, fit }) => ({ name: candidate.name, kind: candidate.kind, score: fit.score! })),
  };
}
