import { useMemo, useState } from 'preact/hooks';
import { type IsoDay } from '../../lib/dates/iso-day';
import { isOverdue, sortActions } from '../../lib/planner/planner';
import type { Action } from '../../lib/planner/planner-schema';
import { addAction, removeAction, updateAction } from '../../stores/planner';
import { ErrorSummary, useErrorTitle, type FieldError } from '../shared/ErrorSummary';
import { announce } from './announce';
import { DoneToggle } from './DoneToggle';
import { Field } from './fields';
import { focusSoon } from './Item';
import { usePlanner } from './use-planner';
import { useToday } from './use-today';
import { formatDay } from '../../i18n/format';

function AddActionForm() {
  const [title, setTitle] = useState('');
  const [due, setDue] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  useErrorTitle(errors.length > 0);
  const submit = (event: Event) => {
    event.preventDefault();
    const t = title.trim();
    setErrors(t ? [] : [{ fieldId: 'aktion-titel', message: 'Beschreib den Schritt in ein paar Worten.' }]);
    if (!t) return;
    addAction(t, due);
    announce(`Aktion „${t}“ hinzugefügt.`);
    setTitle('');
    setDue('');
    focusSoon('aktion-titel');
  };
  return (
    <form class="card add-form" onSubmit={submit} noValidate>
      <h2>Neue Aktion</h2>
      <ErrorSummary errors={errors} />
      <Field id="aktion-titel" label="Was ist zu tun?" value={title} onValue={setTitle} error={errors[0]?.message} hint="Ein konkreter Schritt, etwa „LinkedIn-Profil überarbeiten“ oder „Zum Stammtisch der IHK anmelden“." />
      <Field id="aktion-datum" type="date" label="Bis wann?" optional value={due} onValue={setDue} />
      <button type="submit">Aktion hinzufügen</button>
    </form>
  );
}

/** Changes an action's title and due day in place; saving or cancelling returns focus to „Bearbeiten“. */
function EditAction({ action: a, onDone }: { action: Action; onDone: () => void }) {
  const [title, setTitle] = useState(a.title);
  const [due, setDue] = useState<string>(a.due);
  const [error, setError] = useState<string | undefined>();
  const close = () => {
    onDone();
    focusSoon(`bearbeiten-${a.id}`);
  };
  const save = (event: Event) => {
    event.preventDefault();
    const t = title.trim();
    if (!t) return setError('Beschreib den Schritt in ein paar Worten.');
    updateAction(a.id, { title: t, due: due as IsoDay | '' });
    announce(`Aktion „${t}“ geändert.`);
    close();
  };
  return (
    <form class="card add-form" onSubmit={save} noValidate aria-label={`Aktion bearbeiten: ${a.title}`}>
      <Field id={`aktion-${a.id}-titel`} label="Aktion" value={title} onValue={setTitle} error={error} />
      <Field id={`aktion-${a.id}-datum`} type="date" label="Fällig am" optional value={due} onValue={setDue} />
      <p class="actions">
        <button type="submit">Änderung speichern</button>
        <button type="button" class="secondary" onClick={close}>
          Abbrechen
        </button>
      </p>
    </form>
  );
}

function ActionItem({ action: a, today }: { action: Action; today: IsoDay | null }) {
  const id = `aktion-${a.id}`;
  const overdue = !!today && isOverdue(a, today);
  const [editing, setEditing] = useState(false);
  if (editing) return <li class="action-item"><EditAction action={a} onDone={() => setEditing(false)} /></li>;
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
            announce(done ? `„${a.title}“ ist erledigt.` : `„${a.title}“ ist wieder offen.`);
            focusSoon('aktionen-offen');
          }}
        />
        <label for={id}>
          {a.title}
          {a.due && (
            <span class="muted">
              {' '}
              – bis <time dateTime={a.due}>{formatDay(a.due)}</time>
            </span>
          )}
          {overdue && <strong class="status-tag status-overdue">überfällig</strong>}
        </label>
      </div>
      <button
        type="button"
        class="link"
        id={`bearbeiten-${a.id}`}
        aria-label={`Bearbeiten: ${a.title}`}
        onClick={() => {
          setEditing(true);
          focusSoon(`aktion-${a.id}-titel`);
        }}
      >
        Bearbeiten
      </button>
      <button
        type="button"
        class="link"
        aria-label={`Löschen: ${a.title}`}
        onClick={() => {
          removeAction(a.id);
          announce(`Aktion „${a.title}“ gelöscht.`);
          focusSoon('aktion-titel');
        }}
      >
        Löschen
      </button>
    </li>
  );
}

/** „Aktionen“: concrete steps with due dates and a done state; overdue ones are marked. */
export function ActionsSection() {
  const { actions, done } = usePlanner();
  const today = useToday();
  const sorted = useMemo(() => sortActions(actions), [actions]);
  const open = sorted.filter((a) => !a.done);
  const finished = sorted.filter((a) => a.done);
  const late = today ? open.filter((a) => isOverdue(a, today)).length : 0;
  const list = (items: Action[]) => (
    <ul class="plain-list">
      {items.map((a) => (
        <ActionItem key={a.id} action={a} today={today} />
      ))}
    </ul>
  );
  return (
    <>
      <AddActionForm />
      <h2 id="aktionen-offen" tabIndex={-1}>
        Offene Aktionen ({open.length})
      </h2>
      {late > 0 && <p class="notice notice-warn">{late === 1 ? 'Eine Aktion ist überfällig' : `${late} Aktionen sind überfällig`}: Erledige sie, streich sie – oder leg sie neu an, wenn sich der Plan geändert hat.</p>}
      {open.length ? list(open) : <p>{actions.length ? 'Alles erledigt – Zeit für den nächsten Schritt.' : 'Noch keine Aktionen geplant.'}</p>}
      {finished.length > 0 && (
        <details>
          <summary>Erledigte Aktionen ({finished.length})</summary>
          {list(finished)}
        </details>
      )}
      <DoneToggle id="aktionen" done={done} />
    </>
  );
}
