/** Small render helpers of the network check's islands: codes from lib/fit into the words of `texts`. */
import type { ComponentChildren } from 'preact';
import type { Explanation } from '../../lib/fit/fit-score';
import type { OptionValue } from '../../lib/questionnaire/profile-options';
import { fill, formatList } from '../../i18n/format';
import type { FitWords, NetzwerkCheckTexts } from './texts';

/**
 * A template whose `{name}` placeholders take elements as well as text, for a sentence with a
 * word in bold or set apart.
 * @example fillRich('{label}: {text}', { label: <strong>Zweck</strong>, text: '…' })
 */
export function fillRich(template: string, parts: Readonly<Record<string, ComponentChildren>>): ComponentChildren[] {
  return template.split(/\{(\w+)\}/).map((piece, i) => (i % 2 === 1 ? parts[piece] : piece));
}

/** One item of the score explanation in words. */
export function explanationText(e: Explanation, words: FitWords): string {
  const t = words.explanations;
  if (!('weightZero' in e)) return t[e.code];
  const names = (values: readonly OptionValue[]) => (values.length === 0 ? t.unknown : formatList(values.map((v) => words.labels[v])));
  const text =
    e.code === 'check'
      ? fill(t.check, { frage: words.items[e.item].question, antwort: words.checkAnswers[e.answer] })
      : fill(t[e.code], { haupt: e.main ? words.labels[e.main] : '', ideal: names(e.ideal), netzwerk: names(e.actual) });
  return e.weightZero ? fill(t.weightZero, { beschreibung: text }) : text;
}

/** „60 von 100“, or „Kein Wert“ when nothing counts. */
export function scoreText(score: number | null, ui: NetzwerkCheckTexts['ui']): string {
  return score === null ? ui.noScore : fill(ui.score, { wert: score });
}
