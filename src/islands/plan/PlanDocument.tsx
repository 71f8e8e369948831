import type { PlanTexts } from '../../i18n/de/plan';
import { fill, formatDay } from '../../i18n/format';
import { formatMinutes } from '../../i18n/units';
import type { PlanModel, PrintChoice } from '../../lib/plan/plan-model';
import type { PlanChoices } from './plan-choice-names';
import { fillNodes } from './fill-nodes';
import type { ProfileTexts } from '../../i18n/de/recommendations';
import { day as dayOf, due as dueOf, Ruled, Tick } from './plan-bits';

/** The module PlanApp loads lazily: the parts after the first page, the map and the worksheet. */
export type PlanRestModule = typeof import('./PlanRest');

/** Lines the first page offers to write on, as many as fit below its content (the rest is cut off on paper; hidden on screen). */
const FILL_LINES = 24;

/**
 * The plan as one document – the first page „Auf einen Blick“, then the parts the reader chose – built
 * from the plan model and worded with `texts` and `choices`. The first page is drawn at once; its map,
 * the parts after it and the blank worksheet come from `rest` (PlanRest.tsx), which PlanApp loads
 * just after the page is usable. Until then the paper says it is incomplete rather than silently short,
 * and once `rest` could not be loaded (`restFailed`) that it holds only the first page.
 */
export function PlanDocument({ plan, texts, choices, profileTexts, choice, rest, restFailed }: { plan: PlanModel; texts: PlanTexts; choices: PlanChoices; profileTexts: ProfileTexts; choice: PrintChoice; rest: PlanRestModule | null; restFailed?: boolean }) {
  const { goals, channels } = plan;
  const w = texts.document;
  const g = texts.glance;
  const day = (iso: Parameters<typeof dayOf>[1]) => dayOf(w, iso);
  const due = (iso: Parameters<typeof dueOf>[1], overdue: boolean) => dueOf(w, iso, overdue);
  const date = <time dateTime={plan.date}>{formatDay(plan.date)}</time>;
  const used = channels.totalMinutes;
  const budget = channels.budgetMinutes;
  const share = budget ? Math.min(1, used / budget) : 0;
  const incomplete = () => <p class="print-only plan-incomplete">{restFailed ? texts.printPartial : texts.printIncomplete}</p>;

  // The time verdict stands on the first page and under the channels.
  const verdict = (
    <p class={channels.verdict.code === 'over' ? 'verdict over' : 'verdict'}>
      {fill(texts.verdicts[channels.verdict.code], {
        hours: formatMinutes(channels.verdict.overMinutes),
      })}
    </p>
  );
  // A reader who has entered nothing sees on screen what is missing and where to fill it in, and gets the worksheet on paper.
  return (
    <>
      {plan.blank && (rest ? <rest.Worksheet texts={texts} date={date} choice={choice} /> : incomplete())}
      <article class={plan.blank ? 'plan no-print' : 'plan'} aria-labelledby="plan-titel"
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
          {/* The map's place is kept while it loads, so the page does not jump when it arrives. */}
          {plan.planner.contacts.length > 0 && <div class="plan-map">{rest && <rest.PlanMap plan={plan} texts={texts} />}</div>}
          <div class="plan-fill">
            <h3>{g.notes}</h3>
            <Ruled lines={FILL_LINES} />
          </div>
        </section>
        {rest ? <rest.PlanSections plan={plan} texts={texts} choices={choices} profileTexts={profileTexts} choice={choice} /> : incomplete()}
      </article>
    </>
  );
}

