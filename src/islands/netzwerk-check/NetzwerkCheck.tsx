/**
 * The network check's list: candidates sorted by fit with their explanation, delete with undo,
 * a filter for long lists, and the weights. Adding and editing happen on /netzwerk-check/bearbeiten/,
 * which comes back here with `?neu=<id>` or `?gespeichert=<id>`. Every word comes in through `texts`.
 */
import { useEffect, useState } from 'preact/hooks';
import { answersDefinition } from '../../lib/questionnaire/answers-schema';
import { CANDIDATE_LIMITS, SCORED_CHECKS, candidatesDefinition } from '../../lib/fit/candidates-schema';
import { FILTER_FROM, canAdd, filterByName, weightsChanged } from '../../lib/fit/candidates';
import { cardHeadingId, editorHref } from '../../lib/fit/check-links';
import { deletedNotice, restoredNotice, returnNotice, undoOf, type CheckNotice } from '../../lib/fit/check-notices';
import { SORT_ORDERS, scoreCandidates, type SortOrder } from '../../lib/fit/fit-score';
import { profileStatus } from '../../lib/fit/profile-status';
import { ROUTES } from '../../lib/site/routes';
import { fill } from '../../i18n/format';
import { answersStore } from '../../stores/answers-store';
import { candidatesStore } from '../../stores/candidates-store';
import { removeCandidate, resetWeights, restoreCandidate, setWeight } from '../../stores/candidates';
import { usePersisted } from '../../stores/use-persisted';
import { StorageNotices } from '../shared/StorageNotices';
import { retryable } from '../shared/fresh-import';
import { LazyFallback } from '../shared/LazyFallback';
import { useLazyPart } from '../shared/use-lazy';
import { scoreText } from './render';
import type { NetzwerkCheckTexts } from './texts';

const UNDO_ID = 'rueckgaengig';
const WEIGHTS_ID = 'gewichte-titel';
const loadParts = retryable(() => import('./CheckParts'), 'CandidateCard');

/** Where focus goes once a notice is on screen. */
const focusOf = (notice: CheckNotice) => (notice.code === 'deleted' ? UNDO_ID : notice.code === 'weightsReset' ? WEIGHTS_ID : cardHeadingId(notice.id));

export default function NetzwerkCheck({ texts }: { texts: NetzwerkCheckTexts }) {
  const { ui } = texts;
  const state = usePersisted(candidatesStore);
  const selbsttest = usePersisted(answersStore);
  const [filter, setFilter] = useState('');
  const [notice, setNotice] = useState<CheckNotice | null>(null);
  const [order, setOrder] = useState<SortOrder>('passung');
  const scored = scoreCandidates(state, selbsttest.answers, order);
  const lazy = { scored, texts, checks: SCORED_CHECKS, weights: state.weights };
  const count = scored.length;
  // Cards, weights and comparison load once there is a network to show (byte budget of the first load);
  // until then a quiet line, and if they cannot be loaded a message with „Erneut versuchen“.
  const partsPart = useLazyPart(loadParts, count > 0);
  const parts = partsPart.module;
  const query = filter.trim();
  const shown = filterByName(scored, query);
  const status = profileStatus(selbsttest);
  const undo = undoOf(notice);
  const message = notice && (notice.code === 'weightsReset' ? ui.notices.weightsReset : fill(ui.notices[notice.code], { name: notice.name, wert: 'score' in notice ? scoreText(notice.score, ui) : '' }));

  // Back from the editor: announce what was saved (and move focus to it, below).
  useEffect(() => {
    const back = returnNotice(candidatesStore.$state.get(), answersStore.$state.get().answers, location.search);
    if (!back) return;
    history.replaceState(null, '', location.pathname + location.hash);
    setNotice(back);
  }, []);

  useEffect(() => {
    // Again once the cards are there: a card's heading exists only then.
    if (notice) document.getElementById(focusOf(notice))?.focus();
  }, [notice, parts]);

  function remove(id: string) {
    const removed = removeCandidate(id);
    if (removed) setNotice(deletedNotice(removed));
  }

  function restore() {
    if (!undo) return;
    restoreCandidate(undo);
    setNotice(restoredNotice(undo));
  }

  return (
    <div class="netzwerk-check">
      <StorageNotices keys={[candidatesDefinition.key, answersDefinition.key]} />
      <p class={status === 'ok' ? 'notice' : 'notice notice-warn'}>
        {texts.profile[status].text} <a href={ROUTES.selbsttest}>{texts.profile[status].link}</a>
      </p>

      <div role="status" aria-live="polite">
        {undo ? (
          <p class="notice undo" id={UNDO_ID} tabIndex={-1}>
            {message}{' '}
            <button type="button" class="secondary" onClick={restore}>
              {ui.undo}
            </button>
          </p>
        ) : (
          <p class="visually-hidden">{message}</p>
        )}
      </div>

      <section aria-labelledby="liste-titel">
        <h2 id="liste-titel">{fill(ui.listTitle, { n: count })}</h2>
        {count === 0 && (
          <div class="notice empty">
            <h3>{ui.emptyTitle}</h3>
            <p>{ui.emptyText}</p>
          </div>
        )}
        <p>
          {canAdd(state) ? (
            <a class="button" href={editorHref()}>
              {ui.add}
            </a>
          ) : (
            fill(ui.full, { max: CANDIDATE_LIMITS.candidates })
          )}
        </p>

        {count > 0 && !parts && <LazyFallback part={partsPart} texts={ui.parts} id="netzwerke-status" />}

        {count > 1 && (
          // A disclosure: the summary is the „Netzwerke vergleichen“ button, keyboard and state built in.
          <details>
            <summary>{texts.compare.open}</summary>
            {parts && <parts.Comparison {...lazy} />}
          </details>
        )}

        {count >= FILTER_FROM && (
          <div class="field">
            <label for="filter">{ui.filter}</label>
            <input type="search" id="filter" value={filter} autoComplete="off" aria-describedby="filter-ergebnis" onInput={(event) => setFilter(event.currentTarget.value)} />
            <p class="hint" id="filter-ergebnis" aria-live="polite">
              {query && (shown.length === 0 ? fill(ui.filterNone, { filter: query }) : fill(ui.filterCount, { n: shown.length, gesamt: count }))}
            </p>
          </div>
        )}

        {count > 1 && (
          <div class="field">
            <label for="sortierung">{ui.sort}</label>
            <select id="sortierung" value={order} onChange={(event) => setOrder(event.currentTarget.value as SortOrder)}>
              {SORT_ORDERS.map((o) => (
                <option key={o} value={o}>
                  {ui.sortOrders[o]}
                </option>
              ))}
            </select>
          </div>
        )}

        <ol class="candidate-list">
          {parts &&
            shown.map((s) => <parts.CandidateCard key={s.candidate.id} scored={s} texts={texts} onRemove={() => remove(s.candidate.id)} />)}
        </ol>
      </section>

      {parts && count > 0 && (
        <parts.Weights
          weights={state.weights}
          texts={texts}
          changed={weightsChanged(state)}
          onChange={setWeight}
          effect={<parts.WeightEffect {...lazy} />}
          onReset={() => {
            resetWeights();
            setNotice({ code: 'weightsReset' });
          }}
        />
      )}
    </div>
  );
}
