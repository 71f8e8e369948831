import type { PlanerTexts } from '../../i18n/de/planer';
import { fill, formatDay, plural } from '../../i18n/format';
import { BIRTHDAY_HORIZON_DAYS, type UpcomingBirthday } from '../../lib/planner/follow-up';
import { rich } from './rich';

/** Birthdays in the next 30 days – a good reason to get in touch. Null while the reader's day is not known. */
export function Birthdays({ items, texts, pending }: { items: UpcomingBirthday[] | null; texts: PlanerTexts['contacts']['birthdays']; pending: string }) {
  const horizon = { n: BIRTHDAY_HORIZON_DAYS };
  return (
    <>
      <h2>{fill(texts.title, horizon)}</h2>
      {items === null ? (
        <p class="muted">{pending}</p>
      ) : items.length ? (
        <ul class="plain-list">
          {items.map((b) => (
            <li key={b.id}>
              {rich(texts.item, {
                name: <strong>{b.name}</strong>,
                day: <time dateTime={b.date}>{formatDay(b.date)}</time>,
                when: b.inDays === 0 ? texts.today : plural(texts.inDays, b.inDays),
              })}
            </li>
          ))}
        </ul>
      ) : (
        <p>{fill(texts.none, horizon)}</p>
      )}
    </>
  );
}
