/**
 * The ideal network, one line per answered part of the questions (re-exported by
 * recommendations.ts). Kept apart so the plan can describe the profile without loading the
 * recommendation rules. Codes only: `profile.sentences[field][sentence]` in the dictionary words
 * each line.
 */
import type { Answers } from '../questionnaire/answers-schema';
import type { ChapterSlug } from '../guide/guide-links';
import { hoursPerMonth } from '../questionnaire/hours';
import { ownOfferWords } from '../questionnaire/offer';
import { UNKNOWN, type OptionValue, type Purpose } from '../questionnaire/profile-options';
import { chosenPurposes, mainPurpose } from '../questionnaire/purposes';
import { QUESTIONS, type Field, type Question, type QuestionPart } from '../questionnaire/questions';

/** The values a profile sentence names; the renderer words each one. */
export interface ProfileParams {
  /** Chosen options, in the order of the question. */
  values?: readonly OptionValue[];
  /** The main purpose, and the other purposes chosen. */
  main?: Purpose;
  others?: readonly Purpose[];
  /** Hours a month. */
  hours?: number;
  /** The reader's own keywords. */
  own?: readonly string[];
}

export interface ProfileLine {
  /** The part the line describes; its name is `profile.labels[field]`. */
  field: Field;
  /**
   * Which sentence: a radio part's answer value (`online`, `unklar` …); for the other parts
   * `chosen`, `chosenWithOwn`, `main`, `mainWithOthers`, `hours`, `zero` or `unklar`.
   */
  sentence: string;
  params: ProfileParams;
  /** Where to read on, for answers that are still open. */
  chapter?: ChapterSlug;
}

type Line = Omit<ProfileLine, 'field'>;

/** The line of a checkbox part, refined by the question's main-purpose or text part. */
function choicesLine(part: Extract<QuestionPart, { kind: 'checkbox' }>, question: Question, answers: Answers): Line | null {
  const answer = (answers as Record<string, unknown>)[part.field];
  const values = Array.isArray(answer) ? (answer as OptionValue[]) : [];
  if (values.length === 0) return null;
  if (values.includes(UNKNOWN)) return part.unknownHelp ? { sentence: UNKNOWN, params: {}, chapter: part.unknownHelp } : { sentence: UNKNOWN, params: {} };
  const refinedBy = (kind: QuestionPart['kind']) => question.parts.some((p) => p.kind === kind);
  if (refinedBy('main-purpose')) {
    const main = mainPurpose(answers);
    if (main === null) return null;
    const others = chosenPurposes(answers).filter((p) => p !== main);
    return { sentence: others.length > 0 ? 'mainWithOthers' : 'main', params: { main, others } };
  }
  const chosen = part.choices.filter((c) => values.includes(c));
  const own = refinedBy('text') ? ownOfferWords(answers) : [];
  return own.length > 0 ? { sentence: 'chosenWithOwn', params: { values: chosen, own } } : { sentence: 'chosen', params: { values: chosen } };
}

/** The line of one part, or null when the part gives none (unanswered, or it refines another part). */
function partLine(part: QuestionPart, question: Question, answers: Answers): Line | null {
  switch (part.kind) {
    case 'radio': {
      const value = (answers as Record<string, unknown>)[part.field];
      return typeof value === 'string' ? { sentence: value, params: {} } : null;
    }
    case 'checkbox':
      return choicesLine(part, question, answers);
    case 'hours': {
      const hours = hoursPerMonth(answers);
      if (answers.stundenUnklar) return part.unknownHelp ? { sentence: UNKNOWN, params: {}, chapter: part.unknownHelp } : { sentence: UNKNOWN, params: {} };
      if (hours === null) return null;
      return hours === 0 ? { sentence: 'zero', params: {} } : { sentence: 'hours', params: { hours } };
    }
    default:
      return null;
  }
}

/**
 * The ideal network, one line per answered part in the order of the questions, each completing
 * „Dein ideales Netzwerk …“. Unanswered parts are left out; open ones say so and point to the
 * chapter that helps.
 * @example describeProfile({ …, form: 'online' }) // [{ field: 'form', sentence: 'online', params: {} }]
 */
export function describeProfile(answers: Answers, questions: readonly Question[] = QUESTIONS): ProfileLine[] {
  return questions.flatMap((question) =>
    question.parts.flatMap((part) => {
      const line = partLine(part, question, answers);
      return line === null ? [] : [{ field: part.field, ...line }];
    }),
  );
}
