/**
 * The printable plan (/plan/) as data: every section with its rows as the planner stores them
 * (ids, codes, ISO days, minutes), and for each empty section why it is empty and where to fill it
 * in. The island names the codes and writes days and durations with the plan's dictionary.
 */
import { lastInteraction, nextFollowUp } from '../planner/follow-up';
import { type IsoDay } from '../dates/iso-day';
import type { PlanCandidate, PlanDocumentInputs } from './plan-inputs';
import type { ProfileLine } from '../profile/profile';
import { effectiveHours, effectiveOffer, isOverdue, sortActions } from '../planner/planner';
import { sectionHref } from '../planner/planner-sections';
import type { ChannelType, GoalKind, GroupKind, GroupLevel, Period, PlannerData, Priority, Rhythm } from '../planner/planner-schema';
import { timeBudget, type BudgetResult } from '../planner/time-budget';
import { ROUTES } from '../site/routes';

/** The plan's sections, in the order of the document. */
export const PLAN_SECTIONS = ['profile', 'goals', 'groups', 'channels', 'networks', 'give', 'actions', 'contacts'] as const;
export type PlanSectionId = (typeof PLAN_SECTIONS)[number];

/**
 * Why a section is empty: nothing entered yet (`missing`), every action done (`allDone`), or
 * contacts only of priority C (`noneAB`). `href` leads to where the section is filled in.
 */
export interface MissingNote {
  reason: 'missing' | 'allDone' | 'noneAB';
  href: string;
}

interface Section {
  missing: MissingNote | null;
}

/** A duration in the unit it reads best in: whole hours as hours, anything else as minutes. */
export interface Duration {
  unit: 'minutes' | 'hours';
  n: number;
}

/** How the plan fits the time budget: no budget yet, over it, nearly full, or comfortably within. */
export type BudgetVerdict = 'noBudget' | 'over' | 'tight' | 'fits';

export interface GoalRow {
  id: string;
  kind: GoalKind;
  text: string;
  measure: string;
  deadline: IsoDay | null;
}

export interface GroupRow {
  id: string;
  kind: GroupKind;
  name: string;
  level: GroupLevel;
  people: string;
}

export interface ChannelRow {
  id: string;
  type: ChannelType;
  name: string;
  times: number;
  per: Period;
  perOccasion: Duration;
  /** Minutes a month, unrounded. */
  perMonth: number;
}

export interface ActionRow {
  id: string;
  title: string;
  due: IsoDay | null;
  overdue: boolean;
}

export interface ContactRow {
  id: string;
  name: string;
  organisation: string;
  priority: Priority;
  rhythm: Rhythm;
  last: IsoDay | null;
  next: IsoDay | null;
  overdue: boolean;
}

export interface PlanModel {
  owner: string;
  date: IsoDay;
  profile: Section & { lines: ProfileLine[] };
  goals: Section & { rows: GoalRow[] };
  groups: Section & { rows: GroupRow[] };
  channels: Section & {
    rows: ChannelRow[];
    /** Minutes a month the follow-ups take, as a row of their own; null when no contact has a rhythm. */
    careMinutes: number | null;
    totalMinutes: number;
    budgetMinutes: number | null;
    verdict: { code: BudgetVerdict; overMinutes: number };
  };
  networks: Section & { rows: PlanCandidate[] };
  give: Section & { intro: string; offer: string[] };
  actions: Section & { rows: ActionRow[] };
  contacts: Section & { rows: ContactRow[] };
}

/**
 * A time per occasion as it reads best: whole hours in hours, everything else in minutes.
 * @example occasionDuration(120) // { unit: 'hours', n: 2 }
 * @example occasionDuration(150) // { unit: 'minutes', n: 150 }
 */
export function occasionDuration(minutes: number): Duration {
  return minutes >= 60 && minutes % 60 === 0 ? { unit: 'hours', n: minutes / 60 } : { unit: 'minutes', n: minutes };
}

/**
 * The verdict on a time budget.
 * @example budgetVerdict({ budgetMinutes: 300, status: 'over', … }) // 'over'
 */
export function budgetVerdict(budget: Pick<BudgetResult, 'budgetMinutes' | 'status'>): BudgetVerdict {
  if (budget.budgetMinutes === null) return 'noBudget';
  return budget.status === 'over' ? 'over' : budget.status === 'tight' ? 'tight' : 'fits';
}

