import { describe, expect, test } from 'vitest';
import { CHANNEL_LABELS, RHYTHM_LABELS } from '../../../src/i18n/de/planner-choices';
import { PLANER_TEXTS } from '../../../src/i18n/de/planer';
import { CHANNEL_TYPES, RHYTHMS, SECTION_IDS } from '../../../src/lib/planner/planner-schema';

describe('labels', () => {
  test('name every section, channel type and rhythm', () => {
    expect(Object.keys(PLANER_TEXTS.common.sections)).toEqual([...SECTION_IDS]);
    expect(Object.keys(CHANNEL_LABELS)).toEqual([...CHANNEL_TYPES]);
    expect(Object.keys(RHYTHM_LABELS).sort()).toEqual([...RHYTHMS].sort());
  });
});
