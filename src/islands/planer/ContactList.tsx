import { useMemo, useRef, useState } from 'preact/hooks';
import type { PlanerTexts } from '../../i18n/de/planer';
import { fill, formatDay, plural } from '../../i18n/format';
import { nameOrder, searchContacts } from '../../lib/planner/contact-list';
import { nextFollowUp } from '../../lib/planner/follow-up';
import type { Contact } from '../../lib/planner/planner-schema';

const PAGE = 20;

/** Contacts by name, filtered by a search and shown a page at a time – never 2,000 rows at once. */
export function ContactList({ contacts, onOpen, texts }: { contacts: Contact[]; onOpen: (id: string) => void; texts: PlanerTexts['contacts']['list'] }) {
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(PAGE);
  // Sorting by name again only when a name changed keeps an ordinary edit linear in the number of contacts.
  const order = useRef<{ names: string[]; indexes: number[] }>({ names: [], indexes: [] });
  const sorted = useMemo(() => {
    const names = contacts.map((c) => c.name);
    const cached = order.current;
    if (names.length !== cached.names.length || names.some((n, i) => n !== cached.names[i])) order.current = { names, indexes: nameOrder(names) };
    return order.current.indexes.map((i) => contacts[i]!);
  }, [contacts]);
  const filtered = useMemo(() => searchContacts(sorted, query), [sorted, query]);
  const shown = filtered.slice(0, limit);
  const found = { found: filtered.length, n: contacts.length, shown: shown.length };

  return (
    <>
      <div class="field" role="search">
        <label for="kontakte-suche">{texts.search}</label>
        <p class="hint" id="kontakte-treffer" aria-live="polite">
          {shown.length < filtered.length ? fill(texts.foundPaged, found) : plural(texts.found, contacts.length, found)}
        </p>
        <input
          type="search"
          id="kontakte-suche"
          value={query}
          aria-describedby="kontakte-treffer"
          onInput={(e) => {
            setQuery(e.currentTarget.value);
            setLimit(PAGE);
          }}
        />
      </div>
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
        <button type="button" class="secondary" onClick={() => setLimit(limit + PAGE)}>
          {fill(texts.more, { n: Math.min(PAGE, filtered.length - shown.length) })}
        </button>
      )}
    </>
  );
}
