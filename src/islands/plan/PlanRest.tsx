import type { ComponentChildren } from 'preact';
import type { PlanTexts } from '../../i18n/de/plan';
import { fill, formatDay, formatList, plural } from '../../i18n/format';
import { formatHours, formatMinutes } from '../../i18n/units';
import type { IsoDay } from '../../lib/dates/iso-day';
import { NOTE_LINES, WORKSHEET_LINES, paperTimeline, printedParts } from '../../lib/plan/plan-pages';
import type { ActionRow, ContactRow, Duration, MissingNote, PlanModel, PlanPartId, PrintChoice } from '../../lib/plan/plan-model';
import { channelName } from '../../lib/planner/channel-label';
import type { TimelineEntry } from '../../lib/timeline/timeline';
import { NetworkMap } from '../shared/NetworkMap';
import { profileLineText } from '../selbsttest/render';
import type { ProfileTexts } from '../../i18n/de/recommendations';
import { fillNodes } from './fill-nodes';
import { day as dayOf, due as dueOf, Ruled, Tick } from './plan-bits';
import type { PlanChoices } from './plan-choice-names';

/**
 * Everything of the plan after its first page, the first page's Netzwerkkarte, and the blank
 * worksheet. PlanApp loads this module when the browser is first idle after the plan is usable
 * (and the print button waits for it), so the first load carries only the first page
 * („Auf einen Blick“) and the toolbar: see PlanApp for why it loads early rather than on demand.
 */

// The profile's lines and the networks' fit ranking are needed only by the parts after the first page.
export { planInputs } from '../../lib/plan/plan-inputs';
export { estimatePages } from '../../lib/plan/plan-pages';

/** What the parts after the first page are drawn from. */
export interface PlanRestProps {
  plan: PlanModel;
  texts: PlanTexts;
  choices: PlanChoices;
  profileTexts: ProfileTexts;
  choice: PrintChoice;
}

/** A section's words: its title, what it says while empty, and its link. */
interface SectionWords {
  title: string;
  missing?: string;
  link?: string;
  allDone?: string;
  noneAB?: string;
}

/**
 * One part of the plan. Empty, it says on screen what is missing and where to fill it in; that hint
 * is for the screen only, and the part is left out on paper (`printed` false).
 */
function Section({ id, words, missing, printed, children }: { id: string; words: SectionWords; missing: MissingNote | null; printed: boolean; children: () => ComponentChildren }) {
  return (
    <section class={printed ? 'plan-section' : 'plan-section no-print'} aria-labelledby={`teil-${id}`}>
      <h2 id={`teil-${id}`}>{words.title}</h2>
      {missing ? (
        <p class="plan-missing">
          {words[missing.reason] ?? words.missing} <a href={missing.href}>{words.link}</a>
        </p>
      ) : (
        children()
      )}
    </section>
  );
}

