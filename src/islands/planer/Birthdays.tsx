import type { UpcomingBirthday } from '../../lib/planner/follow-up';
import { PENDING } from './DueList';
import { formatDay } from '../../i18n/format';

/** Birthdays in the next 30 days – a good reason to get in touch. Null while the reader's day is not known. */
export function Birthdays({ items }: { items: UpcomingBirthday[] | null }) {
  return (
    <>
      <h2>Geburtstage in den nächsten 30 Tagen</h2>
      {items === null ? (
        <p class="muted">{PENDING}</p>
      ) : items.length ? (
        <ul class="plain-list">
          {items.map((b) => (
            <li key={b.id}>
              <strong>{b.name}</strong> – <time dateTime={b.date}>{formatDay(b.date)}</time> ({b.inDays === 0 ? 'heute' : b.inDays === 1 ? 'morgen' : `in ${b.inDays} Tagen`})
            </li>
          ))}
        </ul>
      ) : (
        <p>Keine Geburtstage in den nächsten 30 Tagen.</p>
      )}
    </>
  );
}
