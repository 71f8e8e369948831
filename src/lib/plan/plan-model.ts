/**
 * The printable plan (/plan/) as data: every section ready to render, with German labels and dates,
 * and for each empty section a note that says what is missing and where to add it.
 */
import { lastInteraction, nextFollowUp } from '../planner/follow-up';
import { type IsoDay } from '../dates/iso-day';
import type { CandidateInput, PlanDocumentInputs } from './plan-inputs';
import { effectiveHours, effectiveOffer, isOverdue, sortActions } from '../planner/planner';
import { sectionHref } from '../planner/planner-sections';
import { channelLabelFrom } from '../planner/channel-label';
import type { PlanLabels } from './plan-labels';
import type { PlannerData, Priority, SectionId } from '../planner/planner-schema';
import { timeBudget, type BudgetResult } from '../planner/time-budget';
import { formatDay } from '../../i18n/format';
import { ROUTES } from '../site/routes';
import { formatMinutes } from '../../i18n/units';

export interface PlanLink {
  href: string;
  label: string;
}

/** Shown instead of an empty section. The link is for the screen only. */
export interface MissingNote {
  text: string;
  link: PlanLink | null;
}

/** A day for display, with its ISO form for `<time datetime>`. */
export interface DayCell {
  iso: IsoDay;
  text: string;
}

interface Section {
  title: string;
  missing: MissingNote | null;
}

export interface PlanModel {
  owner: string;
  date: DayCell;
  profile: Section & { lines: string[] };
  goals: Section & { rows: { id: string; kind: string; text: string; measure: string; deadline: DayCell | null }[] };
  groups: Section & { rows: { id: string; kind: string; name: string; level: string; people: string }[] };
  channels: Section & {
    rows: { id: string; label: string; frequency: string; perOccasion: string; perMonth: string }[];
    /** The follow-ups as a row of their own, when contacts have a rhythm. */
    care: string | null;
    total: string;
    budget: string | null;
    status: BudgetResult['status'];
    /** One sentence on how the plan fits the budget. */
    verdict: string;
  };
  networks: Section & { rows: CandidateInput[] };
  give: Section & { intro: string; offer: string[] };
  actions: Section & { rows: { id: string; title: string; due: DayCell | null; overdue: boolean }[] };
  contacts: Section & {
    rows: { id: string; name: string; organisation: string; priority: Priority; priorityLabel: string; rhythm: string; last: DayCell | null; next: DayCell | null; overdue: boolean }[];
  };
}

const day = (iso: IsoDay): DayCell => ({ iso, text: formatDay(iso, 'short') });
const planner = (section: SectionId, label: string): PlanLink => ({ href: sectionHref(section), label });
const minutesText = (m: number) => (m < 60 || m % 60 !== 0 ? `${m} Minuten` : formatMinutes(m));

function verdict(b: BudgetResult, v: PlanLabels['texts']['verdicts']): string {
  if (b.budgetMinutes === null) return v.noBudget;
  if (b.status === 'over') return v.over.replace('{}', formatMinutes(b.overMinutes));
  return b.status === 'tight' ? v.tight : v.fits;
}

/**
 * Builds the plan from the planner's state, the other tools' inputs and today's date, naming the
 * planner's choices with `labels` (the page passes `PLAN_LABELS` from plan-labels.ts).
 * @example buildPlan(emptyPlanner(), NO_PLAN_INPUTS, '2026-03-02', { selbsttest: true, 'netzwerk-check': true }, PLAN_LABELS).goals.missing
 * // { text: 'Noch keine Ziele eingetragen.', link: { href: PLANNER_SECTION_ROUTES.ziele, label: 'Ziele im Planer festlegen' } }
 */
