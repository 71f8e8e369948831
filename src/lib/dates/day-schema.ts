/**
 * The valibot schemas of calendar days, shared by every stored value, so that storage, import,
 * forms and calendar files agree on what a date is: a real one (no 30 February, no 31 April).
 * (`meta-schema.ts`, in the runtime of every tool page, checks its one day with `isIsoDay` directly,
 * so that these planner schemas stay out of that chunk.)
 */
import * as v from 'valibot';
import { isIsoDay, NOT_A_DATE } from './iso-day';

export { NOT_A_DATE };

/** A real calendar day as `YYYY-MM-DD`. */
export const isoDaySchema = v.pipe(v.string(), v.check(isIsoDay, NOT_A_DATE));

/** A real calendar day as `YYYY-MM-DD`, or '' for „no date“. */
export const optionalIsoDaySchema = v.pipe(
  v.string(),
  v.check((value) => value === '' || isIsoDay(value), NOT_A_DATE),
);
