import { useMemo, useRef, useState } from 'preact/hooks';
import { nextFollowUp } from '../../lib/planner/follow-up';
import type { Contact } from '../../lib/planner/planner-schema';
import { formatDay } from '../../i18n/format';

const PAGE = 20;
const collator = new Intl.Collator('de', { sensitivity: 'base' });

/** Contacts by name, filtered by a search and shown a page at a time – never 2,000 rows at once. */
export function ContactList({ contacts, onOpen }: { contacts: Contact[]; onOpen: (id: string) => void }) {
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(PAGE);
  // Sorting by name again only when a name changed keeps an ordinary edit linear in the number of contacts.
  const order = useRef<{ names: string[]; indexes: number[] }>({ names: [], indexes: [] });
  const sorted = useMemo(() => {
    const names = contacts.map((c) => c.name);
    const cached = order.current;
    if (names.length !== cached.names.length || names.some((n, i) => n !== cached.names[i])) {
      order.current = { names, indexes: names.map((_, i) => i).sort((a, b) => collator.compare(names[a]!, names[b]!)) };
    }
    return order.current.indexes.map((i) => contacts[i]!);
  }, [contacts]);
  const filtered = useMemo(() => {
    const q = query.trim().toLocaleLowerCase('de');
    return q ? sorted.filter((c) => `${c.name} ${c.organisation}`.toLocaleLowerCase('de').includes(q)) : sorted;
  }, [sorted, query]);
  const shown = filtered.slice(0, limit);

  return (
    <>
      <div class="field" role="search">
        <label for="kontakte-suche">Kontakte durchsuchen</label>
        <p class="hint" id="kontakte-treffer" aria-live="polite">
          {filtered.length.toLocaleString('de')} von {contacts.length.toLocaleString('de')} Kontakten{shown.length < filtered.length && `, die ersten ${shown.length} sind zu sehen`}.
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
          return (
            <li key={c.id}>
              <button type="button" class="link" id={`zeile-${c.id}`} onClick={() => onOpen(c.id)}>
                {c.name}
              </button>
              <span class="muted">
                {c.organisation && ` · ${c.organisation}`} · Priorität {c.priority}
                {next && ` · nächster Kontakt ${formatDay(next, 'short')}`}
              </span>
            </li>
          );
        })}
      </ul>
      {shown.length < filtered.length && (
        <button type="button" class="secondary" onClick={() => setLimit(limit + PAGE)}>
          {Math.min(PAGE, filtered.length - shown.length)} weitere anzeigen
        </button>
      )}
    </>
  );
}
