/**
 * Words the codes of src/lib/questionnaire and src/lib/profile with the dictionaries
 * (src/i18n/de/selbsttest.ts and recommendations.ts), which the pages hand in as props. No rules
 * here: which sentence, which values and which count come from lib; this only fills templates.
 */
import type { QuestionnaireTexts } from '../../i18n/de/selbsttest';
import type { ProfileTexts, RecommendationTexts } from '../../i18n/de/recommendations';
import { fill, formatList, formatNumber, plural, type Params, type Plural } from '../../i18n/format';
import { formatHours } from '../../i18n/units';
import type { StepError } from '../../lib/questionnaire/questionnaire';
import type { FirstStep, NotReason, ProfileLine, TimeVerdict } from '../../lib/profile/recommendations';
import type { Answers } from '../../lib/questionnaire/answers-schema';

/** A validation problem in words: what the unanswered part needs, or what is wrong with its value. */
export function errorText(error: StepError, texts: Pick<QuestionnaireTexts, 'errors'>): string {
  return error.problem === 'required' ? (texts.errors.required[error.field] ?? '') : fill(texts.errors[error.problem], error.params);
}

/** The values a profile line names, in words; only those the line has. */
export function profileParams(line: ProfileLine, texts: ProfileTexts): Params {
  const word = (value: string) => texts.profile.words[line.field]?.[value] ?? texts.labels[value] ?? value;
  const { values, main, others, hours, own } = line.params;
  const params: Record<string, string> = {};
  if (values !== undefined) params['values'] = formatList(values.map(word));
  if (main !== undefined) params['main'] = word(main);
  if (others !== undefined) params['others'] = formatList(others.map(word));
  if (hours !== undefined) params['hours'] = formatHours(hours);
  if (own !== undefined) params['own'] = own.join(', ');
  return params;
}

/**
 * A profile line in words: the dimension's name and the sentence that completes „Dein ideales Netzwerk …“.
 * @example profileLineText({ field: 'form', sentence: 'online', params: {} }, texts) // { label: 'Treffpunkt', text: 'trifft sich online – …' }
 */
export function profileLineText(line: ProfileLine, texts: ProfileTexts): { label: string; text: string } {
  return { label: texts.profile.labels[line.field] ?? line.field, text: fill(texts.profile.sentences[line.field]?.[line.sentence] ?? '', profileParams(line, texts)) };
}

/** The values the time verdict's sentences name, in words. */
export function timeParams(verdict: TimeVerdict, texts: Pick<RecommendationTexts, 'labels' | 'profile'>): Params {
  const params: Record<string, string> = { andere: formatList(verdict.others.map((p) => texts.labels[p] ?? p)) };
  if (verdict.hours !== null) params['stunden'] = formatHours(verdict.hours);
  if (verdict.purpose !== null) params['ziel'] = texts.profile.words['zwecke']?.[verdict.purpose] ?? verdict.purpose;
  if (verdict.need !== null) {
    params['minimum'] = formatHours(verdict.need.minimum);
    params['bequem'] = formatHours(verdict.need.comfortable);
  }
  return params;
}

/** The time verdict in words, sentence by sentence. */
export function timeText(verdict: TimeVerdict, texts: Pick<RecommendationTexts, 'labels' | 'profile' | 'time'>): string {
  const params = timeParams(verdict, texts);
  return verdict.sentences
    .map(({ code, count }) => {
      const template: string | Plural = texts.time[code];
      return typeof template === 'string' ? fill(template, params) : plural(template, count ?? 0, params);
    })
    .join(' ');
}

/**
 * The number of questions for running text: a word up to twelve („neun“), digits after, and
 * capitalised for the start of a sentence (`{Count}`).
 * @example countParams(9, countWords) // { count: 'neun', Count: 'Neun' }
 */
export function countParams(n: number, words: readonly string[]): { count: string; Count: string } {
  const word = words[n] ?? formatNumber(n);
  return { count: word, Count: word.charAt(0).toUpperCase() + word.slice(1) };
}

type ReasonTexts = Pick<RecommendationTexts, 'labels' | 'profile' | 'rules' | 'missing' | 'yourAnswer' | 'fewPoints' | 'timeCap'> & { minPoints: number };

/**
 * Why a kind is not recommended, in words: the blocking rule's reason; or what would speak for it
 * and the reader's own answer; or its points; or the time cap.
 * @example notReasonText({ code: 'missing', rule: 'alumni-karriere', field: 'zwecke' }, answers, texts) // 'Alumni-Gruppen helfen vor allem, … Deine Antwort bei „Zweck“: Neue Aufträge.'
 */
export function notReasonText(reason: NotReason, answers: Answers, texts: ReasonTexts): string {
  switch (reason.code) {
    case 'block':
      return texts.rules[reason.rule] ?? '';
    case 'missing': {
      const answer = answers[reason.field];
      const values = (Array.isArray(answer) ? answer : [answer]).filter((a): a is string => typeof a === 'string' && a !== '');
      const words = formatList(values.map((v) => texts.labels[v] ?? v));
      return fill(texts.yourAnswer, { warum: texts.missing[reason.rule] ?? '', frage: texts.profile.labels[reason.field] ?? reason.field, antwort: words });
    }
    case 'few-points':
      return plural(texts.fewPoints, reason.points, { min: texts.minPoints });
    case 'time-cap':
      return fill(texts.timeCap, { max: reason.max });
  }
}

/** Where to start, in words. */
export function firstStepText(first: FirstStep, texts: Pick<RecommendationTexts, 'kinds'> & { ui: Readonly<Record<'firstPoints' | 'firstEffort' | 'firstEffortThen', string>> }): string {
  const art = texts.kinds[first.kind].title;
  if (first.why === 'points') return fill(texts.ui.firstPoints, { art });
  return first.then === null ? fill(texts.ui.firstEffort, { art }) : fill(texts.ui.firstEffortThen, { art, zweite: texts.kinds[first.then].title });
}
