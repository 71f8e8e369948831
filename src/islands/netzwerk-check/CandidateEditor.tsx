/**
 * The editor page's island: adds a candidate, or edits the one named by `?id=`, then returns to
 * the list, which announces the change and moves focus to it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { CANDIDATE_LIMITS, candidatesDefinition } from '../../lib/fit/candidates-schema';
import { canAdd, findCandidate } from '../../lib/fit/candidates';
import { candidateFromDraft, draftFromCandidate } from '../../lib/fit/candidate-draft';
import { editedId, listHref, returnHref } from '../../lib/fit/check-links';
import { hoursPerMonth } from '../../lib/questionnaire/hours';
import { fill } from '../../i18n/format';
import { formatHours } from '../../i18n/units';
import { answersStore } from '../../stores/answers-store';
import { addCandidate, updateCandidate } from '../../stores/candidates';
import { candidatesStore } from '../../stores/candidates-store';
import { newId } from '../../lib/storage/new-id';
import { usePersisted } from '../../stores/use-persisted';
import { StorageNotices } from '../shared/StorageNotices';
import { CandidateForm } from './CandidateForm';
import type { EditorTexts } from './texts';

export default function CandidateEditor({ texts }: { texts: EditorTexts }) {
  const { ui } = texts;
  const state = usePersisted(candidatesStore);
  const hours = hoursPerMonth(usePersisted(answersStore).answers);
  // The id to edit, read after hydration so that the first render matches the server's (add).
  const [id, setId] = useState<string | null>(null);
  useEffect(() => setId(editedId(location.search)), []);
  // One id per new candidate and one navigation per save: a double click saves it once.
  const [freshId] = useState(newId);
  const leaving = useRef(false);

  const found = id === null ? null : findCandidate(state, id);
  const back = listHref(found?.candidate.id);

  let content;
  if (id !== null && !found) content = <p class="notice notice-warn">{ui.notFound}</p>;
  else if (!found && !canAdd(state)) content = <p class="notice notice-warn">{fill(ui.full, { max: CANDIDATE_LIMITS.candidates })}</p>;
  else {
    content = (
      <CandidateForm
        key={found?.candidate.id ?? 'neu'}
        texts={texts}
        initial={found ? draftFromCandidate(found.candidate) : undefined}
        budget={hours === null ? null : formatHours(hours)}
        onSave={(draft) => {
          if (leaving.current) return;
          const candidate = candidateFromDraft(draft, found ? found.candidate.id : freshId);
          if (found ? updateCandidate(candidate) : addCandidate(candidate)) {
            leaving.current = true;
            location.assign(returnHref(candidate.id, found ? 'saved' : 'added'));
          }
        }}
        cancelHref={back}
        others={state.candidates}
        ownId={found?.candidate.id ?? null}
      />
    );
  }

  return (
    <div class="netzwerk-check">
      <StorageNotices keys={[candidatesDefinition.key]} />
      <p class="no-print">
        <a class="back-link" href={back}>
          {ui.back}
        </a>
      </p>
      <h1>{found ? fill(ui.editTitle, { name: found.candidate.name }) : ui.addTitle}</h1>
      {content}
    </div>
  );
}
