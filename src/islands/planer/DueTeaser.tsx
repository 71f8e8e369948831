import { useMemo } from 'preact/hooks';
import type { PlanerTexts } from '../../i18n/de/planer';
import { formatDay } from '../../i18n/format';
import { type IsoDay } from '../../lib/dates/iso-day';
import { dueCounts, dueList } from '../../lib/planner/follow-up';
import type { Contact } from '../../lib/planner/planner-schema';
import { PLANNER_SECTION_ROUTES } from '../../lib/site/routes';
import { dueSummary } from './due-summary';
import { rich } from './rich';

const SHOWN = 5;

/** A glimpse of the due list on the overview; „heute kontaktiert“ and „später“ live on the contacts page. */
export function DueTeaser({ contacts, today, texts, teaserTexts: t }: { contacts: readonly Contact[]; today: IsoDay; texts: PlanerTexts['due']; teaserTexts: PlanerTexts['teaser'] }) {
  const due = useMemo(() => dueList(contacts, today), [contacts, today]);
  return (
    <section class="card" aria-labelledby="faellig-titel">
      <h2 id="faellig-titel">{texts.title}</h2>
      <p>{dueSummary(texts, dueCounts(due))}</p>
      {due.length > 0 && (
        <ul class="plain-list">
          {due.slice(0, SHOWN).map((d) => (
            <li key={d.id} class={d.overdue ? 'due-item overdue' : 'due-item'}>
              {rich(d.overdue ? (d.organisation ? t.overdueSinceAt : t.overdueSince) : d.organisation ? t.dueOnAt : t.dueOn, {
                name: <strong>{d.name}</strong>,
                organisation: d.organisation,
                day: <time dateTime={d.next}>{formatDay(d.next)}</time>,
              })}
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={PLANNER_SECTION_ROUTES.kontakte}>{due.length ? t.link : t.linkNone}</a>
      </p>
    </section>
  );
}
