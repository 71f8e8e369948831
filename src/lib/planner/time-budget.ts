/**
 * The time plan: how many minutes a month the chosen channels and the contact care need,
 * compared with the hours the reader can spare.
 */
import type { Channel, Contact, Period, Rhythm } from './planner-schema';

/** How many times a period fits into a month on average (a year has 52 weeks). */
export const PERIODS_PER_MONTH: Record<Period, number> = { woche: 52 / 12, monat: 1, quartal: 1 / 3, jahr: 1 / 12 };

/** Follow-ups per month for each rhythm. */
export const FOLLOW_UPS_PER_MONTH: Record<Rhythm, number> = { '': 0, '2w': 52 / 12 / 2, '1m': 1, '2m': 1 / 2, '3m': 1 / 3, '6m': 1 / 6, '12m': 1 / 12 };

/** A plan within this share of the budget is „tight“. */
export const TIGHT_SHARE = 0.9;

/**
 * Minutes a month one channel needs: frequency × time per occasion.
 * @example channelMinutesPerMonth({ times: 1, per: 'woche', minutes: 60 }) // 260
 */
export function channelMinutesPerMonth(channel: Pick<Channel, 'times' | 'per' | 'minutes'>): number {
  return channel.times * PERIODS_PER_MONTH[channel.per] * channel.minutes;
}

/**
 * Minutes a month the follow-ups with all contacts need, given the minutes one follow-up takes.
 * @example contactCareMinutesPerMonth([{ rhythm: '3m' }, { rhythm: '1m' }], 15) // 20
 */
export function contactCareMinutesPerMonth(contacts: readonly Pick<Contact, 'rhythm'>[], minutesPerFollowUp: number): number {
  let perMonth = 0;
  for (const c of contacts) perMonth += FOLLOW_UPS_PER_MONTH[c.rhythm];
  return perMonth * minutesPerFollowUp;
}

export interface BudgetLine {
  /** Channel id, or `kontaktpflege` for the follow-ups. */
  id: string;
  minutes: number;
}

export interface BudgetResult {
  lines: BudgetLine[];
  /** All that the plan needs, in minutes a month. */
  neededMinutes: number;
  /** What the reader can spare, in minutes a month; null while unknown. */
  budgetMinutes: number | null;
  /** Minutes a month the plan needs beyond the budget; 0 when it fits or the budget is unknown. */
  overMinutes: number;
  /** unknown: no budget given; ok: fits; tight: fits, but uses 90 % or more; over: does not fit. */
  status: 'unknown' | 'ok' | 'tight' | 'over';
}

export interface BudgetInput {
  channels: readonly Channel[];
  contacts: readonly Pick<Contact, 'rhythm'>[];
  minutesPerFollowUp: number;
  hoursPerMonth: number | null;
}

/**
 * Compares what the plan needs with the budget. Minutes are not rounded here; round for display.
 * @example timeBudget({ channels: [{ id: 'c', times: 2, per: 'monat', minutes: 90, … }], contacts: [], minutesPerFollowUp: 15, hoursPerMonth: 2 })
 * // { neededMinutes: 180, budgetMinutes: 120, overMinutes: 60, status: 'over', … }
 */
export function timeBudget(input: BudgetInput): BudgetResult {
  const lines: BudgetLine[] = input.channels.map((c) => ({ id: c.id, minutes: channelMinutesPerMonth(c) }));
  const care = contactCareMinutesPerMonth(input.contacts, input.minutesPerFollowUp);
  if (care > 0) lines.push({ id: 'kontaktpflege', minutes: care });
  const neededMinutes = lines.reduce((sum, l) => sum + l.minutes, 0);
  const budgetMinutes = input.hoursPerMonth === null ? null : input.hoursPerMonth * 60;
  // Compare with a little tolerance, so that 52/12 × 60 counts as exactly 260.
  const over = budgetMinutes === null ? 0 : neededMinutes - budgetMinutes;
  const overMinutes = over > 1e-9 ? over : 0;
  const status =
    budgetMinutes === null ? 'unknown' : overMinutes > 0 ? 'over' : neededMinutes >= budgetMinutes * TIGHT_SHARE && neededMinutes > 0 ? 'tight' : 'ok';
  return { lines, neededMinutes, budgetMinutes, overMinutes, status };
}


