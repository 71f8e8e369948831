import { useEffect, useState } from 'preact/hooks';
import { fill } from '../../i18n/format';
import type { IsoDay } from '../../lib/dates/iso-day';
import { filledText } from '../../lib/planner/input-checks';
import { contactFields, NEW_CONTACT_DEFAULTS } from '../../lib/planner/planner-contacts';
import { PLANNER_LIMITS, type Priority, type Rhythm } from '../../lib/planner/planner-schema';
import { addContact } from '../../stores/planner-contacts';
import { ErrorSummary, useErrorTitle, type FieldError } from '../shared/ErrorSummary';
import { announce } from './announce';
import type { ContactTexts } from './contact-texts';
import { Field, opts, Select } from './fields';
import { CancelButton } from '../shared/CancelButton';
import { useCommonTexts } from './common-texts';
import { usePlanner } from './use-planner';
import { withDuplicate } from './duplicate-hint';

/**
 * The short form for a new contact: name, organisation, priority and rhythm. Everything else is
 * added in the contact itself, which opens after saving (`onDone` gets its id, or null on cancel).
 */
export function AddContactForm({ texts, priorityLabels, rhythmLabels, today, onDone }: ContactTexts & { today: IsoDay; onDone: (savedId: string | null) => void }) {
  const f = texts.fields;
  const common = useCommonTexts();
  const { contacts } = usePlanner();
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [priority, setPriority] = useState<Priority>(NEW_CONTACT_DEFAULTS.priority);
  const [rhythm, setRhythm] = useState<Rhythm>(NEW_CONTACT_DEFAULTS.rhythm);
  const [errors, setErrors] = useState<FieldError[]>([]);
  useErrorTitle(errors.length > 0);
  useEffect(() => document.getElementById('neu-name')?.focus(), []);

  const submit = (event: Event) => {
    event.preventDefault();
    const n = filledText(name);
    setErrors(n ? [] : [{ fieldId: 'neu-name', message: f.nameMissing }]);
    if (!n) return;
    const id = addContact(contactFields({ name: n, organisation, priority, rhythm }), today);
    announce(fill(texts.addForm.saved, { name: n }));
    onDone(id);
  };

  return (
    <form class="card add-form" onSubmit={submit} noValidate aria-labelledby="neu-titel">
      <h3 id="neu-titel">{texts.addForm.title}</h3>
      <ErrorSummary errors={errors} />
      <Field id="neu-name" label={f.name} maxLength={PLANNER_LIMITS.contact.name} value={name} onValue={setName} error={errors[0]?.message} hint={withDuplicate(f.nameHint, name, contacts, null, common.duplicateName)} />
      <Field id="neu-organisation" label={f.organisation} optional maxLength={PLANNER_LIMITS.contact.organisation} value={organisation} onValue={setOrganisation} />
      <Select id="neu-prio" label={f.priority} value={priority} options={opts(priorityLabels)} onValue={setPriority} hint={f.priorityHint} />
      <Select id="neu-rhythmus" label={f.rhythm} value={rhythm} options={opts(rhythmLabels)} onValue={setRhythm} />
      <p class="actions">
        <button type="submit">{texts.addForm.save}</button>
        <CancelButton id="neu-abbrechen" label={texts.addForm.cancel} changed={name !== '' || organisation !== '' || priority !== NEW_CONTACT_DEFAULTS.priority || rhythm !== NEW_CONTACT_DEFAULTS.rhythm} onCancel={() => onDone(null)} texts={common.form} />
      </p>
    </form>
  );
}
