/**
 * The printed plan's pages: which parts have something to print, the paper timeline of the next
 * three months, and an estimate of the page count. Only the parts after the first page need this
 * (src/islands/plan/PlanRest.tsx, loaded after the plan is usable), so it lives apart from the model.
 */
import type { ContactScope, ContactRow, PlanModel, PlanPartId, PrintChoice } from './plan-model';
import { buildTimeline, TIMELINE_WEEKS, type Timeline, type TimelineEntry } from '../timeline/timeline';

/**
 * The timeline of the next three months on paper (`TIMELINE_WEEKS.paper`): with the contacts of the
 * print choice's scope, so the A/B printout has no C contacts' follow-ups.
 * @example paperTimeline(plan, 'ab').weeks.length // 13
 */
export function paperTimeline(plan: Pick<PlanModel, 'planner' | 'date'>, scope: ContactScope): Timeline {
  const { actions, contacts, channels } = plan.planner;
  return buildTimeline({ actions, channels, today: plan.date, weeks: TIMELINE_WEEKS.paper, contacts: scope === 'all' ? contacts : contacts.filter((c) => c.priority !== 'C') });
}

/** How many entries a timeline holds (overdue ones included) and how many of its weeks hold any. */
export function timelineSize(t: Timeline): { entries: number; weeksWithEntries: number } {
  return { entries: t.overdue.length + t.weeks.reduce((n, w) => n + w.entries.length, 0), weeksWithEntries: t.weeks.filter((w) => w.entries.length > 0).length };
}

/** Lines of body text on an A4 page of the printed plan (10.5 pt, 1.5 line height, 18 mm and 20 mm margins). */
export const LINES_PER_PAGE = 46;
/** Characters of body text in one line of the printed plan's full width. */
const CHARS_PER_LINE = 90;

const textLines = (text: string, width = CHARS_PER_LINE) => Math.max(1, Math.ceil(text.length / width));

/**
 * Lines the compact contact cards take, two to a row: a title line and a day line in small type,
 * one more when either card of the row has an offer.
 */
function contactLines(rows: readonly ContactRow[]): number {
  let lines = 0;
  for (let i = 0; i < rows.length; i += 2) lines += rows[i]!.offer || rows[i + 1]?.offer ? 2.7 : 2;
  return lines;
}

/** Characters an entry takes on paper, its box and gap included (overdue follow-ups go by name only). */
function entryChars(e: TimelineEntry, overdue: boolean): number {
  const text = e.kind === 'action' ? e.title : e.name;
  return text.length + (e.kind === 'action' ? 12 : e.kind === 'birthday' ? 28 : overdue ? 10 : 26);
}

const hasTimeline = (t: Timeline) => timelineSize(t).entries > 0 || t.recurring.length > 0;

/**
 * The parts that have something to print: a part with nothing entered is left out on paper.
 * A blank plan prints the worksheet instead, which has every part with lines to write on.
 */
export function printedParts(plan: PlanModel, choice: PrintChoice): PlanPartId[] {
  if (plan.blank) return choice.parts.filter((p) => p !== 'profile' && p !== 'networks' && p !== 'timeline');
  return choice.parts.filter((p) =>
    p === 'timeline'
      ? hasTimeline(paperTimeline(plan, choice.contacts))
      : p === 'goals'
      ? plan.goals.rows.length > 0 || plan.actions.rows.length > 0
      : p === 'contacts'
        ? (choice.contacts === 'all' ? plan.allContacts : plan.contacts.rows).length > 0
        : p === 'birthdays'
          ? plan.birthdays.length > 0
          : // notes always print; every other part when it is not missing
            p === 'notes' || !plan[p].missing,
  );
}

/** Ruled lines the notes part prints, and lines each part of the blank worksheet leaves to write on. */
export const NOTE_LINES = 14;
export const WORKSHEET_LINES = 5;

/**
 * An honest estimate of the printed pages, from the content alone (no layout is measured): the first
 * page is a page of its own, then each printed part costs lines by what it holds – a heading three,
 * a goal three, an action or a list item one and a half, a row of two compact contact cards two or so (`contactLines`) – and
 * the sum is divided by the lines on a page.
 */
export function estimatePages(plan: PlanModel, choice: PrintChoice): number {
  const parts = printedParts(plan, choice);
  let lines = 0;
  for (const p of parts) {
    lines += 3;
    if (plan.blank) {
      lines += (p === 'notes' ? NOTE_LINES : WORKSHEET_LINES) * 1.5;
      continue;
    }
    switch (p) {
      case 'profile':
        lines += plan.profile.lines.length * 2;
        break;
      case 'goals':
        lines += plan.goals.rows.reduce((n, g) => n + textLines(g.text, 70) + 2, 0) + (plan.actions.rows.length ? 2 + plan.actions.rows.length * 1.6 : 0);
        break;
      case 'timeline': {
        // Entries flow in small type: what is overdue across the page (about 100 characters a line),
        // then the weeks in two columns (about 45), a heading each; the channels' rhythm below.
        const t = paperTimeline(plan, choice.contacts);
        const late = t.overdue.reduce((n, e) => n + entryChars(e, true), 0);
        const weeks = t.weeks.filter((w) => w.entries.length > 0);
        const ahead = weeks.reduce((n, w) => n + 1.8 + textLines(w.entries.map((e) => ' '.repeat(entryChars(e, false))).join(''), 45), 0);
        lines += (late ? 2 + late / 100 : 0) + ahead / 2 + (t.recurring.length ? 2 + t.recurring.length * 1.4 : 0);
        break;
      }
      case 'groups':
        lines += plan.groups.rows.length * 3;
        break;
      case 'channels':
        lines += plan.channels.rows.length * 1.8 + 5;
        break;
      case 'networks':
        lines += plan.networks.rows.length * 1.6;
        break;
      case 'give':
        lines += (plan.give.intro ? textLines(plan.give.intro) + 1 : 0) + (plan.give.offer.length ? 2 + plan.give.offer.length * 1.4 : 0);
        break;
      case 'contacts':
        lines += contactLines(choice.contacts === 'all' ? plan.allContacts : plan.contacts.rows) + (choice.contacts === 'ab' && plan.contacts.cCount ? 1.5 : 0);
        break;
      case 'birthdays':
        // One paragraph a month in two columns, about 45 characters a line.
        lines += plan.birthdays.reduce((n, m) => n + textLines(m.rows.map((r) => r.name).join(', ') + ' '.repeat(4 * m.rows.length + 10), 45), 0) / 2;
        break;
      case 'notes':
        lines += NOTE_LINES * 1.5;
        break;
    }
  }
  return 1 + Math.ceil(lines / LINES_PER_PAGE);
}