export function buildPlan(state: PlannerData, inputs: PlanDocumentInputs, today: IsoDay, labels: PlanLabels): PlanModel {
  const profileLines = inputs.profileLines ?? [];
  const hours = effectiveHours(state, inputs);
  const budget = timeBudget({ channels: state.channels, contacts: state.contacts, minutesPerFollowUp: state.minutesPerFollowUp, hoursPerMonth: hours });
  const care = budget.lines.find((l) => l.id === 'kontaktpflege');
  const offer = effectiveOffer(state, inputs);
  const intro = state.intro.trim();
  const openActions = sortActions(state.actions).filter((a) => !a.done);

  const contactRows = state.contacts
    .filter((c) => c.priority !== 'C')
    .map((c) => {
      const next = nextFollowUp(c);
      const last = lastInteraction(c.log);
      return {
        id: c.id,
        name: c.name,
        organisation: c.organisation,
        priority: c.priority,
        priorityLabel: labels.priorities[c.priority],
        rhythm: labels.rhythms[c.rhythm],
        last: last ? day(last) : null,
        next: next ? day(next) : null,
        overdue: next !== null && next < today,
      };
    })
    .sort((a, b) => {
      if (a.next && b.next) return a.next.iso < b.next.iso ? -1 : a.next.iso > b.next.iso ? 1 : a.priority.localeCompare(b.priority);
      return a.next ? -1 : b.next ? 1 : a.priority.localeCompare(b.priority);
    });

  const t = labels.texts;
  /** A section's note while it is empty: its text, and a link to the planner's section (or to another tool, when given). */
  const note = (text: string, section: SectionId | null, link: string, href?: string): MissingNote => ({
    text,
    link: section ? planner(section, link) : href ? { href, label: link } : null,
  });

  return {
    owner: state.owner.trim(),
    date: { iso: today, text: formatDay(today) },
    profile: {
      title: t.profile.title,
      lines: profileLines,
      missing: profileLines.length > 0 ? null : note(t.profile.missing, null, t.profile.link, ROUTES.selbsttest),
    },
    goals: {
      title: t.goals.title,
      rows: state.goals.map((g) => ({ id: g.id, kind: labels.goalKinds[g.kind], text: g.text.trim(), measure: g.measure.trim(), deadline: g.deadline ? day(g.deadline) : null })),
      missing: state.goals.length ? null : note(t.goals.missing, 'ziele', t.goals.link),
    },
    groups: {
      title: t.groups.title,
      rows: state.groups.map((g) => ({ id: g.id, kind: labels.groupKinds[g.kind], name: g.name.trim(), level: labels.levels[g.level], people: g.people.trim() })),
      missing: state.groups.length ? null : note(t.groups.missing, 'zielgruppen', t.groups.link),
    },
    channels: {
      title: t.channels.title,
      rows: state.channels.map((c, i) => ({
        id: c.id,
        label: channelLabelFrom(labels.channels, c),
        frequency: `${c.times} × ${labels.periods[c.per]}`,
        perOccasion: minutesText(c.minutes),
        perMonth: formatMinutes(budget.lines[i]!.minutes),
      })),
      care: care ? formatMinutes(care.minutes) : null,
      total: formatMinutes(budget.neededMinutes),
      budget: budget.budgetMinutes === null ? null : formatMinutes(budget.budgetMinutes),
      status: budget.status,
      verdict: verdict(budget, t.verdicts),
      missing: state.channels.length || hours !== null ? null : note(t.channels.missing, 'kanaele', t.channels.link),
    },
    networks: {
      title: t.networks.title,
      rows: inputs.topCandidates,
      missing: inputs.topCandidates.length ? null : note(t.networks.missing, null, t.networks.link, ROUTES.netzwerkCheck),
    },
    give: {
      title: t.give.title,
      intro,
      offer,
      missing: intro || offer.length ? null : note(t.give.missing, 'geben', t.give.link),
    },
    actions: {
      title: t.actions.title,
      rows: openActions.map((a) => ({ id: a.id, title: a.title, due: a.due ? day(a.due) : null, overdue: isOverdue(a, today) })),
      missing: openActions.length ? null : note(state.actions.length ? t.actions.allDone : t.actions.missing, 'aktionen', t.actions.link),
    },
    contacts: {
      title: t.contacts.title,
      rows: contactRows,
      missing: contactRows.length ? null : note(state.contacts.length ? t.contacts.noneAB : t.contacts.missing, 'kontakte', t.contacts.link),
    },
  };
}

/**
 * How many dates the calendar file of a plan holds (as `planEvents` in plan-calendar.ts builds them):
 * one per contact with a next follow-up, per open action with a due day, and per birthday.
 * Kept here so the plan page can say it without loading the calendar generator.
 * @example calendarEventCount(emptyPlanner()) // 0
 */
export function calendarEventCount(state: PlannerData): number {
  let count = 0;
  for (const c of state.contacts) count += (nextFollowUp(c) === null ? 0 : 1) + (c.birthday ? 1 : 0);
  for (const a of state.actions) if (!a.done && a.due !== '') count++;
  return count;
}
