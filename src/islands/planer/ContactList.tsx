import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PlanerTexts } from '../../i18n/de/planer';
import { fill, formatDay, plural } from '../../i18n/format';
import {
  CONTACT_SORTS,
  DEFAULT_LIST_STATE,
  hasTag,
  listContacts,
  readListState,
  searchText,
  tagOptions,
  writeListState,
  type ContactListState,
  type ContactSort,
} from '../../lib/planner/contact-list';
import type { IsoDay } from '../../lib/dates/iso-day';
import { nextFollowUp } from '../../lib/planner/follow-up';
import { PRIORITIES, type Contact, type Priority, type TargetGroup } from '../../lib/planner/planner-schema';

const PAGE = 50;

/** Each contact's folded search text, kept while the contact object stays the same (an edit replaces only the one). */
const folded = new WeakMap<Contact, string>();
const textOf = (c: Contact) => {
  let t = folded.get(c);
  if (t === undefined) folded.set(c, (t = searchText(c)));
  return t;
};

const isDefault = (s: ContactListState) => writeListState(s) === '';
/** Whether anything but the search differs from the default: then the filters open by themselves. */
const filtering = (s: ContactListState) => !isDefault({ ...s, query: '' });

/**
 * Contacts searched, filtered and sorted as the URL says, shown a page at a time – never 2,000 rows
 * at once. „Weitere anzeigen“ moves focus to the first row it adds and says how many are shown.
 */
