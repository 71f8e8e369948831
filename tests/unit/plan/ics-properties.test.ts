/**
 * The calendar property test (support/ics-properties.ts) checked against a correct reference
 * writer and two broken ones, so it is known to pass good output and to catch bad output before
 * it is wired to the planner's src/lib/ics.ts.
 */
import { describe, expect, test } from 'vitest';
import { checkIcsProperties, checkOneIcs } from '../support/ics-properties';
import { naiveIcs, referenceIcs, unitFoldIcs } from '../support/ics-reference';

describe('checkIcsProperties', () => {
  test('passes 10,000 random texts through a correct writer', () => {
    expect(checkIcsProperties(referenceIcs, { fields: ['summary', 'description'] }).runs).toBe(10_000);
  }, 120_000);

  test('catches a writer that neither escapes nor folds', { timeout: 60_000 }, () => {
    expect(() => checkIcsProperties(naiveIcs, { numRuns: 300 })).toThrow(/Property failed/);
  });

  test('catches a writer that folds by characters instead of octets', { timeout: 60_000 }, () => {
    const failure = (() => {
      try {
        checkIcsProperties(unitFoldIcs, { numRuns: 2000 });
      } catch (error) {
        return error as Error & { cause?: Error };
      }
      return null;
    })();
    expect(failure?.message).toMatch(/Property failed/);
    expect(failure?.cause?.message).toMatch(/octets|split/);
  });
});

describe('checkOneIcs', () => {
  test('names the rule a file breaks', () => {
    expect(() => checkOneIcs('BEGIN:VCALENDAR', 'x')).toThrow(/CRLF/);
    expect(() => checkOneIcs(naiveIcs('a\nb'), 'a\nb')).toThrow(/bare CR or LF/);
    expect(() => checkOneIcs(naiveIcs('x'.repeat(80)), 'x'.repeat(80))).toThrow(/octets/);
  });
});
