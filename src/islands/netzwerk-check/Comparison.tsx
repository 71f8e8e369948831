/**
 * Loaded with the cards once a network is stored (CheckParts.ts), so the list's first load stays
 * within its byte budget: the comparison table with the ideal as its first column, one bar chart
 * per candidate, and the short ranking shown next to the weights.
 * Rows, bars and moves come from lib/fit; this module only puts them into words and shapes.
 *
 * It imports nothing the list's bundle has besides the shared runtime (Preact, `fill`): a module
 * shared with the list would split the list's page file in two and cost about 1 KB gzip on every
 * first load. So values are joined with the list's separator instead of `formatList`, the
 * checklist's keys come as a prop, and the score's words are spelled out here.
 */
import { chartBars, chartRated, comparisonTable, type CandidateCell, type ComparedCandidate, type IdealCell } from '../../lib/fit/comparison';
import { useRef } from 'preact/hooks';
import { changedWeight, rankingChange } from '../../lib/fit/ranking';
import type { CheckItem, WeightKey } from '../../lib/fit/candidates-schema';
import type { OptionValue } from '../../lib/questionnaire/profile-options';
import { fill, formatNumber } from '../../i18n/fill';
import type { NetzwerkCheckTexts } from './texts';

/** The list hands both parts the same props (one object, fewer bytes in its bundle). */
interface Props {
  scored: readonly ComparedCandidate[];
  texts: NetzwerkCheckTexts;
  /** The checklist keys that are scored (SCORED_CHECKS). */
  checks: readonly CheckItem[];
  weights: Readonly<Record<WeightKey, number>>;
}

/** „60 von 100“ or „Kein Wert“, as the cards say it. */
const scoreText = (score: number | null, ui: NetzwerkCheckTexts['ui']) => (score === null ? ui.noScore : fill(ui.score, { wert: score }));

export const COMPARISON_ID = 'vergleich';
const HINT_ID = 'vergleich-diagramm-hinweis';

// The chart's drawing in viewBox units: item labels left, bars in the middle, percentages right.
const WIDTH = 300;
const ROW = 22;
const BAR_X = 124;
const BAR_W = 128;

const percent = (match: number) => formatNumber(match, { style: 'percent', maximumFractionDigits: 0 });

function values(list: readonly string[], check: boolean, texts: NetzwerkCheckTexts): string {
  const { fit } = texts;
  if (check) return fit.checkAnswers[list[0] as keyof typeof fit.checkAnswers] ?? fit.explanations.unknown;
  return list.length === 0 ? fit.explanations.unknown : list.map((v) => fit.labels[v as OptionValue]).join(texts.ui.listSeparator);
}

function idealText(ideal: IdealCell, texts: NetzwerkCheckTexts): string {
  const c = texts.compare;
  return ideal.code === 'yes' ? c.idealYes : ideal.code === 'open' ? c.idealOpen : values(ideal.values, false, texts);
}

function cellText(cell: CandidateCell, check: boolean, texts: NetzwerkCheckTexts): string {
  return fill(texts.compare.cell, { werte: values(cell.values, check, texts), status: texts.compare.status[cell.status] });
}

