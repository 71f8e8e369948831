import type { ComponentChildren } from 'preact';
import type { PlanTexts } from '../../i18n/de/plan';
import { fill, formatDay, plural } from '../../i18n/format';
import { formatHours, formatMinutes } from '../../i18n/units';
import type { IsoDay } from '../../lib/dates/iso-day';
import type { Duration, MissingNote, PlanModel } from '../../lib/plan/plan-model';
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
  missing: string;
  link: string;
  allDone?: string;
  noneAB?: string;
}

function Section({ words, missing, children }: { words: SectionWords; missing: MissingNote | null; children: () => ComponentChildren }) {
  return (
    <section class="plan-section">
      <h2>{words.title}</h2>
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

/** A table whose first column heads its row; the section's heading names it. */
function Table({ head, rows }: { head: readonly string[]; rows: ComponentChildren[][] }) {
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, i) => (
            <tr key={i}>
              {cells.map((c, j) => (j === 0 ? <th scope="row">{c}</th> : <td>{c}</td>))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The plan as one document, section by section, built from the plan model and worded with `texts` and `choices`. */
export function PlanDocument({ plan, texts, choices, profileTexts }: { plan: PlanModel; texts: PlanTexts; choices: PlanChoices; profileTexts: ProfileTexts }) {
  const { profile, goals, groups, channels, networks, give, actions, contacts } = plan;
  const w = texts.document;
  const s = texts.sections;
  const day = (iso: IsoDay | null) => (iso ? <time dateTime={iso}>{formatDay(iso, 'short')}</time> : w.none);
  const due = (iso: IsoDay | null, overdue: boolean) => (
    <>
      {day(iso)}
      {overdue && <> <strong class="late">{w.overdue}</strong></>}
    </>
  );
  const duration = (d: Duration) => (d.unit === 'hours' ? formatHours(d.n) : plural(w.minutes, d.n));
  const date = <time dateTime={plan.date}>{formatDay(plan.date)}</time>;
  return (
    <article class="plan" aria-labelledby="plan-titel">
      <p class="plan-meta">{fillNodes(plan.owner ? texts.meta.withOwner : texts.meta.withoutOwner, { owner: plan.owner, date })}</p>
      <Section words={s.profile} missing={profile.missing}>
        {() => (
          <ul>
            {profile.lines.map((l) => (
              <li key={l.field}>{fill(w.profileLine, profileLineText(l, profileTexts))}</li>
            ))}
          </ul>
        )}
      </Section>
      <Section words={s.goals} missing={goals.missing}>
        {() => <Table head={w.goals} rows={goals.rows.map((g) => [g.text || w.noGoalText, choices.goalKinds[g.kind], g.measure || w.none, day(g.deadline)])} />}
      </Section>
      <Section words={s.groups} missing={groups.missing}>
        {() => <Table head={w.groups} rows={groups.rows.map((g) => [g.name || w.noGroupName, choices.groupKinds[g.kind], choices.levels[g.level], g.people || w.none])} />}
      </Section>
      <Section words={s.channels} missing={channels.missing}>
        {() => (
          <>
            <Table
              head={w.channels}
              rows={[
                ...channels.rows.map((c) => [
                  channelName({ types: choices.channels, ...choices.channelTexts }, c),
                  fill(w.frequency, { times: c.times, period: choices.periods[c.per] }),
                  duration(c.perOccasion),
                  formatMinutes(c.perMonth),
                ]),
                ...(channels.careMinutes === null ? [] : [[w.care, w.byRhythm, '', formatMinutes(channels.careMinutes)]]),
                [w.total, '', '', formatMinutes(channels.totalMinutes)],
                ...(channels.budgetMinutes === null ? [] : [[w.budget, '', '', formatMinutes(channels.budgetMinutes)]]),
              ]}
            />
            <p class={channels.verdict.code === 'over' ? 'verdict over' : 'verdict'}>{fill(texts.verdicts[channels.verdict.code], { hours: formatMinutes(channels.verdict.overMinutes) })}</p>
          </>
        )}
      </Section>
      <Section words={s.networks} missing={networks.missing}>
        {() => <Table head={w.networks} rows={networks.rows.map((n) => [n.name, n.kind ? choices.kinds[n.kind] : '', fill(w.score, { score: n.score })])} />}
      </Section>
      <Section words={s.give} missing={give.missing}>
        {() => (
          <>
            {give.intro && <p class="intro">{give.intro}</p>}
            {give.offer.length > 0 && (
              <>
                <h3>{w.offer}</h3>
                <ul>
                  {give.offer.map((o) => (
                    <li key={o}>{o}</li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </Section>
      <Section words={s.actions} missing={actions.missing}>
        {() => <Table head={w.actions} rows={actions.rows.map((a) => [a.title, due(a.due, a.overdue)])} />}
      </Section>
      <Section words={s.contacts} missing={contacts.missing}>
        {() => (
          <Table
            head={w.contacts}
            rows={contacts.rows.map((c) => [c.name, c.organisation || w.none, c.priority, choices.rhythms[c.rhythm], day(c.last), due(c.next, c.overdue)])}
          />
        )}
      </Section>
    </article>
  );
}
