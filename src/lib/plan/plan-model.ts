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
import type { Action, ChannelType, Contact, GoalKind, GroupKind, GroupLevel, Period, PlannerData, Priority, Rhythm } from '../planner/planner-schema';
import { timeBudget, type BudgetResult } from '../planner/time-budget';
import { ROUTES } from '../site/routes';

/** The plan's sections, in the order of the document. */
export const PLAN_SECTIONS = ['profile', 'goals', 'groups', 'channels', 'networks', 'give', 'actions', 'contacts'] as const;
export type PlanSectionId = (typeof PLAN_SECTIONS)[number];

/**
 * The parts after the first page that the reader can switch on and off before printing, in the
 * document's order (`goals` carries the actions, `timeline` the next three months, `notes` is ruled space to write on).
 */
export const PLAN_PARTS = ['profile', 'goals', 'timeline', 'groups', 'channels', 'networks', 'give', 'contacts', 'birthdays', 'notes'] as const;
export type PlanPartId = (typeof PLAN_PARTS)[number];

/** Which contacts the contacts part lists: A and B only, or all. */
export type ContactScope = 'ab' | 'all';

/** What the reader chose to print: the parts switched on and the contacts' scope. */
export interface PrintChoice {
  parts: readonly PlanPartId[];
  contacts: ContactScope;
}

export const DEFAULT_PRINT_CHOICE: PrintChoice = {
  parts: PLAN_PARTS,
  contacts: 'ab',
};

/**
 * Reads a print choice from its URL form (`teile=ziele,kontakte&kontakte=abc`, see `printChoiceQuery`);
 * unknown part names are dropped, a missing `teile` means every part.
 */
export function readPrintChoice(search: string): PrintChoice {
  const params = new URLSearchParams(search);
  const raw = params.get('teile');
  const names = raw === null ? null : raw.split(',');
  const parts = names === null ? PLAN_PARTS : PLAN_PARTS.filter((p) => names.includes(PART_SLUGS[p]));
  return { parts, contacts: params.get('kontakte') === 'abc' ? 'all' : 'ab' };
}

/** The slugs the URL uses for the parts (German, as the reader sees them in the address bar). */
export const PART_SLUGS: Readonly<Record<PlanPartId, string>> = {
  profile: 'profil',
  goals: 'ziele',
  timeline: 'zeitleiste',
  groups: 'zielgruppen',
  channels: 'kanaele',
  networks: 'netzwerke',
  give: 'vorstellung',
  contacts: 'kontakte',
  birthdays: 'geburtstage',
  notes: 'notizen',
};

/**
 * The query string for a print choice; '' for the default, so a plain /plan/ stays plain.
 * @example printChoiceQuery({ parts: ['goals'], contacts: 'all' }) // '?teile=ziele&kontakte=abc'
 */
export function printChoiceQuery(choice: PrintChoice): string {
  const params: string[] = [];
  if (choice.parts.length !== PLAN_PARTS.length) params.push(`teile=${choice.parts.map((p) => PART_SLUGS[p]).join(',')}`);
  if (choice.contacts === 'all') params.push('kontakte=abc');
  return params.length ? `?${params.join('&')}` : '';
}

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
  /** The open actions linked to this goal (`action.goalId`), by due day. */
  actions: ActionRow[];
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
  /** The goal the action serves ('' for none), as stored. */
  goalId: string;
  /** Names of the contacts the action is linked to, in the order the reader linked them. */
  contacts: string[];
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
  /** What the reader offers this contact. */
  offer: string;
}

/** One of the next steps on the first page: an open action, or a contact whose follow-up is due. */
export type NextStep =
  | {
      kind: 'action';
      id: string;
      title: string;
      due: IsoDay | null;
      overdue: boolean;
    }
  | {
      kind: 'followUp';
      id: string;
      name: string;
      due: IsoDay;
      overdue: boolean;
    };

