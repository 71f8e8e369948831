import { useEffect, useState } from 'preact/hooks';
import { fill, formatDay } from '../../i18n/format';
import { type IsoDay } from '../../lib/dates/iso-day';
import { lastInteraction, nextFollowUp } from '../../lib/planner/follow-up';
import { readEmails, readPhones, readProfileUrl, readTags, type DetailResult } from '../../lib/planner/contact-details';
import { PLANNER_LIMITS, type Contact } from '../../lib/planner/planner-schema';
import { updateContact } from '../../stores/planner-contacts';
import { $planner, removeWithUndo } from '../../stores/planner';
import { announce } from './announce';
import { BirthdayField } from './BirthdayField';
import { CheckedField, requiredCheck } from './checked-field';
import { useCommonTexts } from './common-texts';
import type { ContactTexts } from './contact-texts';
import { DraftButton } from './DraftMessage';
import { Field, opts, Select } from './fields';
import { InteractionLog } from './InteractionLog';
import { focusSoon } from './focus';
import { rich } from './rich';

const day = (d: IsoDay) => <time dateTime={d}>{formatDay(d)}</time>;
type TextKey = 'organisation' | 'met' | 'introducedBy' | 'topics' | 'offerThem' | 'offerMe';

/** One contact, opened from the list or the due list: when to get in touch, its log, its details, delete. */
export function ContactEditor(props: ContactTexts & { contact: Contact; today: IsoDay; onClose: (deleted: boolean) => void }) {
  const { contact: c, today, onClose, texts, priorityLabels, rhythmLabels, interactionLabels } = props;
  const common = useCommonTexts();
  const f = texts.fields;
  const t = texts.editor;
  const [confirming, setConfirming] = useState(false);
  useEffect(() => document.getElementById('kontakt-offen')?.focus(), [c.id]);
  const p = `kontakt-${c.id}`;
  const set = (patch: Partial<Contact>) => updateContact(c.id, patch);
  const text = (key: TextKey, hint?: string) => (
    <Field id={`${p}-${key}`} label={f[key]} optional maxLength={PLANNER_LIMITS.contact[key]} rows={key === 'topics' ? 3 : 0} value={c[key]} onValue={(v) => set({ [key]: v })} hint={hint} />
  );
  /** A field for emails, phones, tags or the profile URL: saved only once `read` accepts it. */
  const detail = <K extends 'emails' | 'phones' | 'tags' | 'profileUrl'>(key: K, label: string, hint: string, read: (text: string) => DetailResult<Contact[K]>, separator: string) => (
    <CheckedField
      id={`${p}-${key}`}
      label={label}
      optional
      hint={hint}
      value={c[key]}
      show={(v: Contact[K]) => (Array.isArray(v) ? v.join(separator) : (v as string))}
      check={(text) => {
        const result = read(text);
        return 'ok' in result ? result : fill(f.detailProblems[result.problem.code], result.problem);
      }}
      onValid={(value) => set({ [key]: value } as Partial<Contact>)}
    />
  );
  const last = lastInteraction(c.log);
  const next = nextFollowUp(c);

  return (
    <section class="card contact-editor" aria-labelledby="kontakt-offen">
      <h3 id="kontakt-offen" tabIndex={-1}>
        {c.name}
      </h3>
      <p>
        {rich(t.status, {
          last: last ? day(last) : t.noLast,
          next: next ? (
            <span id={`${p}-naechster`}>
              {day(next)}
              {next < today && <strong class="status-tag status-overdue">{common.overdue}</strong>}
            </span>
          ) : (
            t.noNext
          ),
        })}
      </p>
      <DraftButton id={`${p}-entwurf`} contactId={c.id} name={c.name} today={today} drafts={props.drafts} />
      <InteractionLog
        contact={c}
        today={today}
        texts={texts.log}
        channelLabels={interactionLabels}
        onLogged={() => {
          const saved = $planner.get().contacts.find((x) => x.id === c.id);
          const n = saved && nextFollowUp(saved);
          announce(n ? fill(t.loggedNext, { day: formatDay(n) }) : t.logged);
        }}
      />
      <details class="contact-details">
        <summary>{fill(t.details, { name: c.name })}</summary>
        <CheckedField id={`${p}-name`} label={f.name} maxLength={PLANNER_LIMITS.contact.name} value={c.name} show={String} check={requiredCheck(f.nameMissing)} onValid={(name) => set({ name })} />
        {text('organisation')}
        <Field id={`${p}-position`} label={f.position} optional hint={f.positionHint} maxLength={PLANNER_LIMITS.contact.position} value={c.position} onValue={(position) => set({ position })} />
        {detail('emails', f.emails, f.emailsHint, readEmails, ', ')}
        {detail('phones', f.phones, f.phonesHint, readPhones, '; ')}
        {detail('profileUrl', f.profileUrl, f.profileUrlHint, readProfileUrl, '')}
        {detail('tags', f.tags, f.tagsHint, readTags, ', ')}
        <Select id={`${p}-prio`} label={f.priority} value={c.priority} options={opts(priorityLabels)} onValue={(priority) => set({ priority })} hint={f.priorityHint} />
        <Select id={`${p}-rhythmus`} label={f.rhythm} value={c.rhythm} options={opts(rhythmLabels)} onValue={(rhythm) => set({ rhythm })} />
        {text('met', f.metHint)}
        {text('introducedBy')}
        {text('topics', f.topicsHint)}
        {text('offerThem')}
        {text('offerMe')}
        <BirthdayField id={`${p}-geburtstag`} value={c.birthday} onBirthday={(birthday) => set({ birthday })} texts={f} />
        <Field id={`${p}-notizen`} label={f.notes} optional rows={4} maxLength={PLANNER_LIMITS.contact.notes} value={c.notes} onValue={(notes) => set({ notes })} />
      </details>
      <div class="actions">
        <button type="button" class="secondary" onClick={() => onClose(false)}>
          {t.close}
        </button>
        {confirming ? (
          <span class="confirm">
            {t.confirm}
            <button
              type="button"
              class="danger"
              onClick={() => {
                // Asked first, and still undoable: „Rückgängig“ brings the contact back with its whole log.
                removeWithUndo('contacts', c.id, c.name, `zeile-${c.id}`);
                announce(fill(t.removed, { name: c.name }));
                onClose(true);
              }}
            >
              {t.yes}
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
              {t.no}
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
            {t.remove}
          </button>
        )}
      </div>
    </section>
  );
}
