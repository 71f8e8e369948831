/**
 * What the planner and the plan take from the other tools (questionnaire and network check).
 * They never read those tools' data themselves: whoever wires the tools together turns their
 * saved answers into this shape, so each tool can change its storage without breaking the plan.
 */

/** not started / in progress / done, for planner sections and for the other tools alike. */
export type SectionStatus = 'todo' | 'progress' | 'done';

/** One candidate network from the network check with its fit score. */
export interface CandidateInput {
  name: string;
  /** Kind of network as the check names it, e.g. „Berufsverband“. */
  kind: string;
  /** Fit score, 0–100. */
  score: number;
}

export interface PlanInputs {
  /** The reader's profile from the questionnaire, one sentence per line; null until answered. */
  profileLines: string[] | null;
  /** Hours a month the reader can spare, from the questionnaire; null until answered. */
  hoursPerMonth: number | null;
  /** What the reader can offer, from the questionnaire; null until answered. */
  offer: string[] | null;
  /** The best-fitting candidate networks, best first; empty until the check has candidates. */
  topCandidates: CandidateInput[];
  /** How far the reader got in the questionnaire and in the network check. */
  toolStatus: { selbsttest: SectionStatus; 'netzwerk-check': SectionStatus };
}

/** The inputs while no other tool has been answered (and until the tools are wired together). */
export const NO_PLAN_INPUTS: PlanInputs = {
  profileLines: null,
  hoursPerMonth: null,
  offer: null,
  topCandidates: [],
  toolStatus: { selbsttest: 'todo', 'netzwerk-check': 'todo' },
};
