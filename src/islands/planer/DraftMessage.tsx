import { useEffect, useState } from 'preact/hooks';
import type { DraftProps } from '../../i18n/de/drafts';
import { fill } from '../../i18n/format';
import type { IsoDay } from '../../lib/dates/iso-day';
import { DRAFT_SITUATIONS, draftText, draftValues, mailtoHref, type DraftSituation } from '../../lib/drafts/drafts';
import type { Contact } from '../../lib/planner/planner-schema';
import { logInteraction } from '../../stores/planner-contacts';
import { announce } from './announce';
import { Field, Select } from './fields';
import { focusSoon } from './focus';
import { usePlanner } from './use-planner';

type SendChannel = 'email' | 'nachricht';

/**
 * „Nachricht entwerfen“ for one contact: a situation, a draft filled from the contact and the
 * reader's self-introduction, editable; copy it or open it as an email, and, if the reader wants,
 * log the sending in the contact's history. Loaded only when asked for.
 * `id` prefixes the ids of its fields; `onClose` gets focus back to where the reader came from;
 * `nested` makes its heading one level lower (inside the contact editor).
 */
export function DraftMessage({ id, contactId, today, drafts, onClose, nested = false }: { id: string; contactId: string; today: IsoDay; drafts: DraftProps; onClose: () => void; nested?: boolean }) {
  const Heading = nested ? 'h4' : 'h3';
  const { texts, templates } = drafts;
  const { contacts, intro } = usePlanner();
  const contact: Contact | undefined = contacts.find((c) => c.id === contactId);
  const [situation, setSituation] = useState<DraftSituation>('followUp');
  const compose = (s: DraftSituation) => (contact ? draftText(templates[s], draftValues(contact, intro), fill) : '');
  // null until the reader edits: the draft follows the contact (the store may still be loading when this opens).
  const [edited, setEdited] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [logWanted, setLogWanted] = useState(false);
  const [channel, setChannel] = useState<SendChannel>('nachricht');
  const [logged, setLogged] = useState(false);
  // Focus moves to the draft once it is on screen (it opens below the list it was asked from).
  useEffect(() => focusSoon(`${id}-titel`), []);
  if (!contact) return null;

  const text = edited ?? compose(situation);
  const name = contact.name;
  const email = contact.emails[0] ?? '';
  const href = mailtoHref(email, texts.subjects[situation], text);
  const say = (message: string) => {
    setStatus(message);
    announce(message);
  };
  const logSending = (via: SendChannel) => {
    if (!logWanted || logged) return;
    logInteraction(contact.id, { date: today, channel: via, note: fill(texts.logNote, { situation: texts.situations[situation] }) });
    setLogged(true);
    return fill(texts.logged, { channel: texts.channels[via], name });
  };
  const copy = async () => {
    let message: string = texts.copied;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      const area = document.getElementById(`${id}-text`) as HTMLTextAreaElement | null;
      area?.focus();
      area?.select();
      message = texts.selected;
    }
    const entry = logSending(channel);
    say(entry ? `${message} ${entry}` : message);
  };
  const situations = DRAFT_SITUATIONS.map((s) => [s, texts.situations[s]] as const);
  const channels = (['nachricht', 'email'] as const).map((c) => [c, texts.channels[c]] as const);

  return (
    <section class="draft" aria-labelledby={`${id}-titel`}>
      <Heading id={`${id}-titel`} tabIndex={-1}>
        {fill(texts.title, { name })}
      </Heading>
      <Select
        id={`${id}-anlass`}
        label={texts.situation}
        value={situation}
        options={situations}
        onValue={(s) => {
          setSituation(s);
          setEdited(null);
          setStatus('');
        }}
      />
      <Field id={`${id}-text`} label={texts.text} hint={texts.textHint} rows={12} value={text} onValue={setEdited} />
      {intro.trim() === '' && <p class="muted">{texts.noIntro}</p>}
      <p class="draft-log">
        <label>
          <input type="checkbox" id={`${id}-eintragen`} checked={logWanted} disabled={logged} onChange={(e) => setLogWanted(e.currentTarget.checked)} /> {texts.log}
        </label>
      </p>
      {logWanted && !logged && <Select id={`${id}-kanal`} label={texts.logChannel} value={channel} options={channels} onValue={setChannel} />}
      <p class="item-buttons">
        <button type="button" id={`${id}-kopieren`} onClick={copy}>
          {texts.copy}
        </button>
        {href && (
          <a
            class="button button-secondary"
            id={`${id}-mail`}
            href={href}
            aria-label={fill(texts.mailName, { email })}
            onClick={() => {
              const entry = logSending('email');
              if (entry) say(entry);
            }}
          >
            {texts.mail}
          </a>
        )}
        <button type="button" class="secondary" id={`${id}-schliessen`} onClick={onClose}>
          {texts.close}
        </button>
      </p>
      <p class="draft-status" id={`${id}-status`}>
        {status}
      </p>
    </section>
  );
}

/**
 * „Nachricht entwerfen“ as a button that opens the draft right below it (in the contact editor);
 * closing puts focus back on the button.
 */
export function DraftButton({ id, contactId, name, today, drafts }: { id: string; contactId: string; name: string; today: IsoDay; drafts: DraftProps }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <p class="actions">
        <button type="button" class="secondary" id={id} aria-expanded={open} aria-label={fill(drafts.texts.openName, { name })} onClick={() => setOpen(!open)}>
          {drafts.texts.open}
        </button>
      </p>
      {open && (
        <DraftMessage
          id={`${id}-panel`}
          nested
          contactId={contactId}
          today={today}
          drafts={drafts}
          onClose={() => {
            setOpen(false);
            focusSoon(id);
          }}
        />
      )}
    </>
  );
}
