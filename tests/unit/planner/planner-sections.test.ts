import { describe, expect, test } from 'vitest';
import { sectionHref } from '../../../src/lib/planner/planner-sections';

describe('sectionHref', () => {
  test('gives each section its own page below /planer/, the time budget at /planer/zeit/', () => {
    expect(sectionHref('ziele')).toBe('/planer/ziele/');
    expect(sectionHref('zeitbudget')).toBe('/planer/zeit/');
  });
});
