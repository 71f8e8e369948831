/**
 * The editor page's island: adds a candidate, or edits the one named by `?id=`, then returns to
 * the list, which announces the change and moves focus to it. The form edits a copy: on save the
 * stored candidate is compared with the one the form opened (checkRevision), so a change made in
 * another tab meanwhile is shown next to the reader's instead of being overwritten, and a delete
 * meanwhile keeps the typed text with „Als neuen Eintrag speichern“.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Candidate } from '../../lib/fit/candidates-schema';
import { checkRevision, type FieldDifference } from '../../lib/forms/revision';
import type { CandidateDraft } from '../../lib/fit/candidate-draft';
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
import { useLazy } from '../shared/use-lazy';
import type { ConflictRow } from '../shared/RevisionConflict';
import { CandidateForm } from './CandidateForm';
import { CancelButton } from '../shared/CancelButton';
import type { EditorTexts, FormField } from './texts';

/** The differing fields in the form's words: its labels, option labels for chosen values. */
function conflictRows(fields: readonly FieldDifference[], form: readonly FormField[]): ConflictRow[] {
  const flat = (list: readonly FormField[]): FormField[] => list.flatMap((f) => (f.type === 'group' ? flat(f.fields) : [f]));
  const all = flat(form);
  return fields.map(({ key, theirs, mine }) => {
    const f = all.find((x) => x.type !== 'group' && x.key === key);
    const options = f && 'options' in f ? f.options : [];
    const word = (v: unknown) => options.find(([o]) => o === v)?.[1] ?? String(v);
    const shown = (v: unknown) => (Array.isArray(v) ? v.map(word).join(', ') : word(v ?? ''));
    return { label: f?.label ?? key, theirs: shown(theirs), mine: shown(mine) };
  });
}

export default function CandidateEditor({ texts }: { texts: EditorTexts }) {
  const { ui } = texts;
  const state = usePersisted(candidatesStore);
  const hours = hoursPerMonth(usePersisted(answersStore).answers);
  // The id to edit, read after hydration so that the first render matches the server's (add).
  const [id, setId] = useState<string | null>(null);
  useEffect(() => setId(editedId(location.search)), []);
  // Whether the form differs from what it opened with (the form says so).
  const [changed, setChanged] = useState(false);
  // One id per new candidate and one navigation per save: a double click („Speichern“, „Meine Fassung speichern“) saves it once.
  const [freshId] = useState(newId);
  const leaving = useRef(false);

  const found = id === null ? null : findCandidate(state, id);
  // The candidate as the form opened it: what a save is checked against.
  const base = useRef<Candidate | null>(null);
  if (found && !base.current) base.current = found.candidate;
  const opened = base.current;
  const deleted = opened !== null && !found;
  const [conflict, setConflict] = useState<{ draft: CandidateDraft; fields: FieldDifference[] } | null>(null);
  const conflictView = useLazy(() => import('../shared/RevisionConflict'), conflict !== null);
  const back = listHref(found?.candidate.id);

  const leave = (href: string) => {
    leaving.current = true;
    location.assign(href);
  };
  /** Writes the draft: over the stored candidate, or as a new one – once, as the page then leaves. */
  const write = (draft: CandidateDraft, asNew: boolean) => {
    if (leaving.current) return;
    const candidate = candidateFromDraft(draft, asNew || !opened ? freshId : opened.id);
    if (asNew || !opened ? addCandidate(candidate) : updateCandidate(candidate)) leave(returnHref(candidate.id, asNew || !opened ? 'added' : 'saved'));
  };
  const onSave = (draft: CandidateDraft) => {
    if (leaving.current) return;
    if (!opened) return write(draft, true);
    const current = findCandidate(candidatesStore.$state.get(), opened.id)?.candidate ?? null;
    // Compared as saved (a link gets its https://), so only real differences count.
    const saved = draftFromCandidate(candidateFromDraft(draft, opened.id));
    const check = checkRevision(draftFromCandidate(opened), current && draftFromCandidate(current), saved);
    if (check.status === 'changed') return setConflict({ draft, fields: check.fields });
    write(draft, check.status === 'deleted');
  };

  let content;
  if (id !== null && !found && !opened) content = <p class="notice notice-warn">{ui.notFound}</p>;
  else if (!found && !canAdd(state)) content = <p class="notice notice-warn">{fill(ui.full, { max: CANDIDATE_LIMITS.candidates })}</p>;
  else {
    content = (
      <>
        {deleted && (
          <p class="notice notice-warn" role="status">
            {ui.form.deleted}
          </p>
        )}
        {conflict && !deleted && (conflictView ? (
          <conflictView.RevisionConflict
            id="fassungen"
            texts={ui.form}
            rows={conflictRows(conflict.fields, texts.form)}
            onMine={() => write(conflict.draft, false)}
            onTheirs={() => leave(listHref(opened?.id))}
          />
        ) : (
          <p role="status">{ui.form.loading}</p>
        ))}
        <CandidateForm
          key={opened?.id ?? 'neu'}
          texts={texts}
          initial={opened ? draftFromCandidate(opened) : undefined}
          budget={hours === null ? null : formatHours(hours)}
          saveLabel={deleted ? ui.form.saveAsNew : undefined}
          onSave={onSave}
          onChanged={setChanged}
          cancelHref={back}
          others={state.candidates}
          ownId={found?.candidate.id ?? null}
        />
      </>
    );
  }

  return (
    <div class="netzwerk-check">
      <StorageNotices keys={[candidatesDefinition.key]} />
      <p class="no-print">
        {/* Leaving a changed form asks first, like „Abbrechen“ under it. */}
        <CancelButton id="kandidat-zurueck" linkClass="back-link" label={ui.back} href={back} changed={changed} onCancel={() => location.assign(back)} texts={ui.form} />
      </p>
      <h1>{opened ? fill(ui.editTitle, { name: opened.name }) : ui.addTitle}</h1>
      {content}
    </div>
  );
}
