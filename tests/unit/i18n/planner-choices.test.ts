import { describe, expect, test } from 'vitest';
import { channelLabelFrom } from '../../../src/lib/planner/channel-label';
import { CHANNEL_LABELS, channelLabel, frequencyLabel, RHYTHM_LABELS } from '../../../src/i18n/de/planner-choices';
import { SECTION_LABELS, sectionHref } from '../../../src/lib/planner/planner-sections';
import { CHANNEL_TYPES, RHYTHMS, SECTION_IDS } from '../../../src/lib/planner/planner-schema';

describe('labels', () => {
  test('name every section, channel type and rhythm', () => {
    expect(Object.keys(SECTION_LABELS)).toEqual([...SECTION_IDS]);
    expect(Object.keys(CHANNEL_LABELS)).toEqual([...CHANNEL_TYPES]);
    expect(Object.keys(RHYTHM_LABELS).sort()).toEqual([...RHYTHMS].sort());
  });
});

describe('channelLabel', () => {
  test('uses the name of a named network', () => {
    expect(channelLabel({ type: 'netzwerk', name: ' Texttreff ' })).toBe('Texttreff');
    expect(channelLabel({ type: 'netzwerk', name: '' })).toBe('Netzwerk ohne Namen');
  });

  test('adds a detail to a channel type', () => {
    expect(channelLabel({ type: 'linkedin', name: '' })).toBe('LinkedIn');
    expect(channelLabel({ type: 'linkedin', name: 'Gruppe Medizintechnik' })).toBe('LinkedIn: Gruppe Medizintechnik');
  });
});

describe('frequencyLabel', () => {
  test('writes times and period', () => {
    expect(frequencyLabel(2, 'monat')).toBe('2 × pro Monat');
  });
});

describe('sectionHref', () => {
  test('gives each section its own page below /planer/, the time budget at /planer/zeit/', () => {
    expect(sectionHref('ziele')).toBe('/planer/ziele/');
    expect(sectionHref('zeitbudget')).toBe('/planer/zeit/');
  });
});

describe('channelLabelFrom', () => {
  test('names a channel with the labels handed in', () => {
    expect(channelLabelFrom(CHANNEL_LABELS, { type: 'xing', name: '' })).toBe('Xing');
    expect(channelLabelFrom(CHANNEL_LABELS, { type: 'xing', name: 'Gruppe Einkauf' })).toBe('Xing: Gruppe Einkauf');
    expect(channelLabelFrom(CHANNEL_LABELS, { type: 'netzwerk', name: ' ' })).toBe('Netzwerk ohne Namen');
  });
});
