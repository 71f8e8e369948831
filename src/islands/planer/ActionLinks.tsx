import { useMemo, useState } from 'preact/hooks';
import type { PlanerTexts } from '../../i18n/de/planer';
import { fill, formatList, plural } from '../../i18n/format';
import { actionLinks, linkCandidates, MAX_ACTION_CONTACTS, toggleContact } from '../../lib/planner/action-links';
import type { Action, Contact, Goal } from '../../lib/planner/planner-schema';

type LinkTexts = PlanerTexts['actions']['links'];

/** How many contacts the filterable list shows at once; the filter finds the rest. */
const SHOWN = 30;

/**
 * The link fields of an action being edited: a choice of goal („kein Ziel“ first) and the contacts as
 * checkboxes in a disclosure with a filter, so 300 contacts stay usable; the rules are in action-links.ts.
 */
export function ActionLinkFields({ id, goalId, contactIds, goals, contacts, texts, onGoal, onContacts }: {
  id: string;
  goalId: string;
  contactIds: readonly string[];
  goals: readonly Goal[];
  contacts: readonly Contact[];
  texts: LinkTexts;
  onGoal: (goalId: string) => void;
  onContacts: (ids: string[]) => void;
}) {
  const [query, setQuery] = useState('');
  const shown = useMemo(() => linkCandidates(contacts, contactIds, query), [contacts, contactIds, query]);
  const full = contactIds.length >= MAX_ACTION_CONTACTS;
  return (
    <>
      <div class="field">
        <label for={`${id}-ziel`}>{texts.goal}</label>
        <select id={`${id}-ziel`} value={goals.some((g) => g.id === goalId) ? goalId : ''} onChange={(e) => onGoal(e.currentTarget.value)}>
          <option value="">{texts.noGoal}</option>
          {goals.map((g) => (
            <option key={g.id} value={g.id}>
              {g.text.trim() || texts.untitledGoal}
            </option>
          ))}
        </select>
      </div>
      <details class="field link-contacts">
        <summary>
          {texts.contacts} ({plural(texts.chosen, contactIds.length)})
        </summary>
        {contacts.length === 0 ? (
          <p class="hint">{texts.noContacts}</p>
        ) : (
          <fieldset>
            <legend class="visually-hidden">{texts.contacts}</legend>
            <label for={`${id}-filter`}>{texts.filter}</label>
            <p class="hint" id={`${id}-filter-hint`}>
              {texts.filterHint}
            </p>
            <input id={`${id}-filter`} type="search" aria-describedby={`${id}-filter-hint`} value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
            {full && <p class="hint">{fill(texts.limit, { n: MAX_ACTION_CONTACTS })}</p>}
            {shown.length === 0 && <p class="hint">{texts.noMatch}</p>}
            <ul class="plain-list">
              {shown.slice(0, Math.max(SHOWN, contactIds.length)).map((c) => {
                const on = contactIds.includes(c.id);
                return (
                  <li key={c.id} class="choice">
                    <input type="checkbox" id={`${id}-k-${c.id}`} checked={on} disabled={!on && full} onChange={(e) => onContacts(toggleContact(contactIds, c.id, e.currentTarget.checked))} />
                    <label for={`${id}-k-${c.id}`}>
                      {c.name}
                      {c.organisation && <span class="muted"> · {c.organisation}</span>}
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        )}
      </details>
    </>
  );
}

/** The links as they read on the action: „Ziel: …“ and „mit …“; nothing when it has none. */
export function ActionLinksLine({ action, goals, contacts, texts }: { action: Pick<Action, 'goalId' | 'contactIds'>; goals: readonly Goal[]; contacts: readonly Contact[]; texts: LinkTexts }) {
  const links = actionLinks(action, goals, contacts);
  const parts = [
    links.goal && fill(texts.forGoal, { goal: links.goal.text.trim() || texts.untitledGoal }),
    links.contacts.length > 0 && fill(texts.withContacts, { names: formatList(links.contacts.map((c) => c.name)) }),
  ].filter((p): p is string => !!p);
  return parts.length ? <span class="action-links muted">{parts.join(' · ')}</span> : null;
}
