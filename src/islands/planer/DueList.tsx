import { useEffect, useRef, useState } from 'preact/hooks';
import { SNOOZE_WEEKS, type DueItem } from '../../lib/planner/follow-up';
import { type IsoDay } from '../../lib/dates/iso-day';
import { markContactedToday, snooze } from '../../stores/planner-contacts';
import { announce } from './announce';
import { formatDay } from '../../i18n/format';

const SHOWN = 10;
const weeks = (w: number) => (w === 1 ? '1 Woche' : `${w} Wochen`);

function when(item: DueItem): string {
  const day = formatDay(item.next);
  const d = item.daysLate;
  if (item.overdue) return `Überfällig seit ${d === 1 ? 'gestern' : `${d} Tagen`} (${day})`;
  return d === 0 ? 'Heute fällig' : `Fällig ${d === -1 ? 'morgen' : `in ${-d} Tagen`}, am ${day}`;
}

/** What a date-dependent list says while the reader's day is not known yet (server render, hydration). */
export const PENDING = 'Wird für heute berechnet …';

/**
 * Contacts to get in touch with, soonest first: overdue ones marked, with „heute kontaktiert“ and „später“.
 * Without `today` it holds the list's place, so nothing below jumps when the day is known.
 */
export function DueList({ items, today, onOpen }: { items: DueItem[]; today: IsoDay | null; onOpen: (id: string) => void }) {
  const [all, setAll] = useState(false);
  // After an item leaves or moves, focus goes to the item now in its place.
  const refocus = useRef<number | null>(null);
  useEffect(() => {
    const index = refocus.current;
    if (index === null) return;
    refocus.current = null;
    const target = items[Math.min(index, items.length - 1)];
    document.getElementById(target ? `faellig-${target.id}` : 'faellig-titel')?.focus();
  }, [items]);
  const act = (index: number, message: string, change: () => void) => () => {
    refocus.current = index;
    change();
    announce(message);
  };
  const overdue = items.filter((i) => i.overdue).length;
  const heading = (
    <h2 id="faellig-titel" tabIndex={-1}>
      Fällig: bei wem du dich melden solltest
    </h2>
  );
  if (today === null) {
    return (
      <>
        {heading}
        <p class="muted">{PENDING}</p>
      </>
    );
  }

  return (
    <>
      {heading}
      <p>
        {items.length === 0
          ? 'In den nächsten zwei Wochen ist niemand fällig.'
          : `${items.length === 1 ? 'Ein Kontakt ist' : `${items.length} Kontakte sind`} in den nächsten zwei Wochen fällig${overdue ? `, davon ${overdue} überfällig` : ''}.`}
      </p>
      <ul class="plain-list">
        {(all ? items : items.slice(0, SHOWN)).map((item, index) => (
          <li key={item.id} class={item.overdue ? 'due-item overdue' : 'due-item'}>
            <p>
              <strong>{item.name}</strong>
              {item.organisation && `, ${item.organisation}`} · Priorität {item.priority}
              <br />
              <span class={item.overdue ? 'overdue-text' : undefined}>{when(item)}</span>
            </p>
            <div class="item-buttons">
              <button type="button" id={`faellig-${item.id}`} aria-label={`Heute kontaktiert: ${item.name}`} onClick={act(index, `Kontakt mit ${item.name} für heute eingetragen.`, () => markContactedToday(item.id, today))}>
                Heute kontaktiert
              </button>
              <span role="group" aria-label={`${item.name} später erinnern`} class="snooze">
                <span aria-hidden="true">Später:</span>
                {SNOOZE_WEEKS.map((w) => (
                  <button type="button" class="secondary" key={w} onClick={act(index, `${item.name}: um ${weeks(w)} verschoben.`, () => snooze(item.id, today, w))}>
                    {weeks(w)}
                  </button>
                ))}
              </span>
              <button type="button" class="link" aria-label={`Öffnen: ${item.name}`} onClick={() => onOpen(item.id)}>
                Öffnen
              </button>
            </div>
          </li>
        ))}
      </ul>
      {items.length > SHOWN && (
        <button type="button" class="secondary" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? `Nur die ersten ${SHOWN} zeigen` : `Alle ${items.length} fälligen Kontakte zeigen`}
        </button>
      )}
    </>
  );
}
