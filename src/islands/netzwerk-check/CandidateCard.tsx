/** One candidate: its fit with a short summary, the full explanation, and edit/delete. */
import { ITEM_STATUSES, SCORE_BANDS, SUMMARY_STATUSES, explainItem, itemsWithStatus, type ScoredCandidate } from '../../lib/fit/fit-score';
import { cardHeadingId, editorHref } from '../../lib/fit/check-links';
import { linkText } from '../../lib/fit/candidate-draft';
import { fill, formatNumber, plural } from '../../i18n/format';
import { safeHref } from '../../lib/text/safe-href';
import { explanationText, fillRich, scoreText } from './render';
import type { NetzwerkCheckTexts } from './texts';

interface Props {
  scored: ScoredCandidate;
  texts: NetzwerkCheckTexts;
  onRemove: () => void;
}

/** Hours per month as the card says them: to the half hour, since rhythm and duration are estimates. */
const aboutHours = (hours: number) => formatNumber(Math.round(hours * 2) / 2);

export function CandidateCard({ scored, texts, onRemove }: Props) {
  const { candidate, fit } = scored;
  const { ui } = texts;
  const href = safeHref(candidate.link);
  const kind = candidate.kind && texts.kinds[candidate.kind];
  const label = (key: keyof NetzwerkCheckTexts['fit']['items']) => texts.fit.items[key].label;
  // A function, not one element: Preact must not get the same vnode twice in a tree.
  const which = () => <span class="visually-hidden">{fill(ui.which, { name: candidate.name })}</span>;

  return (
    <li class="card candidate">
      <div class="candidate-head">
        <h3 id={cardHeadingId(candidate.id)} tabIndex={-1}>
          {candidate.name}
        </h3>
        <p class="fit">{fillRich(ui.fit, { label: <span class="fit-label">{ui.fitLabel}</span>, wert: scoreText(fit.score, ui) })}</p>
      </div>
      {fit.score !== null && <meter class="fit-meter" min={0} max={100} low={SCORE_BANDS.low} high={SCORE_BANDS.high} optimum={100} value={fit.score} aria-hidden="true" />}
      {fit.score === null && <p class="hint">{ui.noScoreHint}</p>}
      <p class="coverage">
        {plural(ui.coverage, fit.possible, { n: formatNumber(fit.maxPoints), max: formatNumber(fit.possible) })}
        {!fit.enough && (
          <>
            {' – '}
            <strong class="under-rated">{ui.underRated}</strong>
          </>
        )}
      </p>
      {!fit.enough && <p class="hint">{ui.underRatedHint}</p>}
      <p class="time">
        {fit.hours === null
          ? ui.timeUnknown
          : fill(fit.budget === null ? ui.time : ui.timeBudget, { stunden: aboutHours(fit.hours), budget: formatNumber(fit.budget ?? 0) })}
      </p>
      {kind && <p class="muted">{fill(ui.kind, { art: kind })}</p>}
      {candidate.link &&
        (href ? (
          <p class="candidate-link">
            <a href={href} rel="noopener noreferrer nofollow">
              {linkText(href)}
            </a>
          </p>
        ) : (
          <p class="candidate-link muted">{candidate.link}</p>
        ))}
      {candidate.notes && <p class="notes">{candidate.notes}</p>}
      <ul class="fit-summary">
        {SUMMARY_STATUSES.map((status) => {
          const items = itemsWithStatus(fit, status);
          return items.length > 0 && <li key={status}>{fill(ui.summary[status], { liste: items.map((i) => label(i.key)).join(ui.listSeparator) })}</li>;
        })}
      </ul>
      <details>
        <summary>{ui.details}</summary>
        {ITEM_STATUSES.map((status) => {
          const items = itemsWithStatus(fit, status);
          if (items.length === 0) return null;
          return (
            <div key={status}>
              <h4>{ui.groups[status]}</h4>
              <ul>
                {items.map((item) => (
                  <li key={item.key}>
                    {fillRich(item.skip === undefined ? ui.itemWeighted : ui.itemUnweighted, {
                      label: <strong>{label(item.key)}</strong>,
                      gewicht: formatNumber(item.weight),
                      text: explanationText(explainItem(item, fit), texts.fit),
                    })}
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
        {fit.base !== null && <p>{fill(ui.arithmetic, { punkte: formatNumber(fit.points, { maximumFractionDigits: 2 }), max: fit.maxPoints, wert: fit.base })}</p>}
        {fit.base !== null && fit.factor < 1 && (
          <p class="time-penalty">{fill(ui.timePenalty, { wert: fit.base, budget: formatNumber(fit.budget!), stunden: formatNumber(fit.hours!), ergebnis: fit.score! })}</p>
        )}
      </details>
      <div class="actions">
        <a class="button button-secondary" href={editorHref(candidate.id)}>
          {ui.edit}
          {which()}
        </a>
        <button type="button" class="danger" onClick={onRemove}>
          {ui.remove}
          {which()}
        </button>
      </div>
    </li>
  );
}
