/** One candidate: its fit with a short summary, the full explanation, and edit/delete. */
import type { ScoredCandidate, ItemStatus } from '../../lib/fit/fit-score';
import { describeItem } from '../../lib/fit/fit-score';
import { fill } from '../../i18n/format';
import { safeHref } from '../../lib/text/safe-href';
import type { NetzwerkCheckTexts } from './strings';

interface Props {
  scored: ScoredCandidate;
  texts: NetzwerkCheckTexts;
  /** The editor page for this candidate. */
  editHref: string;
  onRemove: () => void;
}

/** The id of a candidate's heading; focus moves there after adding, saving or undoing. */
export const cardHeadingId = (id: string) => `kandidat-${id}`;

const GROUPS: readonly ItemStatus[] = ['passt', 'teils', 'passt-nicht', 'offen', 'nicht-gezaehlt'];

export function CandidateCard({ scored, texts, editHref, onRemove }: Props) {
  const { candidate, fit } = scored;
  const { ui } = texts;
  const href = safeHref(candidate.link);
  const kind = candidate.kind && texts.kinds[candidate.kind];
  const names = (status: ItemStatus) => fit.items.filter((i) => i.status === status).map((i) => texts.fit.items[i.key].label);
  const line = (template: string, status: ItemStatus) => {
    const list = names(status);
    return list.length > 0 && <li>{fill(template, { liste: list.join(', ') })}</li>;
  };

  return (
    <li class="card candidate">
      <div class="candidate-head">
        <h3 id={cardHeadingId(candidate.id)} tabIndex={-1}>
          {candidate.name}
        </h3>
        <p class="fit">
          <span class="fit-label">{ui.fitLabel}: </span>
          {fit.score === null ? ui.noScore : fill(ui.score, { wert: String(fit.score) })}
        </p>
      </div>
      {fit.score !== null && <meter class="fit-meter" min={0} max={100} low={40} high={70} optimum={100} value={fit.score} aria-hidden="true" />}
      {fit.score === null && <p class="hint">{ui.noScoreHint}</p>}
      {kind && (
        <p class="muted">
          {ui.kindLabel} {kind}
        </p>
      )}
      {candidate.link &&
        (href ? (
          <p class="candidate-link">
            <a href={href} rel="noopener noreferrer nofollow">
              {href.replace(/^(https?:\/\/|mailto:)/, '').replace(/\/$/, '')}
            </a>
          </p>
        ) : (
          <p class="candidate-link muted">{candidate.link}</p>
        ))}
      {candidate.notes && <p class="notes">{candidate.notes}</p>}
      <ul class="fit-summary">
        {line(ui.summaryPasst, 'passt')}
        {line(ui.summaryNicht, 'passt-nicht')}
        {line(ui.summaryOffen, 'offen')}
      </ul>
      <details>
        <summary>{ui.details}</summary>
        {GROUPS.map((status) => {
          const items = fit.items.filter((i) => i.status === status);
          if (items.length === 0) return null;
          return (
            <div key={status}>
              <h4>{ui.groups[status]}</h4>
              <ul>
                {items.map((item) => (
                  <li key={item.key}>
                    <strong>{texts.fit.items[item.key].label}</strong>
                    {item.skip === undefined && ` (${fill(ui.weight, { n: String(item.weight) })})`}: {describeItem(item, fit, texts.fit)}
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
        {fit.score !== null && <p>{fill(ui.arithmetic, { punkte: String(fit.points).replace('.', ','), max: String(fit.maxPoints), wert: String(fit.score) })}</p>}
      </details>
      <div class="actions">
        <a class="button button-secondary" href={editHref}>
          {ui.edit}
          <span class="visually-hidden"> – {candidate.name}</span>
        </a>
        <button type="button" class="danger" onClick={onRemove}>
          {ui.remove}
          <span class="visually-hidden"> – {candidate.name}</span>
        </button>
      </div>
    </li>
  );
}