/** A contact with a birthday, as the birthdays section lists it within its month. */
export interface BirthdayRow {
  id: string;
  name: string;
  /** Day of the month, 1–31. */
  day: number;
}

/** One month of birthdays (1 = January), only months that have one. */
export interface BirthdayMonth {
  month: number;
  rows: BirthdayRow[];
}

export interface PlanModel {
  owner: string;
  /** Whether the reader has entered nothing in any tool yet (the plan is then a blank worksheet). */
  blank: boolean;
  /** The first page: up to five next steps, actions by due day, then due follow-ups. */
  nextSteps: NextStep[];
  /** Every contact, by priority (A, B, C) and then name; the contacts section shows A and B, or all. */
  allContacts: ContactRow[];
  birthdays: BirthdayMonth[];
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
  /** Every open action; `unlinked` are those without a goal (or whose goal is gone), for „Weitere Schritte“. */
  actions: Section & { rows: ActionRow[]; unlinked: ActionRow[] };
  /** A and B contacts by priority and name; `cCount` says how many C contacts the A/B list leaves out. */
  contacts: Section & { rows: ContactRow[]; cCount: number };
  /**
   * The planner's lists as stored, for what the lazily loaded parts draw from them: the
   * Netzwerkkarte (contacts and target groups) and the timeline (actions, contacts, channels).
   */
  planner: Pick<PlannerData, 'actions' | 'contacts' | 'groups' | 'channels'>;
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
export function careContacts(state: Pick<PlannerData, 'contacts'>, today: IsoDay, withC = false): ContactRow[] {
  return state.contacts
    .filter((c) => withC || c.priority !== 'C')
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
        offer: c.offerThem.trim(),
      };
    })
    .sort(byNextFollowUp);
}

/** How many next steps the first page shows. */
export const NEXT_STEPS = 5;

const collator = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const folded = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

/**
 * Contacts by priority (A, B, C) and then by name, case and accents folded.
 * @example byPriorityThenName([{ priority: 'B', name: 'Anna' }, { priority: 'A', name: 'Zoe' }]) // Zoe, Anna
 */
export function byPriorityThenName<T extends { priority: Priority; name: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => collator(a.priority, b.priority) || collator(folded(a.name), folded(b.name)) || collator(a.name, b.name));
}

/**
 * The next steps: open actions by due day (undated last), then follow-ups due up to today
 * (earliest first, A before B), at most `NEXT_STEPS`.
 */
export function nextSteps(state: Pick<PlannerData, 'actions' | 'contacts'>, today: IsoDay): NextStep[] {
  const actions: NextStep[] = sortActions(state.actions)
    .filter((a) => !a.done)
    .map((a) => ({
      kind: 'action',
      id: a.id,
      title: a.title,
      due: a.due || null,
      overdue: isOverdue(a, today),
    }));
  const followUps: NextStep[] = careContacts({ contacts: state.contacts }, today, true)
    .filter((c) => c.next !== null && c.next <= today)
    .map((c) => ({
      kind: 'followUp',
      id: c.id,
      name: c.name,
      due: c.next!,
      overdue: c.overdue,
    }));
  return [...actions, ...followUps].slice(0, NEXT_STEPS);
}

/**
 * Birthdays by month, each month by day and then name; `MM-DD` and `YYYY-MM-DD` both read.
 * @example birthdaysByMonth([{ id: 'k1', name: 'M. Bauer', birthday: '1980-03-14' }]) // [{ month: 3, rows: [{ id: 'k1', name: 'M. Bauer', day: 14 }] }]
 */
export function birthdaysByMonth(contacts: readonly { id: string; name: string; birthday: string }[]): BirthdayMonth[] {
  const months = new Map<number, BirthdayRow[]>();
  for (const c of contacts) {
    const m = /(\d{2})-(\d{2})$/.exec(c.birthday);
    if (!m) continue;
    const month = Number(m[1]);
    months.set(month, [...(months.get(month) ?? []), { id: c.id, name: c.name, day: Number(m[2]) }]);
  }
  return [...months.entries()]
    .sort(([a], [b]) => a - b)
    .map(([month, rows]) => ({
      month,
      rows: rows.sort((a, b) => a.day - b.day || collator(folded(a.name), folded(b.name))),
    }));
}

