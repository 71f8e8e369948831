import { useMemo, useState } from 'preact/hooks';
import type { PlanerTexts } from '../../i18n/de/planer';
import { fill, formatDay, plural } from '../../i18n/format';
import { type IsoDay } from '../../lib/dates/iso-day';
import { filledText } from '../../lib/planner/input-checks';
import { actionLists, isOverdue } from '../../lib/planner/planner';
import { PLANNER_LIMITS, type Action } from '../../lib/planner/planner-schema';
import { $planner, addAction, removeWithUndo, updateAction } from '../../stores/planner';
import { UNDO_ID } from './UndoNotice';
import { ErrorSummary, useErrorTitle, type FieldError } from '../shared/ErrorSummary';
import { announce } from './announce';
import { useCommonTexts } from './common-texts';
import { ActionLinkFields, ActionLinksLine } from './ActionLinks';
import { DoneToggle } from './DoneToggle';
import { Field } from './fields';
import { CancelButton } from '../shared/CancelButton';
import { focusSoon } from './focus';
import { rich } from './rich';
import { checkRevision, sameContent, type FieldDifference } from '../../lib/forms/revision';
import { useLazy } from '../shared/use-lazy';
import { usePlanner } from './use-planner';
import { useToday } from './use-today';

type Texts = PlanerTexts['actions'];
const MAX = PLANNER_LIMITS.action.title;

function AddActionForm({ texts }: { texts: Texts }) {
  const [title, setTitle] = useState('');
  const [due, setDue] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  useErrorTitle(errors.length > 0);
  const submit = (event: Event) => {
    event.preventDefault();
    const t = filledText(title);
    setErrors(t ? [] : [{ fieldId: 'aktion-titel', message: texts.titleMissing }]);
    if (!t) return;
    addAction(t, due as IsoDay | '');
    announce(fill(texts.added, { title: t }));
    setTitle('');
    setDue('');
    focusSoon('aktion-titel');
  };
  return (
    <form class="card add-form" onSubmit={submit} noValidate>
      <h2>{texts.addTitle}</h2>
      <ErrorSummary errors={errors} />
      <Field id="aktion-titel" label={texts.what} maxLength={MAX} value={title} onValue={setTitle} error={errors[0]?.message} hint={texts.whatHint} />
      <Field id="aktion-datum" type="date" label={texts.until} optional value={due} onValue={setDue} />
      <button type="submit">{texts.add}</button>
    </form>
  );
}

/** The fields the edit form changes. */
const editable = (a: Action) => ({ title: a.title, due: a.due as string, goalId: a.goalId, contactIds: a.contactIds });

/** Changes an action's title, due day and links in place; saving or cancelling returns focus to „Bearbeiten“. */
function EditAction({ action: a, onDone, texts }: { action: Action; onDone: () => void; texts: Texts }) {
  const common = useCommonTexts();
  const { goals, contacts } = usePlanner();
  const [title, setTitle] = useState(a.title);
  const [due, setDue] = useState<string>(a.due);
  const [goalId, setGoalId] = useState(a.goalId);
  const [contactIds, setContactIds] = useState<string[]>(a.contactIds);
  const [error, setError] = useState<string | undefined>();
  // The action as the form opened it, and as the form holds it now.
  const [start] = useState(() => editable(a));
  const mine = { title, due, goalId, contactIds };
  const close = () => {
    onDone();
    focusSoon(`bearbeiten-${a.id}`);
  };
  const [conflict, setConflict] = useState<FieldDifference[] | null>(null);
  const conflictView = useLazy(() => import('../shared/RevisionConflict'), conflict !== null);
  const write = (fields: ReturnType<typeof editable>) => {
    updateAction(a.id, { ...fields, due: fields.due as IsoDay | '' });
    announce(fill(texts.changed, { title: fields.title }));
    close();
  };
  const save = (event: Event) => {
    event.preventDefault();
    const t = filledText(title);
    if (!t) return setError(texts.titleMissing);
    const fields = { ...mine, title: t };
    // The action as stored now against the one the form opened: a change from another tab is shown, not overwritten.
    const current = $planner.get().actions.find((x) => x.id === a.id);
    const check = checkRevision(start, current ? editable(current) : null, fields);
    if (check.status === 'changed') return setConflict(check.fields);
    if (check.status === 'deleted') {
      const id = addAction(t, due as IsoDay | '');
      updateAction(id, { goalId, contactIds });
      announce(fill(texts.added, { title: t }));
      return onDone();
    }
    write(fields);
  };
  const goalName = (id: string) => (id ? goals.find((g) => g.id === id)?.text || texts.links.untitledGoal : texts.links.noGoal);
  const shown = (key: string, value: unknown): string =>
    key === 'goalId' ? goalName(String(value)) : key === 'contactIds' ? (value as string[]).map((id) => contacts.find((c) => c.id === id)?.name ?? id).join(', ') : key === 'due' && value ? formatDay(value as IsoDay) : String(value ?? '');
  const labels: Record<string, string> = { title: texts.title, due: texts.due, goalId: texts.links.goal, contactIds: texts.links.contacts };
  return (
    <form class="card add-form" onSubmit={save} noValidate aria-label={fill(texts.editLabel, { title: a.title })}>
      <Field id={`aktion-${a.id}-titel`} label={texts.title} maxLength={MAX} value={title} onValue={setTitle} error={error} />
      <Field id={`aktion-${a.id}-datum`} type="date" label={texts.due} optional value={due} onValue={setDue} />
      <ActionLinkFields id={`aktion-${a.id}`} goalId={goalId} contactIds={contactIds} goals={goals} contacts={contacts} texts={texts.links} onGoal={setGoalId} onContacts={setContactIds} />
      {conflict && (conflictView ? (
        <conflictView.RevisionConflict
          id={`aktion-${a.id}-fassungen`}
          texts={common.form}
          rows={conflict.map((d) => ({ label: labels[d.key] ?? d.key, theirs: shown(d.key, d.theirs), mine: shown(d.key, d.mine) }))}
          onMine={() => write({ ...mine, title: filledText(title) ?? a.title })}
          onTheirs={close}
        />
      ) : (
        <p role="status">{common.form.loading}</p>
      ))}
      <p class="actions">
        <button type="submit">{texts.save}</button>
        <CancelButton id={`aktion-${a.id}-abbrechen`} label={texts.cancel} changed={!sameContent(start, mine)} onCancel={close} texts={common.form} />
      </p>
    </form>
  );
}

