/**
 * The network check's list: candidates sorted by fit with their explanation, delete with undo,
 * a filter for long lists, and the weights. Adding and editing happen on /netzwerk-check/bearbeiten/,
 * which comes back here with `?neu=<id>` or `?gespeichert=<id>`. Every word comes in through `texts`.
 */
import { useEffect, useState } from 'preact/hooks';
import { answersDefinition } from '../../lib/questionnaire/answers-schema';
import { candidatesDefinition } from '../../lib/fit/candidates-schema';
import { canAdd, weightsChanged, type Removed } from '../../lib/fit/candidates';
import { comparableDimensions, scoreCandidates } from '../../lib/fit/fit-score';
import { fill } from '../../i18n/format';
import { answersStore } from '../../stores/answers-store';
import { candidatesStore } from '../../stores/candidates-store';
import { removeCandidate, resetWeights, restoreCandidate, setWeight } from '../../stores/candidates';
import { usePersisted } from '../../stores/use-persisted';
import { StorageNotices } from '../shared/StorageNotices';
import { CandidateCard, cardHeadingId } from './CandidateCard';
import type { NetzwerkCheckTexts } from './strings';
import { Weights } from './Weights';
import { ROUTES } from '../../lib/site/routes';

const UNDO_ID = 'rueckgaengig';
export const EDITOR = ROUTES.netzwerkCheckEditor;

export default function NetzwerkCheck({ texts }: { texts: NetzwerkCheckTexts }) {
  const { ui } = texts;
  const state = usePersisted(candidatesStore);
  const selbsttest = usePersisted(answersStore);
  const [filter, setFilter] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [undo, setUndo] = useState<Removed | null>(null);
  // The element to focus once the next render is on screen.
  const [focus, setFocus] = useState<{ id: string } | null>(null);

  const answers = selbsttest.answers;
  const scored = scoreCandidates(state, answers);
  const count = scored.length;
  const needle = filter.trim().toLocaleLowerCase('de');
  const shown = needle ? scored.filter((s) => s.candidate.name.toLocaleLowerCase('de').includes(needle)) : scored;
  // What the scores compare against: the full ideal, part of it, or nothing yet.
  const comparable = comparableDimensions(answers) > 0;
  const [status, statusLink, warn] = selbsttest.summaryReached
    ? comparable
      ? [ui.profileOk, ui.profileOkLink, false]
      : [ui.profileOpen, ui.profileOpenLink, true]
    : comparable
      ? [ui.profilePartial, ui.profilePartialLink, true]
      : [ui.profileNone, ui.profileNoneLink, true];

  function done(message: string, focusId: string) {
    setAnnouncement(message);
    setFocus({ id: focusId });
  }

  // Back from the editor: announce what was saved and move focus to it.
  useEffect(() => {
    const params = new URLSearchParams(location.search);
    const id = params.get('neu') ?? params.get('gespeichert');
    const saved = scoreCandidates(candidatesStore.$state.get(), answersStore.$state.get().answers).find((s) => s.candidate.id === id);
    if (!saved) return;
    history.replaceState(null, '', location.pathname + location.hash);
    const score = saved.fit.score === null ? ui.noScore : fill(ui.score, { wert: String(saved.fit.score) });
    done(fill(params.has('neu') ? ui.added : ui.saved, { name: saved.candidate.name, wert: score }), cardHeadingId(saved.candidate.id));
  }, []);

  useEffect(() => {
    if (focus) document.getElementById(focus.id)?.focus();
  }, [focus]);

  function remove(id: string) {
    const removed = removeCandidate(id);
    if (!removed) return;
    setUndo(removed);
    done(fill(ui.deleted, { name: removed.candidate.name }), UNDO_ID);
  }

  function restore() {
    if (!undo) return;
    restoreCandidate(undo);
    setUndo(null);
    done(fill(ui.restored, { name: undo.candidate.name }), cardHeadingId(undo.candidate.id));
  }

  return (
    <div class="netzwerk-check">
      <StorageNotices keys={[candidatesDefinition.key, answersDefinition.key]} />
      <p class={warn ? 'notice notice-warn' : 'notice'}>
        {status} <a href={ROUTES.selbsttest}>{statusLink}</a>
      </p>

      <div role="status" aria-live="polite">
        {undo ? (
          <p class="notice undo" id={UNDO_ID} tabIndex={-1}>
            {announcement}{' '}
            <button type="button" class="secondary" onClick={restore}>
              {ui.undo}
            </button>
          </p>
        ) : (
          <p class="visually-hidden">{announcement}</p>
        )}
      </div>

      <section aria-labelledby="liste-titel">
        <h2 id="liste-titel">
          {ui.listTitle} ({count})
        </h2>
        {count === 0 && (
          <div class="notice empty">
            <h3>{ui.emptyTitle}</h3>
            <p>{ui.emptyText}</p>
          </div>
        )}
        <p>
          {canAdd(state) ? (
            <a class="button" href={EDITOR}>
              {ui.add}
            </a>
          ) : (
            ui.full
          )}
        </p>

        {count >= 8 && (
          <div class="field">
            <label for="filter">{ui.filter}</label>
            <input type="search" id="filter" value={filter} autoComplete="off" aria-describedby="filter-ergebnis" onInput={(event) => setFilter(event.currentTarget.value)} />
            <p class="hint" id="filter-ergebnis" aria-live="polite">
              {needle && fill(shown.length === 0 ? ui.filterNone : ui.filterCount, { n: String(shown.length), gesamt: String(count), filter: filter.trim() })}
            </p>
          </div>
        )}

        <ol class="candidate-list">
          {shown.map((s) => (
            <CandidateCard key={s.candidate.id} scored={s} texts={texts} editHref={`${EDITOR}?id=${encodeURIComponent(s.candidate.id)}`} onRemove={() => remove(s.candidate.id)} />
          ))}
        </ol>
      </section>

      {count > 0 && (
        <Weights
          weights={state.weights}
          texts={texts}
          changed={weightsChanged(state)}
          onChange={setWeight}
          onReset={() => {
            resetWeights();
            done(ui.weightsWereReset, 'gewichte-titel');
          }}
        />
      )}
    </div>
  );
}