/**
 * Open actions as the plan lists them, with the goal they serve and the names of their linked
 * contacts (a link to a contact since deleted is skipped).
 */
export function actionRowsOf(actions: readonly Action[], contacts: readonly Pick<Contact, 'id' | 'name'>[], today: IsoDay): ActionRow[] {
  const names = new Map(contacts.map((c) => [c.id, c.name]));
  return actions.map((a) => ({
    id: a.id,
    title: a.title,
    due: a.due || null,
    overdue: isOverdue(a, today),
    goalId: a.goalId,
    contacts: a.contactIds.flatMap((id) => names.get(id) ?? []),
  }));
}

const note = (reason: MissingNote['reason'], href: string): MissingNote => ({
  reason,
  href,
});

/**
 * Builds the plan from the planner's state, the other tools' inputs and today's date.
 * @example buildPlan(emptyPlanner(), NO_PLAN_INPUTS, '2026-03-02').goals.missing
 * // { reason: 'missing', href: '/planer/ziele/' }
 */
export function buildPlan(state: PlannerData, inputs: PlanDocumentInputs, today: IsoDay): PlanModel {
  const profileLines = inputs.profileLines ?? [];
  const hours = effectiveHours(state, inputs);
  const budget = timeBudget({
    channels: state.channels,
    contacts: state.contacts,
    minutesPerFollowUp: state.minutesPerFollowUp,
    hoursPerMonth: hours,
  });
  const care = budget.lines.find((l) => l.id === 'kontaktpflege');
  const offer = effectiveOffer(state, inputs);
  const intro = state.intro.trim();
  const openActions = sortActions(state.actions).filter((a) => !a.done);
  const actionRows = actionRowsOf(openActions, state.contacts, today);
  const goalIds = new Set(state.goals.map((g) => g.id));
  const contacts = careContacts(state, today);
  const blank =
    profileLines.length === 0 &&
    inputs.topCandidates.length === 0 &&
    hours === null &&
    !intro &&
    offer.length === 0 &&
    [state.goals, state.groups, state.channels, state.actions, state.contacts].every((l) => l.length === 0);

  return {
    owner: state.owner.trim(),
    blank,
    planner: { actions: state.actions, contacts: state.contacts, groups: state.groups, channels: state.channels },
    nextSteps: nextSteps(state, today),
    allContacts: byPriorityThenName(careContacts(state, today, true)),
    birthdays: birthdaysByMonth(state.contacts),
    date: today,
    profile: {
      lines: profileLines,
      missing: profileLines.length > 0 ? null : note('missing', ROUTES.selbsttest),
    },
    goals: {
      rows: state.goals.map((g) => ({
        id: g.id,
        kind: g.kind,
        text: g.text.trim(),
        measure: g.measure.trim(),
        deadline: g.deadline || null,
        actions: actionRows.filter((a) => a.goalId === g.id),
      })),
      missing: state.goals.length ? null : note('missing', sectionHref('ziele')),
    },
    groups: {
      rows: state.groups.map((g) => ({
        id: g.id,
        kind: g.kind,
        name: g.name.trim(),
        level: g.level,
        people: g.people.trim(),
      })),
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
      rows: actionRows,
      unlinked: actionRows.filter((a) => !goalIds.has(a.goalId)),
      missing: openActions.length ? null : note(state.actions.length ? 'allDone' : 'missing', sectionHref('aktionen')),
    },
    contacts: {
      rows: byPriorityThenName(contacts),
      cCount: state.contacts.length - contacts.length,
      missing: contacts.length ? null : note(state.contacts.length ? 'noneAB' : 'missing', sectionHref('kontakte')),
    },
  };
}