export function ContactList({
  contacts,
  groups,
  today,
  onOpen,
  texts,
}: {
  contacts: Contact[];
  groups: readonly TargetGroup[];
  today: IsoDay | null;
  onOpen: (id: string) => void;
  texts: PlanerTexts['contacts']['list'];
}) {
  const [state, setState] = useState<ContactListState>(DEFAULT_LIST_STATE);
  const [limit, setLimit] = useState(PAGE);
  const [moreShown, setMoreShown] = useState(false);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const focusRow = useRef<string | null>(null);

  // The state lives in the URL: read once after hydration (the HTML is built without one), written on each change.
  useEffect(() => {
    const read = readListState(location.search);
    setState(read);
    if (filtering(read)) setFiltersOpen(true);
  }, []);
  const update = (patch: Partial<ContactListState>) => {
    const next = { ...state, ...patch };
    setState(next);
    setLimit(PAGE);
    setMoreShown(false);
    history.replaceState(history.state, '', `${location.pathname}${writeListState(next, location.search)}${location.hash}`);
  };

  const tags = useMemo(() => tagOptions(contacts), [contacts]);
  const searchTexts = useMemo(() => new Map(contacts.map((c) => [c, textOf(c)])), [contacts]);
  const filtered = useMemo(() => listContacts(contacts, state, { today, groups, texts: searchTexts }), [contacts, state, today, groups, searchTexts]);
  const shown = filtered.slice(0, limit);
  const found = { found: filtered.length, n: contacts.length, shown: shown.length };

  useEffect(() => {
    if (focusRow.current) document.getElementById(`zeile-${focusRow.current}`)?.focus();
    focusRow.current = null;
  });

  const togglePriority = (p: Priority, on: boolean) => update({ priorities: PRIORITIES.filter((x) => (x === p ? on : state.priorities.includes(x))) });

  return (
    <>
      <div class="field" role="search">
        <label for="kontakte-suche">{texts.search}</label>
        <p class="hint" id="kontakte-suchhinweis">
          {texts.searchHint}
        </p>
        <input
          type="search"
          id="kontakte-suche"
          value={state.query}
          aria-describedby="kontakte-suchhinweis kontakte-treffer"
          onInput={(e) => update({ query: e.currentTarget.value })}
        />
        <details class="contact-filters" open={filtersOpen} onToggle={(e) => setFiltersOpen(e.currentTarget.open)}>
          <summary>{texts.filters}</summary>
          <fieldset>
            <legend>{texts.priorities}</legend>
            <div class="choices">
              {PRIORITIES.map((p) => (
                <div class="choice" key={p}>
                  <input type="checkbox" id={`kontakte-prio-${p}`} checked={state.priorities.includes(p)} onChange={(e) => togglePriority(p, e.currentTarget.checked)} />
                  <label for={`kontakte-prio-${p}`}>{fill(texts.priorityOption, { priority: p })}</label>
                </div>
              ))}
            </div>
          </fieldset>
          {groups.length > 0 && (
            <div class="field">
              <label for="kontakte-gruppe">{texts.group}</label>
              <select id="kontakte-gruppe" value={state.group} onChange={(e) => update({ group: e.currentTarget.value })}>
                <option value="">{texts.anyGroup}</option>
                {groups.map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          {(tags.length > 0 || state.tag !== '') && (
            <div class="field">
              <label for="kontakte-schlagwort">{texts.tag}</label>
              <select id="kontakte-schlagwort" value={state.tag} onChange={(e) => update({ tag: e.currentTarget.value })}>
                <option value="">{texts.anyTag}</option>
                {/* A tag from the URL that no contact carries any more stays choosable, so the select never lies about the filter. */}
                {state.tag !== '' && !tags.includes(state.tag) && !tags.some((t) => hasTag({ tags: [t] }, state.tag)) && <option value={state.tag}>{state.tag}</option>}
                {tags.map((t) => (
                  <option key={t} value={hasTag({ tags: [t] }, state.tag) ? state.tag : t}>
                    {t}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div class="choices field">
            <div class="choice">
              <input type="checkbox" id="kontakte-ueberfaellig" checked={state.overdue} onChange={(e) => update({ overdue: e.currentTarget.checked })} />
              <label for="kontakte-ueberfaellig">{texts.overdue}</label>
            </div>
            <div class="choice">
              <input type="checkbox" id="kontakte-ohne-rhythmus" checked={state.withoutRhythm} onChange={(e) => update({ withoutRhythm: e.currentTarget.checked })} />
              <label for="kontakte-ohne-rhythmus">{texts.withoutRhythm}</label>
            </div>
          </div>
          <div class="field">
            <label for="kontakte-sortierung">{texts.sort}</label>
            <select id="kontakte-sortierung" value={state.sort} onChange={(e) => update({ sort: e.currentTarget.value as ContactSort })}>
              {CONTACT_SORTS.map((s) => (
                <option key={s} value={s}>
                  {texts.sorts[s]}
                </option>
              ))}
            </select>
          </div>
        </details>
        {!isDefault(state) && (
          <p class="actions">
            <button type="button" class="secondary" onClick={() => update(DEFAULT_LIST_STATE)}>
              {texts.reset}
            </button>
          </p>
        )}
        <p class="hint" id="kontakte-treffer" aria-live="polite">
          {moreShown
            ? fill(shown.length < filtered.length ? texts.shownMore : texts.shownAll, found)
            : shown.length < filtered.length
              ? fill(texts.foundPaged, found)
              : plural(texts.found, contacts.length, found)}
        </p>
      </div>
      {filtered.length === 0 && <p>{texts.none}</p>}
      <ul class="plain-list contact-rows">
        {shown.map((c) => {
          const next = nextFollowUp(c);
          const details = [c.organisation, fill(texts.priority, { priority: c.priority }), next && fill(texts.next, { day: formatDay(next, 'short') })].filter(Boolean);
          return (
            <li key={c.id}>
              <button type="button" class="link" id={`zeile-${c.id}`} onClick={() => onOpen(c.id)}>
                {c.name}
              </button>
              <span class="muted">{details.map((d) => ` · ${d}`).join('')}</span>
            </li>
          );
        })}
      </ul>
      {shown.length < filtered.length && (
        <button
          type="button"
          class="secondary"
          onClick={() => {
            focusRow.current = filtered[shown.length]!.id;
            setLimit(limit + PAGE);
            setMoreShown(true);
          }}
        >
          {fill(texts.more, { n: Math.min(PAGE, filtered.length - shown.length) })}
        </button>
      )}
    </>
  );
}
