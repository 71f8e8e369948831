import { useEffect, useState } from 'preact/hooks';
import type { IsoDay } from '../../lib/dates/iso-day';
import type { Priority, Rhythm } from '../../lib/planner/planner-schema';
import { addContact } from '../../stores/planner-contacts';
import { ErrorSummary, useErrorTitle, type FieldError } from '../shared/ErrorSummary';
import { announce } from './announce';
import { NAME_MESSAGE, priorities, PRIORITY_HINT, rhythms } from './contact-options';
import { Field, Select } from './fields';

/**
 * The short form for a new contact: name, organisation, priority and rhythm. Everything else is
 * added in the contact itself, which opens after saving (`onDone` gets its id, or null on cancel).
 */
export function AddContactForm({ today, onDone }: { today: IsoDay; onDone: (savedId: string | null) => void }) {
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [priority, setPriority] = useState<Priority>('B');
  const [rhythm, setRhythm] = useState<Rhythm>('3m');
  const [errors, setErrors] = useState<FieldError[]>([]);
  useErrorTitle(errors.length > 0);
  useEffect(() => document.getElementById('neu-name')?.focus(), []);

  const submit = (event: Event) => {
    event.preventDefault();
    const n = name.trim();
    setErrors(n ? [] : [{ fieldId: 'neu-name', message: NAME_MESSAGE }]);
    if (!n) return;
    const id = addContact({ name: n, organisation: organisation.trim(), met: '', introducedBy: '', topics: '', offerThem: '', offerMe: '', birthday: '', rhythm, priority }, today, '');
    announce(`Kontakt „${n}“ gespeichert. Ergänze, wo ihr euch kennengelernt habt und worüber ihr gesprochen habt.`);
    onDone(id);
  };

  return (
    <form class="card add-form" onSubmit={submit} noValidate aria-labelledby="neu-titel">
      <h3 id="neu-titel">Neuer Kontakt</h3>
      <ErrorSummary errors={errors} />
      <Field id="neu-name" label="Name oder Initialen" maxLength={120} value={name} onValue={setName} error={errors[0]?.message} hint="So viel, wie du brauchst, um dich zu erinnern – etwa „M. Bauer“." />
      <Field id="neu-organisation" label="Organisation" optional maxLength={200} value={organisation} onValue={setOrganisation} />
      <Select id="neu-prio" label="Priorität" value={priority} options={priorities} onValue={setPriority} hint={PRIORITY_HINT} />
      <Select id="neu-rhythmus" label="Wie oft willst du dich melden?" value={rhythm} options={rhythms} onValue={setRhythm} />
      <p class="actions">
        <button type="submit">Kontakt speichern</button>
        <button type="button" class="secondary" onClick={() => onDone(null)}>
          Abbrechen
        </button>
      </p>
    </form>
  );
}