/** Earlier follow-ups first, those without one last; priority A before B on the same day. */
function byNextFollowUp(a: ContactRow, b: ContactRow): number {
  if (a.next !== b.next) {
    if (a.next === null) return 1;
    if (b.next === null) return -1;
    return a.next < b.next ? -1 : 1;
  }
  return a.priority < b.priority ? -1 : a.priority > b.priority ? 1 : 0;
}

/**
 * The contacts the plan lists for care: priority A and B (C is loose contact), by next follow-up.
 * @example careContacts(plannerStates.complete, '2026-03-02').map((c) => c.name) // ['M. Bauer', 'Jana Ohm', 'Rosa Lindner']
 */
export function careContacts(state: Pick<PlannerData, 'contacts'>, today: IsoDay): ContactRow[] {
  return state.contacts
    .filter((c) => c.priority !== 'C')
    .map((c) => {
      const next = nextFollowUp(c);
      return {
        id: c.id,
        name: c.name,
        organisation: c.organisation,
        priority: c.priority,
        rhythm: c.rhythm,
        last: lastInteraction(c.log),
        next,
        overdue: next !== null && next < today,
      };
    })
    .sort(byNextFollowUp);
}

const note = (reason: MissingNote['reason'], href: string): MissingNote => ({ reason, href });

/**
 * Builds the plan from the planner's state, the other tools' inputs and today's date.
 * @example buildPlan(emptyPlanner(), NO_PLAN_INPUTS, '2026-03-02').goals.missing
 * // { reason: 'missing', href: '/planer/ziele/' }
 */
export function buildPlan(state: PlannerData, inputs: PlanDocumentInputs, today: IsoDay): PlanModel {
  const profileLines = inputs.profileLines ?? [];
  const hours = effectiveHours(state, inputs);
  const budget = timeBudget({ channels: state.channels, contacts: state.contacts, minutesPerFollowUp: state.minutesPerFollowUp, hoursPerMonth: hours });
  const care = budget.lines.find((l) => l.id === 'kontaktpflege');
  const offer = effectiveOffer(state, inputs);
  const intro = state.intro.trim();
  const openActions = sortActions(state.actions).filter((a) => !a.done);
  const contacts = careContacts(state, today);

  return {
    owner: state.owner.trim(),
    date: today,
    profile: {
      lines: profileLines,
      missing: profileLines.length > 0 ? null : note('missing', ROUTES.selbsttest),
    },
    goals: {
      rows: state.goals.map((g) => ({ id: g.id, kind: g.kind, text: g.text.trim(), measure: g.measure.trim(), deadline: g.deadline || null })),
      missing: state.goals.length ? null : note('missing', sectionHref('ziele')),
    },
    groups: {
      rows: state.groups.map((g) => ({ id: g.id, kind: g.kind, name: g.name.trim(), level: g.level, people: g.people.trim() })),
      missing: state.groups.length ? null : note('missing', sectionHref('zielgruppen')),
    },
    channels: {
      rows: state.channels.map((c, i) => ({
        id: c.id,
        type: c.type,
        name: c.name,
        times: c.times,
        per: c.per,
        perOccasion: occasionDuration(c.minutes),
        perMonth: budget.lines[i]!.minutes,
      })),
      careMinutes: care ? care.minutes : null,
      totalMinutes: budget.neededMinutes,
      budgetMinutes: budget.budgetMinutes,
      verdict: { code: budgetVerdict(budget), overMinutes: budget.overMinutes },
      missing: state.channels.length || hours !== null ? null : note('missing', sectionHref('kanaele')),
    },
    networks: {
      rows: inputs.topCandidates,
      missing: inputs.topCandidates.length ? null : note('missing', ROUTES.netzwerkCheck),
    },
    give: {
      intro,
      offer,
      missing: intro || offer.length ? null : note('missing', sectionHref('geben')),
    },
    actions: {
      rows: openActions.map((a) => ({ id: a.id, title: a.title, due: a.due || null, overdue: isOverdue(a, today) })),
      missing: openActions.length ? null : note(state.actions.length ? 'allDone' : 'missing', sectionHref('aktionen')),
    },
    contacts: {
      rows: contacts,
      missing: contacts.length ? null : note(state.contacts.length ? 'noneAB' : 'missing', sectionHref('kontakte')),
    },
  };
}

