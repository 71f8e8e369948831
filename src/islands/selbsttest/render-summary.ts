/**
 * The check-your-answers summary in words: the codes of src/lib/questionnaire/summary.ts filled
 * into the dictionary's templates (src/i18n/de/selbsttest.ts), which the page hands in as props.
 * Loads with the summary, a lazy part of the Selbsttest island.
 */
import type { QuestionnaireTexts } from '../../i18n/de/selbsttest';
import { fill, formatList } from '../../i18n/format';
import { formatHours } from '../../i18n/units';
import type { AnswerPiece, AnswerSummary, OpenQuestion } from '../../lib/questionnaire/summary';

type SummaryTexts = Pick<QuestionnaireTexts, 'labels' | 'summary'>;

/** One piece of an answer in words: option labels as a list, hours with their unit, own text as typed. */
function pieceText(piece: AnswerPiece, texts: SummaryTexts): string {
  if (piece.kind === 'hours') return formatHours(piece.hours);
  if (piece.kind === 'text') return piece.text;
  return formatList(piece.values.map((v) => texts.labels[v] ?? v));
}

/**
 * The answer of a question for the check-your-answers summary: its template for the pieces
 * present, or the one piece on its own.
 * @example answerText('zeit', { variant: 'stunden', pieces: { stunden: { kind: 'hours', hours: 6 } } }, texts) // '6 Stunden im Monat'
 */
export function answerText(questionId: string, answer: AnswerSummary, texts: SummaryTexts): string {
  const words: Record<string, string> = {};
  for (const [field, piece] of Object.entries(answer.pieces)) words[field] = pieceText(piece, texts);
  const template = texts.summary[questionId]?.[answer.variant];
  return template === undefined ? formatList(Object.values(words)) : fill(template, words);
}

/** The summary's error for an unanswered question. */
export function openQuestionText(open: OpenQuestion, texts: Pick<QuestionnaireTexts, 'questions' | 'ui'>): string {
  return fill(texts.ui.stillOpen, { frage: texts.questions[open.id]?.short ?? '', n: open.step, total: open.total });
}

