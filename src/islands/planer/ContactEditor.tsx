import { useEffect, useState } from 'preact/hooks';
import { lastInteraction, nextFollowUp } from '../../lib/planner/follow-up';
import { type IsoDay } from '../../lib/dates/iso-day';
import type { Contact } from '../../lib/planner/planner-schema';
import { $planner } from '../../stores/planner';
import { removeContact, updateContact } from '../../stores/planner-contacts';
import { announce } from './announce';
import { BirthdayField } from './BirthdayField';
import { NAME_MESSAGE, priorities, PRIORITY_HINT, rhythms } from './contact-options';
import { CheckedField, requiredCheck } from './checked-field';
import { Field, Select } from './fields';
import { InteractionLog } from './InteractionLog';
import { focusSoon } from './Item';
import { formatDay } from '../../i18n/format';

const nameCheck = requiredCheck(NAME_MESSAGE);
const day = (d: IsoDay) => <time dateTime={d}>{formatDay(d)}</time>;

/** One contact, opened from the list or the due list: when to get in touch, its log, its details, delete. */
export function ContactEditor({ contact: c, today, onClose }: { contact: Contact; today: IsoDay; onClose: (deleted: boolean) => void }) {
  const [confirming, setConfirming] = useState(false);
  useEffect(() => document.getElementById('kontakt-offen')?.focus(), [c.id]);
  const p = `kontakt-${c.id}`;
  const set = (patch: Partial<Contact>) => updateContact(c.id, patch);
  const text = (key: 'organisation' | 'met' | 'introducedBy' | 'topics' | 'offerThem' | 'offerMe', label: string, hint?: string) => (
    <Field id={`${p}-${key}`} label={label} optional maxLength={key === 'topics' ? 1000 : 200} rows={key === 'topics' ? 3 : 0} value={c[key]} onValue={(v) => set({ [key]: v })} hint={hint} />
  );
  const last = lastInteraction(c.log);
  const next = nextFollowUp(c);

  return (
    <section class="card contact-editor" aria-labelledby="kontakt-offen">
      <h3 id="kontakt-offen" tabIndex={-1}>
        {c.name}
      </h3>
      <p>
        Letzter Kontakt: {last ? day(last) : 'noch keiner'} · Nächster Kontakt:{' '}
        {next ? (
          <span id={`${p}-naechster`}>
            {day(next)}
            {next < today && <strong class="status-tag status-overdue">überfällig</strong>}
          </span>
        ) : (
          'kein Rhythmus festgelegt'
        )}
      </p>
      <InteractionLog
        contact={c}
        today={today}
        onLogged={() => {
          const saved = $planner.get().contacts.find((x) => x.id === c.id);
          const n = saved && nextFollowUp(saved);
          announce(`Kontakt eingetragen.${n ? ` Nächster Kontakt am ${formatDay(n)}.` : ''}`);
        }}
      />
      <details class="contact-details">
        <summary>Angaben zu {c.name}</summary>
        <CheckedField id={`${p}-name`} label="Name oder Initialen" maxLength={120} value={c.name} show={String} check={nameCheck} onValid={(name) => set({ name })} />
        {text('organisation', 'Organisation')}
        <Select id={`${p}-prio`} label="Priorität" value={c.priority} options={priorities} onValue={(priority) => set({ priority })} hint={PRIORITY_HINT} />
        <Select id={`${p}-rhythmus`} label="Wie oft willst du dich melden?" value={c.rhythm} options={rhythms} onValue={(rhythm) => set({ rhythm })} />
        {text('met', 'Wo und wie habt ihr euch kennengelernt?', 'Etwa „Fachtagung Medizintechnik, in der Kaffeepause“.')}
        {text('introducedBy', 'Wer hat euch bekannt gemacht?')}
        {text('topics', 'Worüber habt ihr gesprochen?', 'Ein paar Stichworte: ein Projekt, eine offene Frage, eine kleine Zusage.')}
        {text('offerThem', 'Was kannst du der Person bieten?')}
        {text('offerMe', 'Was kann die Person dir bieten?')}
        <BirthdayField id={`${p}-geburtstag`} value={c.birthday} onBirthday={(birthday) => set({ birthday })} />
      </details>
      <div class="actions">
        <button type="button" class="secondary" onClick={() => onClose(false)}>
          Schließen
        </button>
        {confirming ? (
          <span class="confirm">
            Wirklich löschen – mit dem ganzen Verlauf?
            <button
              type="button"
              class="danger"
              onClick={() => {
                removeContact(c.id);
                announce(`Kontakt „${c.name}“ gelöscht.`);
                onClose(true);
              }}
            >
              Ja, löschen
            </button>
            <button
              type="button"
              class="secondary"
              id="loeschen-nein"
              onClick={() => {
                setConfirming(false);
                focusSoon('loeschen');
              }}
            >
              Nein
            </button>
          </span>
        ) : (
          <button
            type="button"
            class="danger"
            id="loeschen"
            onClick={() => {
              setConfirming(true);
              focusSoon('loeschen-nein');
            }}
          >
            Kontakt löschen
          </button>
        )}
      </div>
    </section>
  );
}
