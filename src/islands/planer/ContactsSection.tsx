import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Contact } from '../../lib/planner/planner-schema';
import { addContactCopy } from '../../stores/planner-contacts';
import { useCommonTexts } from './common-texts';
import { UNDO_ID } from './UndoNotice';
import { plural } from '../../i18n/format';
import { dueList, upcomingBirthdays } from '../../lib/planner/follow-up';
import { retryable } from '../shared/fresh-import';
import { LazyFallback } from '../shared/LazyFallback';
import { useLazyPart } from '../shared/use-lazy';
import { Birthdays } from './Birthdays';
import { ContactList } from './ContactList';
import type { ContactTexts } from './contact-texts';
import { DoneToggle } from './DoneToggle';
import { DueList } from './DueList';
import { announce } from './announce';
import { focusSoon } from './focus';
import { usePlanner } from './use-planner';
import { useToday } from './use-today';

const loadImport = retryable(() => import('./import/ContactImport'), 'ContactImport');
const loadForms = retryable(() => import('./contact-forms'), 'AddContactForm');
const loadMap = retryable(() => import('../shared/NetworkMap'), 'NetworkMap');

/** „Kontaktpflege“: new contacts and the searchable list with one open contact first (the search must not sit below a long list of birthdays or the map), then the Netzwerkkarte, the due list and birthdays. */
export function ContactsSection(props: ContactTexts) {
  const { texts } = props;
  const { contacts, groups, done } = usePlanner();
  const common = useCommonTexts();
  const today = useToday();
  const [adding, setAdding] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  // „Meine Daten“ links here with #import: the import opens at once.
  useEffect(() => setImporting(location.hash === '#import'), []);
  // The import (with Papa Parse and ical.js) loads only when the reader asks for it.
  const importPart = useLazyPart(loadImport, importing);
  const importer = importPart.module;
  // Derived lists are computed once per change of the contacts, not on every render.
  const due = useMemo(() => (today ? dueList(contacts, today) : []), [contacts, today]);
  const birthdays = useMemo(() => (today ? upcomingBirthdays(contacts, today) : []), [contacts, today]);
  const open = openId ? contacts.find((c) => c.id === openId) : undefined;
  // The open contact as last seen: when another tab deletes it, its text is still here to save as new.
  const lastOpen = useRef<Contact | null>(null);
  if (open) lastOpen.current = open;
  const vanished = openId !== null && !open && lastOpen.current?.id === openId ? lastOpen.current : null;
  // The forms load when first needed: most visits only read the due list or tick „heute kontaktiert“.
  const formsWanted = adding || !!open;
  const forms = useLazyPart(loadForms, formsWanted);
  const { AddContactForm, ContactEditor } = forms.module ?? {};
  // The map loads after the page is usable, so the list and the due list never wait for it.
  const mapPart = useLazyPart(loadMap, contacts.length > 0);
  const map = mapPart.module;

  return (
    <>
      <h2>{texts.title}</h2>
      {today && adding && AddContactForm ? (
        <AddContactForm
          {...props}
          today={today}
          onDone={(saved) => {
            setAdding(false);
            if (saved) setOpenId(saved);
            else focusSoon('kontakt-neu');
          }}
        />
      ) : (
        // id „import“: the anchor „Meine Daten“ links to (#import also opens the import).
        <p class="actions" id="import">
          <button type="button" id="kontakt-neu" onClick={() => setAdding(true)}>
            {texts.add}
          </button>{' '}
          <button type="button" id="kontakt-import" class="secondary" aria-expanded={importing} onClick={() => setImporting(true)}>
            {props.imports.open}
          </button>
        </p>
      )}
      {importing && (today && importer ? (
        <importer.ContactImport
          texts={props.imports}
          priorityLabels={props.priorityLabels}
          rhythmLabels={props.rhythmLabels}
          contacts={contacts}
          groups={groups}
          today={today}
          onClose={() => {
            setImporting(false);
            focusSoon('kontakt-import');
          }}
        />
      ) : (
        // Without this the page said „wird geladen“ for ever when the part (or Papa Parse, ical.js with it) could not be fetched.
        <LazyFallback part={importPart} texts={{ loading: props.imports.loading, failed: props.imports.loadFailed, retry: props.imports.retry }} id="import-status" />
      ))}
      {formsWanted && !forms.module && <LazyFallback part={forms} texts={texts.parts.forms} id="formular-status" />}
      {today && open && ContactEditor && (
        <ContactEditor
          {...props}
          key={open.id}
          contact={open}
          today={today}
          onClose={(deleted) => {
            setOpenId(null);
            focusSoon(deleted ? UNDO_ID : !document.getElementById(`zeile-${open.id}`) ? 'kontakt-neu' : `zeile-${open.id}`);
          }}
        />
      )}
      {vanished && (
        <section class="card notice notice-warn" aria-labelledby="kontakt-weg">
          <h3 id="kontakt-weg">{vanished.name}</h3>
          <p role="status">{common.form.deleted}</p>
          <p class="actions">
            <button type="button" id="kontakt-weg-neu" onClick={() => setOpenId(addContactCopy(vanished))}>
              {common.form.saveAsNew}
            </button>
            <button type="button" class="secondary" onClick={() => (setOpenId(null), focusSoon('kontakt-neu'))}>
              {texts.editor.close}
            </button>
          </p>
        </section>
      )}
      {contacts.length ? <ContactList contacts={contacts} groups={groups} today={today} onOpen={setOpenId} texts={texts.list} /> : <p>{texts.empty}</p>}
      {contacts.length > 0 && (
        <p class="actions contact-export">
          <span>{props.exports.title}:</span>{' '}
          {(['csv', 'vcard'] as const).map((format) => (
            <button
              key={format}
              type="button"
              class="secondary"
              onClick={async () => {
                // The writers load on click; most visits never export.
                const { downloadContacts } = await import('./import/export-file');
                downloadContacts(format, contacts, props.exports, props.priorityLabels, props.rhythmLabels);
                announce(plural(props.exports.done, contacts.length));
              }}
            >
              {props.exports[format]}
            </button>
          ))}
        </p>
      )}
      {contacts.length > 0 && (map ? <map.NetworkMap contacts={contacts} groups={groups} today={today} texts={props.map} onOpen={setOpenId} /> : <LazyFallback part={mapPart} texts={texts.parts.map} id="karte-status" />)}
      <DueList items={due} today={today} onOpen={setOpenId} texts={texts.due} summary={props.due} drafts={props.drafts} channelLabels={props.interactionLabels} />
      <Birthdays items={today ? birthdays : null} texts={texts.birthdays} pending={props.due.pending} />
      <DoneToggle id="kontakte" done={done} />
    </>
  );
}
