import { useMemo } from 'preact/hooks';
import { dueList } from '../../lib/planner/follow-up';
import { type IsoDay } from '../../lib/dates/iso-day';
import type { Contact } from '../../lib/planner/planner-schema';
import { formatDay } from '../../i18n/format';
import { PLANNER_SECTION_ROUTES } from '../../lib/site/routes';

const SHOWN = 5;

/** A glimpse of the due list on the overview; „heute kontaktiert“ and „später“ live on the contacts page. */
export function DueTeaser({ contacts, today }: { contacts: readonly Contact[]; today: IsoDay }) {
  const due = useMemo(() => dueList(contacts, today), [contacts, today]);
  const overdue = due.filter((d) => d.overdue).length;
  return (
    <section class="card" aria-labelledby="faellig-titel">
      <h2 id="faellig-titel">Fällig: bei wem du dich melden solltest</h2>
      <p>
        {due.length === 0
          ? 'In den nächsten zwei Wochen ist niemand fällig.'
          : `${due.length === 1 ? 'Ein Kontakt ist' : `${due.length} Kontakte sind`} in den nächsten zwei Wochen fällig${overdue ? `, davon ${overdue} überfällig` : ''}.`}
      </p>
      {due.length > 0 && (
        <ul class="plain-list">
          {due.slice(0, SHOWN).map((d) => (
            <li key={d.id} class={d.overdue ? 'due-item overdue' : 'due-item'}>
              <strong>{d.name}</strong>
              {d.organisation && `, ${d.organisation}`} – {d.overdue ? 'überfällig seit' : 'fällig am'} <time dateTime={d.next}>{formatDay(d.next)}</time>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={PLANNER_SECTION_ROUTES.kontakte}>{due.length ? 'Zur Kontaktpflege: melden oder verschieben' : 'Zur Kontaktpflege'}</a>
      </p>
    </section>
  );
}
