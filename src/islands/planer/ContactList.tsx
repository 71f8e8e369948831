import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PlanerTexts } from '../../i18n/de/planer';
import { fill, formatDay, plural } from '../../i18n/format';
import { DEFAULT_LIST_STATE, listContacts, readListState, writeListState, type ContactListState } from '../../lib/planner/contact-list';
import type { IsoDay } from '../../lib/dates/iso-day';
import { nextFollowUp } from '../../lib/planner/follow-up';
import type { Contact, TargetGroup } from '../../lib/planner/planner-schema';
import { retryable } from '../shared/fresh-import';
import { LazyFallback } from '../shared/LazyFallback';
import { useLazyPart } from '../shared/use-lazy';

const PAGE = 50;
const loadFilters = retryable(() => import('./ContactFilters'), 'ContactFilters');

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

  // The filters load when the reader opens them (or the URL asks for a filter): most visits only
  // search. Focus on the search field or the panel's summary fetches them ahead, so they are there when it opens.
  const [filtersSoon, setFiltersSoon] = useState(false);
  const filtersPart = useLazyPart(loadFilters, filtersOpen || filtersSoon);
  const filters = filtersPart.module;
  const fetchFilters = () => setFiltersSoon(true);
  const filtered = useMemo(() => listContacts(contacts, state, { today, groups }), [contacts, state, today, groups]);
  const shown = filtered.slice(0, limit);
  const found = { found: filtered.length, n: contacts.length, shown: shown.length };

  useEffect(() => {
    if (focusRow.current) document.getElementById(`zeile-${focusRow.current}`)?.focus();
    focusRow.current = null;
  });

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
          onFocus={fetchFilters}
          onInput={(e) => update({ query: e.currentTarget.value })}
        />
        <details class="contact-filters" open={filtersOpen} onToggle={(e) => setFiltersOpen(e.currentTarget.open)}>
          <summary onFocus={fetchFilters} onPointerEnter={fetchFilters}>
            {texts.filters}
          </summary>
          {filters ? <filters.ContactFilters state={state} update={update} contacts={contacts} groups={groups} texts={texts} /> : <LazyFallback part={filtersPart} texts={texts.filtersPart} id="filter-status" />}
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