export function Comparison({ scored, texts, checks }: Props) {
  const c = texts.compare;
  const table = comparisonTable(scored, checks);
  const label = (key: WeightKey) => texts.fit.items[key].label;

  return (
    <section class="comparison" id={COMPARISON_ID} aria-labelledby="vergleich-titel">
      <h2 id="vergleich-titel">{c.title}</h2>
      <p>{c.intro}</p>
      <div class="comparison-scroll" role="region" aria-label={c.region} tabIndex={0}>
        <table class="comparison-table">
          <caption>{c.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{c.columnItem}</th>
              <th scope="col">{c.columnIdeal}</th>
              {table.columns.map((col) => (
                <th scope="col" key={col.id}>
                  {col.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{label(row.key)}</th>
                <td>{idealText(row.ideal, texts)}</td>
                {row.cells.map((cell, i) => (
                  <td key={table.columns[i]!.id} class={`cell-${cell.status}`}>
                    {cellText(cell, row.check, texts)}
                  </td>
                ))}
              </tr>
            ))}
            <tr class="score-row">
              <th scope="row">{c.scoreRow}</th>
              <td />
              {table.scores.map((score, i) => (
                <td key={table.columns[i]!.id}>{scoreText(score, texts.ui)}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>

      <h3>{c.chartTitle}</h3>
      <p id={HINT_ID}>{c.chartIntro}</p>
      <ul class="charts">
        {table.columns.map((col, i) => {
          const bars = chartBars(table, i);
          const textId = `diagramm-${col.id}`;
          return (
            <li key={col.id} class="chart">
              <h4>{col.name}</h4>
              {chartRated(table, i) ? (
                <>
                  <svg role="img" aria-label={fill(c.chartLabel, { name: col.name, wert: scoreText(table.scores[i]!, texts.ui) })} aria-describedby={`${textId} ${HINT_ID}`} viewBox={`0 0 ${WIDTH} ${Math.max(1, bars.length) * ROW}`} width="100%">
                    {bars.map((bar, row) => {
                      const y = row * ROW;
                      return (
                        <g key={bar.key}>
                          <text x={0} y={y + 15}>
                            {label(bar.key)}
                          </text>
                          <rect class="bar-track" x={BAR_X} y={y + 4} width={BAR_W} height={14} />
                          <rect class={`bar bar-${bar.status}`} x={BAR_X} y={y + 4} width={bar.match * BAR_W} height={14} />
                          <text x={WIDTH} y={y + 15} text-anchor="end">
                            {percent(bar.match)}
                          </text>
                        </g>
                      );
                    })}
                  </svg>
                  <p class="visually-hidden" id={textId}>
                    {bars.map((bar) => fill(c.chartItem, { label: label(bar.key), prozent: percent(bar.match), status: c.status[bar.status] })).join('; ')}
                  </p>
                </>
              ) : (
                <p class="chart-unrated">{fill(c.chartUnrated, { name: col.name })}</p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** What the last weight change did: the order before it, and which weight changed to what (null after a reset). */
interface Effect {
  before: readonly string[];
  weight: { key: WeightKey; value: number } | null;
}

/**
 * The short ranking in the live region next to the weights. Mounted as soon as the reader enters
 * the weights (before any change), it remembers the weights and the order it last saw, so every
 * change – also one from another tab – is compared with the order just before it.
 */
export function WeightEffect({ scored, texts, weights }: Props) {
  const seen = useRef<{ weights: typeof weights; order: string[]; effect: Effect | null }>({ weights, order: [], effect: null });
  const order = scored.map((s) => s.candidate.id);
  const last = seen.current;
  if (last.weights !== weights) last.effect = { before: last.order, weight: changedWeight(last.weights, weights) };
  seen.current = { weights, order, effect: last.effect };
  const effect = last.effect;
  if (!effect) return null;

  const c = texts.compare;
  const r = rankingChange(effect.before, scored);
  const sep = texts.ui.listSeparator;
  const leaders = r.leaders.map((l) => fill(c.effectEntry, { name: l.name, wert: l.score === null ? c.effectNoScore : l.score })).join(sep);
  const moves = r.moves.map((m) => fill(c.effectMove, { name: m.name, von: m.from, nach: m.to })).join(sep);
  return (
    <>
      <p>
        {effect.weight && <strong>{fill(c.effectWeight, { merkmal: texts.fit.items[effect.weight.key].label, n: effect.weight.value })} </strong>}
        {fill(c.effectLeaders, { liste: leaders, mehr: r.more ? fill(c.effectOf, { n: r.leaders.length + r.more }) : '' })}
      </p>
      <p>{moves ? fill(c.effectMoves, { liste: moves, mehr: r.moreMoves ? c.effectMoreMoves : '' }) : c.effectSame}</p>
    </>
  );
}
