import { useState } from 'preact/hooks';
import type { PlanerTexts } from '../../i18n/de/planer';
import { fill, formatDay } from '../../i18n/format';
import { type IsoDay } from '../../lib/dates/iso-day';
import { newestFirst } from '../../lib/planner/follow-up';
import { DEFAULT_INTERACTION_CHANNEL, interactionDateProblem } from '../../lib/planner/planner-contacts';
import { PLANNER_LIMITS, type Contact, type InteractionChannel } from '../../lib/planner/planner-schema';
import { logInteraction, removeInteraction } from '../../stores/planner-contacts';
import { ErrorSummary, useErrorTitle, type FieldError } from '../shared/ErrorSummary';
import { announce } from './announce';
import { Field, opts, Select } from './fields';
import { focusSoon } from './focus';
import { rich } from './rich';
import { UNDO_ID } from './UndoNotice';

type Texts = PlanerTexts['contacts']['log'];

/** A contact's log, newest first, and the form to add an interaction. */
export function InteractionLog({ contact, today, onLogged, texts, channelLabels }: { contact: Contact; today: IsoDay; onLogged: () => void; texts: Texts; channelLabels: Readonly<Record<InteractionChannel, string>> }) {
  const [date, setDate] = useState<string>(today);
  const [channel, setChannel] = useState<InteractionChannel>(DEFAULT_INTERACTION_CHANNEL);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  useErrorTitle(errors.length > 0);
  const p = `verlauf-${contact.id}`;
  const log = newestFirst(contact.log);

  const submit = (event: Event) => {
    event.preventDefault();
    const problem = interactionDateProblem(date, today);
    setErrors(problem ? [{ fieldId: `${p}-datum`, message: problem === 'missing' ? texts.dateMissing : texts.dateFuture }] : []);
    if (problem) return;
    logInteraction(contact.id, { date: date as IsoDay, channel, note: note.trim() });
    setNote('');
    onLogged();
  };

  return (
    <>
      <h4>{texts.title}</h4>
      {log.length ? (
        <ul class="plain-list log-list">
          {log.map((entry) => (
            <li key={entry.id}>
              {rich(entry.note ? texts.entryWithNote : texts.entry, { day: <time dateTime={entry.date}>{formatDay(entry.date)}</time>, channel: channelLabels[entry.channel], note: entry.note })}{' '}
              <button
                type="button"
                class="link"
                aria-label={fill(texts.removeName, { day: formatDay(entry.date) })}
                onClick={() => {
                  removeInteraction(contact.id, entry.id, fill(texts.removedLabel, { day: formatDay(entry.date) }), `${p}-datum`);
                  announce(texts.removed);
                  focusSoon(UNDO_ID);
                }}
              >
                {texts.remove}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>{texts.empty}</p>
      )}
      <form class="add-form" onSubmit={submit} noValidate aria-labelledby={`${p}-titel`}>
        <h4 id={`${p}-titel`}>{texts.formTitle}</h4>
        <ErrorSummary errors={errors} />
        <div class="inline-fields">
          <Field id={`${p}-datum`} type="date" label={texts.date} value={date} onValue={setDate} error={errors[0]?.message} />
          <Select id={`${p}-weg`} label={texts.channel} value={channel} options={opts(channelLabels)} onValue={setChannel} />
        </div>
        <Field id={`${p}-notiz`} label={texts.note} optional maxLength={PLANNER_LIMITS.interaction.note} value={note} onValue={setNote} hint={texts.noteHint} />
        {/* The second click of a double click (`detail` 2 and up) is the same click: it logs nothing more. */}
        <button type="submit" onClick={(e) => e.detail > 1 && e.preventDefault()}>
          {texts.submit}
        </button>
      </form>
    </>
  );
}
