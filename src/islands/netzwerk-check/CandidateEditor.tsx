/**
 * The editor page's island: adds a candidate, or edits the one named by `?id=`, then returns to
 * the list, which announces the change and moves focus to it.
 */
import { useEffect, useState } from 'preact/hooks';
import { candidatesDefinition } from '../../lib/fit/candidates-schema';
import { canAdd, findCandidate } from '../../lib/fit/candidates';
import { candidateFromDraft, draftFromCandidate } from '../../lib/fit/candidate-draft';
import { hoursPerMonth } from '../../lib/questionnaire/hours';
import { fill } from '../../i18n/format';
import { answersStore } from '../../stores/answers-store';
import { addCandidate, updateCandidate } from '../../stores/candidates';
import { candidatesStore } from '../../stores/candidates-store';
import { newId } from '../../lib/storage/new-id';
import { usePersisted } from '../../stores/use-persisted';
import { StorageNotices } from '../shared/StorageNotices';
import { CandidateForm } from './CandidateForm';
import type { NetzwerkCheckTexts } from './strings';
import { ROUTES } from '../../lib/site/routes';
import { formatHours } from '../../i18n/units';

const LIST = ROUTES.netzwerkCheck;

export default function CandidateEditor({ texts }: { texts: NetzwerkCheckTexts }) {
  const { ui } = texts;
  const state = usePersisted(candidatesStore);
  const hours = hoursPerMonth(usePersisted(answersStore).answers);
  // The id to edit, read after hydration so that the first render matches the server's (add).
  const [id, setId] = useState<string | null>(null);
  useEffect(() => setId(new URLSearchParams(location.search).get('id')), []);

  const found = id === null ? null : findCandidate(state, id);
  const back = (
    <p class="no-print">
      <a class="back-link" href={found ? `${LIST}#kandidat-${found.candidate.id}` : LIST}>
        {ui.back}
      </a>
    </p>
  );

  let content;
  if (id !== null && !found) content = <p class="notice notice-warn">{ui.notFound}</p>;
  else if (!found && !canAdd(state)) content = <p class="notice notice-warn">{ui.full}</p>;
  else {
    content = (
      <CandidateForm
        key={found?.candidate.id ?? 'neu'}
        texts={texts}
        initial={found ? draftFromCandidate(found.candidate) : undefined}
        budget={hours === null ? null : formatHours(hours)}
        onSave={(draft) => {
          const candidate = candidateFromDraft(draft, found ? found.candidate.id : newId());
          if (found ? updateCandidate(candidate) : addCandidate(candidate)) {
            location.assign(`${LIST}?${found ? 'gespeichert' : 'neu'}=${encodeURIComponent(candidate.id)}#kandidat-${candidate.id}`);
          }
        }}
        cancelHref={found ? `${LIST}#kandidat-${found.candidate.id}` : LIST}
      />
    );
  }

  return (
    <div class="netzwerk-check">
      <StorageNotices keys={[candidatesDefinition.key]} />
      {back}
      <h1>{found ? fill(ui.editTitle, { name: found.candidate.name }) : ui.addTitle}</h1>
      {content}
    </div>
  );
}
