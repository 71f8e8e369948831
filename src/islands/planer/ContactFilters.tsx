import { useMemo } from 'preact/hooks';
import type { PlanerTexts } from '../../i18n/de/planer';
import { fill } from '../../i18n/format';
import { CONTACT_SORTS, hasTag, tagOptions, type ContactListState, type ContactSort } from '../../lib/planner/contact-list';
import { PRIORITIES, type Contact, type Priority, type TargetGroup } from '../../lib/planner/planner-schema';

/**
 * The contact list's filters and sort, inside its „Filtern und sortieren“ panel. A lazy part of
 * ContactList: it loads when the panel opens (or is about to), since most visits only search.
 */
export function ContactFilters({
  state,
  update,
  contacts,
  groups,
  texts,
}: {
  state: ContactListState;
  update: (patch: Partial<ContactListState>) => void;
  contacts: readonly Contact[];
  groups: readonly TargetGroup[];
  texts: PlanerTexts['contacts']['list'];
}) {
  const tags = useMemo(() => tagOptions(contacts), [contacts]);
  const togglePriority = (p: Priority, on: boolean) => update({ priorities: PRIORITIES.filter((x) => (x === p ? on : state.priorities.includes(x))) });
  return (
    <>
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
    </>
  );
}
