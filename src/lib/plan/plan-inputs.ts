/**
 * What the planner and the plan take from the other tools (questionnaire and network check).
 * They never read those tools' data themselves: whoever wires the tools together turns their
 * saved answers into this shape, so each tool can change its storage without breaking the plan.
 * `planInputs` is that wiring; the planner's pages use its parts (answer-inputs.ts) alone, and tool-status.ts
 * for how far the reader got in the other tools, which the plan does not show.
 */
import { answerInputs } from '../planner/answer-inputs';
import type { SelbsttestState } from '../questionnaire/answers-schema';
import type { CandidatesState } from '../fit/candidates-schema';
import { topCandidates } from '../fit/fit-score';
import type { KindId } from '../profile/network-kinds';
import { describeProfile } from '../profile/profile';
import type { ProfileTexts } from '../../i18n/de/recommendations';
// Stopgap until the plan words the profile in its island: the questionnaire's renderer of profile lines.
import { profileLineText } from '../../islands/selbsttest/render';

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

/** The words the plan needs from the questionnaire's result and the network check, handed in by the page. */
export interface PlanInputTexts {
  profile: ProfileTexts;
  /** Short names of the kinds of network („Alumni-Gruppe“). */
  kinds: Readonly<Record<KindId, string>>;
}

/** How many candidate networks the plan lists. */
export const TOP_CANDIDATES = 5;

/**
 * Everything the plan takes from the questionnaire and the network check: the profile in sentences,
 * hours and offer, and the best-fitting candidates with their scores (unscored ones left out).
 */
export function planInputs(selbsttest: SelbsttestState, candidates: CandidatesState, texts: PlanInputTexts): PlanDocumentInputs {
  const { answers } = selbsttest;
  const lines = describeProfile(answers).map((line) => profileLineText(line, texts.profile)).map((l) => `${l.label}: Dein ideales Netzwerk ${l.text}`);
  return {
    ...answerInputs(answers),
    profileLines: lines.length > 0 ? lines : null,
    topCandidates: topCandidates(candidates, answers, TOP_CANDIDATES)
      .filter((s) => s.fit.score !== null)
      .map(({ candidate, fit }) => ({ name: candidate.name, kind: candidate.kind ? texts.kinds[candidate.kind] : '', score: fit.score! })),
  };
}