function ActionItem({ action: a, today, texts }: { action: Action; today: IsoDay | null; texts: Texts }) {
  const common = useCommonTexts();
  const { goals, contacts } = usePlanner();
  const id = `aktion-${a.id}`;
  const overdue = !!today && isOverdue(a, today);
  const [editing, setEditing] = useState(false);
  if (editing) return <li class="action-item"><EditAction action={a} texts={texts} onDone={() => setEditing(false)} /></li>;
  return (
    <li class={overdue ? 'action-item overdue' : 'action-item'}>
      <div class="choice">
        <input
          type="checkbox"
          id={id}
          checked={a.done}
          onChange={(e) => {
            const done = e.currentTarget.checked;
            updateAction(a.id, { done });
            // The action moves to the other list; focus waits at the list's heading.
            announce(fill(done ? texts.done : texts.reopened, { title: a.title }));
            focusSoon('aktionen-offen');
          }}
        />
        <label for={id}>
          {a.title}
          {a.due && (
            <span class="muted">
              {' '}
              {rich(texts.dueBy, { day: <time dateTime={a.due}>{formatDay(a.due)}</time> })}
            </span>
          )}
          {overdue && <strong class="status-tag status-overdue">{common.overdue}</strong>}
        </label>
        <ActionLinksLine action={a} goals={goals} contacts={contacts} texts={texts.links} />
      </div>
      <button
        type="button"
        class="link"
        id={`bearbeiten-${a.id}`}
        aria-label={fill(texts.editName, { title: a.title })}
        onClick={() => {
          setEditing(true);
          focusSoon(`aktion-${a.id}-titel`);
        }}
      >
        {texts.edit}
      </button>
      <button
        type="button"
        class="link"
        aria-label={fill(texts.removeName, { title: a.title })}
        onClick={() => {
          removeWithUndo('actions', a.id, fill(texts.removedLabel, { title: a.title }), `bearbeiten-${a.id}`);
          announce(fill(texts.removed, { title: a.title }));
          focusSoon(UNDO_ID);
        }}
      >
        {texts.remove}
      </button>
    </li>
  );
}

/** „Aktionen“: concrete steps with due dates and a done state; overdue ones are marked. */
export function ActionsSection({ texts }: { texts: Texts }) {
  const { actions, done } = usePlanner();
  const today = useToday();
  const lists = useMemo(() => actionLists(actions, today), [actions, today]);
  const list = (items: Action[]) => (
    <ul class="plain-list">
      {items.map((a) => (
        <ActionItem key={a.id} action={a} today={today} texts={texts} />
      ))}
    </ul>
  );
  return (
    <>
      <AddActionForm texts={texts} />
      <h2 id="aktionen-offen" tabIndex={-1}>
        {fill(texts.open, { n: lists.open.length })}
      </h2>
      {lists.overdue > 0 && <p class="notice notice-warn">{plural(texts.overdue, lists.overdue)}</p>}
      {lists.open.length ? list(lists.open) : <p>{actions.length ? texts.allDone : texts.none}</p>}
      {lists.done.length > 0 && (
        <details>
          <summary>{fill(texts.finished, { n: lists.done.length })}</summary>
          {list(lists.done)}
        </details>
      )}
      <DoneToggle id="aktionen" done={done} />
    </>
  );
}
