import type { ComponentChildren } from 'preact';
import type { PlanTexts } from '../../i18n/de/plan';
import { fill, formatDay, formatList, plural } from '../../i18n/format';
import { formatHours, formatMinutes } from '../../i18n/units';
import type { IsoDay } from '../../lib/dates/iso-day';
import { printedParts, NOTE_LINES, WORKSHEET_LINES, type ActionRow, type ContactRow, type Duration, type MissingNote, type PlanModel, type PlanPartId, type PrintChoice } from '../../lib/plan/plan-model';
import { channelName, type ChannelNameTexts } from '../../lib/planner/channel-label';
import type { ChannelType, GoalKind, GroupKind, GroupLevel, Period, Priority, Rhythm, Alarm } from '../../lib/planner/planner-schema';
import type { KindId } from '../../lib/profile/network-kinds';
import { fillNodes } from './fill-nodes';
import type { ProfileTexts } from '../../i18n/de/recommendations';
import { profileLineText } from '../selbsttest/render';

/** The names of the planner's choices and of the kinds of network, keyed by the stored values; the page hands them in. */
export interface PlanChoices {
  goalKinds: Readonly<Record<GoalKind, string>>;
  groupKinds: Readonly<Record<GroupKind, string>>;
  levels: Readonly<Record<GroupLevel, string>>;
  channels: Readonly<Record<ChannelType, string>>;
  periods: Readonly<Record<Period, string>>;
  rhythms: Readonly<Record<Rhythm, string>>;
  priorities: Readonly<Record<Priority, string>>;
  alarms: Readonly<Record<Alarm, string>>;
  /** How a channel with a name of its own is written. */
  channelTexts: Omit<ChannelNameTexts, 'types'>;
  /** Short names of the kinds of network („Alumni-Gruppe“). */
  kinds: Readonly<Record<KindId, string>>;
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

/** A drawn box to tick on paper; screen readers skip it (the list says what it is). */
const Tick = () => (
  <span class="tick" aria-hidden="true">
    ☐
  </span>
);

/** Ruled lines to write on. */
const Ruled = ({ lines }: { lines: number }) => (
  <div class="ruled" aria-hidden="true">
    {Array.from({ length: lines }, (_, i) => (
      <span key={i} />
    ))}
  </div>
);

/** Lines the first page offers to write on, as many as fit below its content (the rest is cut off on paper; hidden on screen). */
const FILL_LINES = 24;

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

/** The plan as one document – the first page „Auf einen Blick“, then the parts the reader chose – built from the plan model and worded with `texts` and `choices`. */
export function PlanDocument({ plan, texts, choices, profileTexts, choice }: { plan: PlanModel; texts: PlanTexts; choices: PlanChoices; profileTexts: ProfileTexts; choice: PrintChoice }) {
  const { profile, goals, groups, channels, networks, give, actions } = plan;
  const w = texts.document;
  const s = texts.sections;
  const g = texts.glance;
  const paper = texts.paper;
  const day = (iso: IsoDay | null) => (iso ? <time dateTime={iso}>{formatDay(iso, 'short')}</time> : w.none);
  const due = (iso: IsoDay | null, overdue: boolean) => (
    <>
      {day(iso)}
      {overdue && (
        <>
          {' '}
          <strong class="late">{w.overdue}</strong>
        </>
      )}
    </>
  );
  const duration = (d: Duration) => (d.unit === 'hours' ? formatHours(d.n) : plural(w.minutes, d.n));
  const date = <time dateTime={plan.date}>{formatDay(plan.date)}</time>;
  const printed = new Set(printedParts(plan, choice));
  const shown = new Set<PlanPartId>(choice.parts);
  const contacts = choice.contacts === 'all' ? plan.allContacts : plan.contacts.rows;
  const contactsMissing = contacts.length ? null : (plan.contacts.missing ?? { reason: 'noneAB' as const, href: '' });
  const used = channels.totalMinutes;
  const budget = channels.budgetMinutes;
  const share = budget ? Math.min(1, used / budget) : 0;

  // The time verdict stands on the first page and under the channels.
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

  // A reader who has entered nothing sees on screen what is missing and where to fill it in, and gets the worksheet on paper.
  return (
    <>
      {plan.blank && <Worksheet texts={texts} date={date} choice={choice} />}
      <article
        class={plan.blank ? 'plan no-print' : 'plan'}

        aria-labelledby="plan-titel"
      >
        <p class="plan-meta">{fillNodes(plan.owner ? texts.meta.withOwner : texts.meta.withoutOwner, { owner: plan.owner, date })}</p>
        <section class="plan-glance" aria-labelledby="teil-blick">
          <h2 id="teil-blick">{g.title}</h2>
          <div class="plan-glance-grid">
            <div>
              <h3>{g.goals}</h3>
              {goals.rows.length ? (
                <ul class="plan-goal-list">
                  {goals.rows.map((row) => (
                    <li key={row.id}>
                      <strong>{row.text || w.noGoalText}</strong>
                      {row.measure && <> – {row.measure}</>}
                      {row.deadline && (
                        <>
                          {' '}
                          ({w.goalDeadline} {day(row.deadline)})
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              ) : (
                <Ruled lines={3} />
              )}
            </div>
            <div>
              <h3>{g.steps}</h3>
              <ul class="plan-ticks">
                {plan.nextSteps.map((step) => (
                  <li key={step.id}>
                    <Tick /> {step.kind === 'action' ? step.title : fill(g.followUp, { name: step.name })}
                    {step.due && <> · {due(step.due, step.overdue)}</>}
                  </li>
                ))}
              </ul>
            </div>
            <div>
              <h3>{g.time}</h3>
              {budget !== null && (
                <svg class="plan-bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                  <rect class="plan-bar-track" x="0" y="0" width="100" height="6" />
                  <rect class={channels.verdict.code === 'over' ? 'plan-bar-used over' : 'plan-bar-used'} x="0" y="0" width={Math.round(share * 100)} height="6" />
                </svg>
              )}
              <p>
                {budget === null
                  ? fill(g.timeNoBudget, { used: formatMinutes(used) })
                  : fill(g.timeOfBudget, {
                      used: formatMinutes(used),
                      budget: formatMinutes(budget),
                    })}
              </p>
              {verdict}
            </div>
          </div>
          <div class="plan-fill">
            <h3>{g.notes}</h3>
            <Ruled lines={FILL_LINES} />
          </div>
        </section>
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
      </article>
    </>
  );
}

/** The plan of a reader who has entered nothing yet: a worksheet with lines to write on, part by part. */
function Worksheet({ texts, date, choice }: { texts: PlanTexts; date: ComponentChildren; choice: PrintChoice }) {
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
