import { useEffect, useRef, useState } from 'preact/hooks';
import type { DraftProps } from '../../i18n/de/drafts';
import type { PlanerTexts } from '../../i18n/de/planer';
import { fill, formatDay, plural } from '../../i18n/format';
import { type IsoDay } from '../../lib/dates/iso-day';
import { dueCounts, SNOOZE_WEEKS, type DueItem } from '../../lib/planner/follow-up';
import type { InteractionChannel } from '../../lib/planner/planner-schema';
import { logInteraction, snooze } from '../../stores/planner-contacts';
import { retryable } from '../shared/fresh-import';
import { LazyFallback } from '../shared/LazyFallback';
import { useLazyPart } from '../shared/use-lazy';
import { announce } from './announce';
import { dueSummary } from './due-summary';
import { rich } from './rich';

type Texts = PlanerTexts['contacts']['due'];
const SHOWN = 10;
const loadDraft = retryable(() => import('./DraftMessage'), 'DraftMessage');
const loadContacted = retryable(() => import('./ContactedForm'), 'ContactedForm');

/** When an item is due, in words: overdue since, today, or in some days. */
function when(item: DueItem, texts: Texts): string {
  const day = formatDay(item.next);
  if (item.overdue) return plural(texts.overdueSince, item.daysLate, { day });
  return item.daysLate === 0 ? texts.dueToday : plural(texts.dueIn, -item.daysLate, { day });
}

/**
 * Contacts to get in touch with, soonest first: overdue ones marked, with „heute kontaktiert“, „später“
 * and „Nachricht entwerfen“ (the draft opens below the list, so it stays when its contact leaves the list).
 * Without `today` it holds the list's place, so nothing below jumps when the day is known.
 */
export function DueList({ items, today, onOpen, texts, summary, drafts, channelLabels }: { items: DueItem[]; today: IsoDay | null; onOpen: (id: string) => void; texts: Texts; summary: PlanerTexts['due']; drafts: DraftProps; channelLabels: Readonly<Record<InteractionChannel, string>> }) {
  const [all, setAll] = useState(false);
  const [draftFor, setDraftFor] = useState<string | null>(null);
  // The draft dialog loads only when someone asks for it.
  const draftPart = useLazyPart(loadDraft, draftFor !== null);
  const draftModule = draftPart.module;
  // „Heute kontaktiert“ asks how and for a note in a small form, loaded on the first click.
  const [contacting, setContacting] = useState<string | null>(null);
  const contactedPart = useLazyPart(loadContacted, contacting !== null);
  const contactedModule = contactedPart.module;
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
  const heading = (
    <h2 id="faellig-titel" tabIndex={-1}>
      {summary.title}
    </h2>
  );
  if (today === null) {
    return (
      <>
        {heading}
        <p class="muted">{summary.pending}</p>
      </>
    );
  }

  return (
    <>
      {heading}
      <p>{dueSummary(summary, dueCounts(items))}</p>
      <ul class="plain-list">
        {(all ? items : items.slice(0, SHOWN)).map((item, index) => {
          const name = { name: item.name };
          return (
            <li key={item.id} class={item.overdue ? 'due-item overdue' : 'due-item'}>
              <p>
                {rich(item.organisation ? texts.whoAt : texts.who, { name: <strong>{item.name}</strong>, organisation: item.organisation, priority: item.priority })}
                <br />
                <span class={item.overdue ? 'overdue-text' : undefined}>{when(item, texts)}</span>
              </p>
              <div class="item-buttons">
                <button type="button" id={`faellig-${item.id}`} aria-label={fill(texts.contactedName, name)} aria-expanded={contacting === item.id} onClick={() => setContacting(contacting === item.id ? null : item.id)}>
                  {texts.contacted}
                </button>
                <span role="group" aria-label={fill(texts.snoozeName, name)} class="snooze">
                  <span aria-hidden="true">{texts.later}</span>
                  {SNOOZE_WEEKS.map((w) => (
                    <button type="button" class="secondary" key={w} onClick={act(index, plural(texts.snoozed, w, name), () => snooze(item.id, today, w))}>
                      {plural(texts.weeks, w)}
                    </button>
                  ))}
                </span>
                <button type="button" class="secondary" id={`faellig-${item.id}-entwurf`} aria-label={fill(drafts.texts.openName, name)} aria-expanded={draftFor === item.id} onClick={() => setDraftFor(draftFor === item.id ? null : item.id)}>
                  {drafts.texts.open}
                </button>
                <button type="button" class="link" aria-label={fill(texts.openName, name)} onClick={() => onOpen(item.id)}>
                  {texts.open}
                </button>
              </div>
              {contacting === item.id && !contactedModule && <LazyFallback part={contactedPart} texts={texts.contactedPart} id="faellig-kontakt-status" />}
              {contacting === item.id && contactedModule && (
                <contactedModule.ContactedForm
                  id={`faellig-${item.id}-kontakt`}
                  name={item.name}
                  texts={texts}
                  channelLabels={channelLabels}
                  onSubmit={(entry) => {
                    setContacting(null);
                    act(index, fill(texts.contactedDone, name), () => logInteraction(item.id, { date: today, ...entry }))();
                  }}
                  onCancel={() => {
                    setContacting(null);
                    document.getElementById(`faellig-${item.id}`)?.focus();
                  }}
                />
              )}
            </li>
          );
        })}
      </ul>
      {draftFor !== null && !draftModule && <LazyFallback part={draftPart} texts={texts.draftPart} id="faellig-entwurf-status" />}
      {draftFor !== null && draftModule && (
        <draftModule.DraftMessage
          key={draftFor}
          id="faellig-entwurf"
          contactId={draftFor}
          today={today}
          drafts={drafts}
          onClose={() => {
            const from = draftFor;
            setDraftFor(null);
            (document.getElementById(`faellig-${from}-entwurf`) ?? document.getElementById('faellig-titel'))?.focus();
          }}
        />
      )}
      {items.length > SHOWN && (
        <button type="button" class="secondary" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? fill(texts.showFirst, { n: SHOWN }) : fill(texts.showAll, { n: items.length })}
        </button>
      )}
    </>
  );
}