/** A card's rows: label and value side by side, stacked when narrow; a `false` row (a value the reader left empty) is left out. */
function Rows({ rows }: { rows: ([string, ComponentChildren] | false)[] }) {
  return (
    <dl class="plan-rows">
      {rows.filter((r) => r !== false).map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The label size of the first page's map, in viewBox units: about 9 pt on paper, where the map is 8.5 cm wide. */
const PAPER_MAP_FONT = 24;

/** The Netzwerkkarte of the first page: on paper with fixed label size, no buttons, its summary sentence and legend below. */
export function PlanMap({ plan, texts }: Pick<PlanRestProps, 'plan' | 'texts'>) {
  return <NetworkMap contacts={plan.planner.contacts} groups={plan.planner.groups} today={plan.date} texts={texts.map} fontSize={PAPER_MAP_FONT} idPrefix="plan-karte" />;
}

/** The next three months on paper: what is overdue, then week by week only the weeks that hold something, each entry with a box to tick; the channels' rhythm below. */
function TimelinePart({ plan, texts, choices, choice }: Pick<PlanRestProps, 'plan' | 'texts' | 'choices' | 'choice'>) {
  const t = paperTimeline(plan, choice.contacts);
  const tl = texts.timeline;
  const short = (iso: IsoDay) => <time dateTime={iso}>{formatDay(iso, 'dayMonthShort')}</time>;
  const what = (e: TimelineEntry) => (e.kind === 'action' ? fill(tl.action, { title: e.title }) : e.kind === 'followUp' ? fill(tl.followUp, { name: e.name, priority: e.priority }) : fill(tl.birthday, { name: e.name }));
  const entry = (e: TimelineEntry) => (
    <li key={`${e.kind}-${e.id}`}>
      <Tick />
      {/* A no-break space: a box never ends a line without its entry. */}
      {'\u00a0'}
      {fillNodes(tl.entry, { day: short(e.day), text: what(e) })}
    </li>
  );
  // Overdue follow-ups by name only (the contact cards say since when); overdue actions with their day.
  const late = (e: TimelineEntry) =>
    e.kind === 'followUp' ? (
      <li key={`${e.kind}-${e.id}`} class="plan-timeline-name">
        <Tick /> {fill(tl.overdueFollowUp, { name: e.name, priority: e.priority })}
      </li>
    ) : (
      entry(e)
    );
  return (
    <>
      {t.overdue.length > 0 && (
        <div class="plan-timeline-late">
          <h3>{tl.overdue}</h3>
          <ul class="plan-timeline-flow">{t.overdue.map(late)}</ul>
        </div>
      )}
      <div class="plan-timeline">
        {t.weeks
          .filter((w) => w.entries.length > 0)
          .map((w) => (
            <div key={w.start} class="plan-timeline-week">
              <h3>{fillNodes(tl.week, { start: short(w.start), end: short(w.end) })}</h3>
              <ul class="plan-timeline-flow">{w.entries.map(entry)}</ul>
            </div>
          ))}
      </div>
      {t.recurring.length > 0 && (
        <>
          <h3>{tl.recurring}</h3>
          <ul class="plan-list">
            {t.recurring.map((c) => (
              <li key={c.id}>
                {fill(tl.channel, {
                  channel: channelName({ types: choices.channels, ...choices.channelTexts }, c),
                  frequency: fill(texts.document.frequency, { times: c.times, period: choices.periods[c.per] }),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {choice.contacts === 'ab' && plan.contacts.cCount > 0 && <p class="plan-note">{texts.paper.timelineOnlyAB}</p>}
    </>
  );
}

/** The parts after the first page that the reader chose, built from the plan model and worded with `texts` and `choices`. */
export function PlanSections({ plan, texts, choices, profileTexts, choice }: PlanRestProps) {
  const { profile, goals, groups, channels, networks, give, actions } = plan;
  const w = texts.document;
  const s = texts.sections;
  const paper = texts.paper;
  const day = (iso: IsoDay | null) => dayOf(w, iso);
  const due = (iso: IsoDay | null, overdue: boolean) => dueOf(w, iso, overdue);
  const duration = (d: Duration) => (d.unit === 'hours' ? formatHours(d.n) : plural(w.minutes, d.n));
  const printed = new Set(printedParts(plan, choice));
  const shown = new Set<PlanPartId>(choice.parts);
  const contacts = choice.contacts === 'all' ? plan.allContacts : plan.contacts.rows;
  const contactsMissing = contacts.length ? null : (plan.contacts.missing ?? { reason: 'noneAB' as const, href: '' });
  const verdict = (
    <p class={channels.verdict.code === 'over' ? 'verdict over' : 'verdict'}>
      {fill(texts.verdicts[channels.verdict.code], {
        hours: formatMinutes(channels.verdict.overMinutes),
      })}
    </p>
  );
  const actionTicks = (rows: ActionRow[]) => (
    <ul class="plan-ticks">
      {rows.map((a) => (
        <li key={a.id}>
          <Tick /> {a.title}
          {a.due && <> · {due(a.due, a.overdue)}</>}
          {a.contacts.length > 0 && <> · {fill(w.actionWith, { names: formatList(a.contacts) })}</>}
        </li>
      ))}
    </ul>
  );
  const goalCard = (row: PlanModel['goals']['rows'][number]) => (
    <li key={row.id} class="plan-card">
      <p class="plan-card-title">{row.text || w.noGoalText}</p>
      <Rows
        rows={[
          [w.goalKind, choices.goalKinds[row.kind]],
          [w.goalMeasure, row.measure || w.none],
          [w.goalDeadline, day(row.deadline)],
        ]}
      />
      {row.actions.length > 0 && actionTicks(row.actions)}
    </li>
  );
  // Compact on purpose: name, organisation and priority on one line, rhythm and days on the next,
  // so two columns of cards hold a few hundred contacts on a handful of pages.
  const contactCard = (c: ContactRow) => (
    <li key={c.id} class="plan-card plan-contact">
      <p class="plan-card-title">
        {c.name} <span class="badge">{c.priority}</span>
        <span class="plan-org">
          {c.organisation && <> · {c.organisation}</>} · {choices.rhythms[c.rhythm]}
        </span>
      </p>
      {(c.next || c.last) && (
        <p>
          {c.next && (
            <>
              <Tick /> {fillNodes(w.contactNextShort, { day: due(c.next, c.overdue) })}
            </>
          )}
          {c.next && c.last && ' · '}
          {c.last && fillNodes(w.contactLastShort, { day: day(c.last) })}
        </p>
      )}
      {c.offer && (
        <p>
          {w.contactOffer}: {c.offer}
        </p>
      )}
    </li>
  );

  return (
    <>
        {shown.has('profile') && (
          <Section id="profil" words={s.profile} missing={profile.missing} printed={printed.has('profile')}>
            {() => (
              <ul class="plan-list">
                {profile.lines.map((l) => (
                  <li key={l.field}>{fill(w.profileLine, profileLineText(l, profileTexts))}</li>
                ))}
              </ul>
            )}
          </Section>
        )}
        {shown.has('goals') && (
          <Section id="ziele" words={{ ...s.goals, title: paper.goals }} missing={goals.rows.length || actions.rows.length ? null : goals.missing} printed={printed.has('goals')}>
            {() => (
              <>
                {/* Each goal with the steps that serve it; steps for no goal follow as „Weitere Schritte“. */}
                {goals.rows.length > 0 && (
                  <ul class="plan-cards plan-goals">
                    {goals.rows.map((row) => goalCard(row))}
                  </ul>
                )}
                {actions.missing ? (
                  <p class="plan-missing">
                    {s.actions[actions.missing.reason as 'missing' | 'allDone'] ?? s.actions.missing} <a href={actions.missing.href}>{s.actions.link}</a>
                  </p>
                ) : (
                  actions.unlinked.length > 0 && (
                    <>
                      <h3>{goals.rows.length ? paper.moreSteps : paper.actions}</h3>
                      {actionTicks(actions.unlinked)}
                    </>
                  )
                )}
              </>
            )}
          </Section>
        )}
        {shown.has('timeline') && printed.has('timeline') && (
          <Section id="zeitleiste" words={{ title: paper.timeline }} missing={null} printed>
            {() => <TimelinePart plan={plan} texts={texts} choices={choices} choice={choice} />}
          </Section>
        )}
        {shown.has('groups') && (
          <Section id="zielgruppen" words={s.groups} missing={groups.missing} printed={printed.has('groups')}>
            {() => (
              <ul class="plan-cards">
                {groups.rows.map((row) => (
                  <li key={row.id} class="plan-card">
                    <p class="plan-card-title">{row.name || w.noGroupName}</p>
                    <Rows
                      rows={[
                        [w.groupKind, choices.groupKinds[row.kind]],
                        [w.groupLevel, choices.levels[row.level]],
                        !!row.people && [w.groupPeople, row.people],
                      ]}
                    />
                  </li>
                ))}
              </ul>
            )}
          </Section>
        )}
        {shown.has('channels') && (
          <Section id="kanaele" words={s.channels} missing={channels.missing} printed={printed.has('channels')}>
            {() => (
              <>
                <ul class="plan-cards">
                  {channels.rows.map((c) => (
                    <li key={c.id} class="plan-card">
                      <p class="plan-card-title">{channelName({ types: choices.channels, ...choices.channelTexts }, c)}</p>
                      <Rows
                        rows={[
                          [
                            w.channelFrequency,
                            fill(w.frequency, {
                              times: c.times,
                              period: choices.periods[c.per],
                            }),
                          ],
                          [w.channelOccasion, duration(c.perOccasion)],
                          [w.channelMonth, formatMinutes(c.perMonth)],
                        ]}
                      />
                    </li>
                  ))}
                </ul>
                <Rows
                  rows={[
                    channels.careMinutes !== null && [w.careByRhythm, formatMinutes(channels.careMinutes)],
                    [w.total, formatMinutes(channels.totalMinutes)],
                    channels.budgetMinutes !== null && [w.budget, formatMinutes(channels.budgetMinutes)],
                  ]}
                />
                {verdict}
              </>
            )}
          </Section>
        )}
        {shown.has('networks') && (
          <Section id="netzwerke" words={s.networks} missing={networks.missing} printed={printed.has('networks')}>
            {() => (
              <ul class="plan-cards">
                {networks.rows.map((n) => (
                  <li key={n.name} class="plan-card">
                    <p class="plan-card-title">{n.name}</p>
                    <Rows rows={[!!n.kind && [w.networkKind, choices.kinds[n.kind]], [w.networkFit, fill(w.score, { score: n.score })]]} />
                  </li>
                ))}
              </ul>
            )}
          </Section>
        )}
        {shown.has('give') && (
          <Section id="vorstellung" words={s.give} missing={give.missing} printed={printed.has('give')}>
            {() => (
              <>
                {give.intro && <p class="intro">{give.intro}</p>}
                {give.offer.length > 0 && (
                  <>
                    <h3>{w.offer}</h3>
                    <ul class="plan-list">
                      {give.offer.map((o) => (
                        <li key={o}>{o}</li>
                      ))}
                    </ul>
                  </>
                )}
              </>
            )}
          </Section>
        )}
        {shown.has('contacts') && (
          <Section
            id="kontakte"
            words={{
              ...s.contacts,
              title: choice.contacts === 'all' ? s.contacts.titleAll : s.contacts.title,
            }}
            missing={contactsMissing}
            printed={printed.has('contacts')}
          >
            {() => (
              <>
                <ul class="plan-cards plan-contacts">{contacts.map(contactCard)}</ul>
                {choice.contacts === 'ab' && plan.contacts.cCount > 0 && <p>{plural(w.cContacts, plan.contacts.cCount)}</p>}
              </>
            )}
          </Section>
        )}
        {shown.has('birthdays') && printed.has('birthdays') && (
          <Section id="geburtstage" words={{ title: paper.birthdays }} missing={null} printed>
            {() => (
              // One line a month („März: 14. M. Bauer, 20. Jana Ohm“), in columns: a year of birthdays on a part of a page.
              <div class="plan-months">
                {plan.birthdays.map((m) => (
                  <p key={m.month} class="plan-month">
                    <strong>{w.months[m.month - 1]}:</strong> {m.rows.map((r) => `${fill(w.birthdayDay, { day: r.day })} ${r.name}`).join(', ')}
                  </p>
                ))}
              </div>
            )}
          </Section>
        )}
        {shown.has('notes') && (
          <Section id="notizen" words={{ title: paper.notes }} missing={null} printed>
            {() => <Ruled lines={NOTE_LINES} />}
          </Section>
        )}
    </>
  );
}

/** The plan of a reader who has entered nothing yet: a worksheet with lines to write on, part by part. */
export function Worksheet({ texts, date, choice }: { texts: PlanTexts; date: ComponentChildren; choice: PrintChoice }) {
  const g = texts.glance;
  const s = texts.sections;
  const shown = new Set<PlanPartId>(choice.parts);
  const part = (id: PlanPartId, title: string) =>
    shown.has(id) && (
      <section key={id} class="plan-section" aria-labelledby={`blatt-${id}`}>
        <h2 id={`blatt-${id}`}>{title}</h2>
        <Ruled lines={id === 'notes' ? NOTE_LINES : WORKSHEET_LINES} />
      </section>
    );
  return (
    <article
      class="plan plan-worksheet print-only"

      aria-labelledby="plan-titel"
    >
      <p class="plan-worksheet-meta">{fillNodes(texts.meta.withoutOwner, { date })}</p>
      <p class="intro">{texts.worksheet.lead}</p>
      <section class="plan-glance" aria-labelledby="blatt-blick">
        <h2 id="blatt-blick">{g.title}</h2>
        <p class="plan-write">{texts.worksheet.owner}</p>
        <Ruled lines={1} />
        <h3>{g.goals}</h3>
        <Ruled lines={4} />
        <h3>{g.steps}</h3>
        <ul class="plan-ticks plan-ticks-blank">
          {[1, 2, 3, 4, 5].map((n) => (
            <li key={n}>
              <Tick />
              <span class="ruled-inline" />
            </li>
          ))}
        </ul>
        <h3>{g.time}</h3>
        <Ruled lines={2} />
      </section>
      {part('goals', texts.paper.goals)}
      {part('groups', s.groups.title)}
      {part('channels', s.channels.title)}
      {part('give', s.give.title)}
      {part('contacts', s.contacts.title)}
      {part('birthdays', texts.paper.birthdays)}
      {part('notes', texts.paper.notes)}
    </article>
  );
}
