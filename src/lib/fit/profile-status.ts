/**
 * What the network check compares against: the reader's ideal from the Selbsttest, part of it,
 * or nothing yet. The check's page says so above the list; the words are in the dictionary.
 */
import type { Answers } from '../questionnaire/answers-schema';
import { comparableDimensions } from './fit-score';

/**
 * - `none`: no Selbsttest yet – only the checklist counts.
 * - `partial`: the Selbsttest is unfinished – the answers so far count.
 * - `open`: finished, but every answer is „Weiß ich noch nicht“ – only the checklist counts.
 * - `ok`: every network is compared with the whole ideal.
 */
export const PROFILE_STATUSES = ['none', 'partial', 'open', 'ok'] as const;
export type ProfileStatus = (typeof PROFILE_STATUSES)[number];

/**
 * The status of the Selbsttest profile the scores rest on.
 * @example profileStatus({ answers: emptyAnswers(), summaryReached: false }) // 'none'
 */
export function profileStatus(selbsttest: { answers: Answers; summaryReached: boolean }): ProfileStatus {
  const comparable = comparableDimensions(selbsttest.answers) > 0;
  if (selbsttest.summaryReached) return comparable ? 'ok' : 'open';
  return comparable ? 'partial' : 'none';
}
