import { describe, expect, test } from 'vitest';
import { CHANNEL_LABELS, CHANNEL_TEXTS, PERIOD_LABELS } from '../../../src/i18n/de/planner-choices';
import { fill } from '../../../src/i18n/format';
import { channelLabelParts, channelName } from '../../../src/lib/planner/channel-label';

const texts = { types: CHANNEL_LABELS, ...CHANNEL_TEXTS };

describe('channelLabelParts', () => {
  test('names a named network by its trimmed name', () => {
    expect(channelLabelParts({ type: 'netzwerk', name: ' Texttreff ' })).toEqual({ code: 'network', name: 'Texttreff' });
  });

  test('marks a network without a name as unnamed', () => {
    expect(channelLabelParts({ type: 'netzwerk', name: ' ' })).toEqual({ code: 'unnamedNetwork' });
  });

  test('names any other channel by its type, with the detail when there is one', () => {
    expect(channelLabelParts({ type: 'linkedin', name: '' })).toEqual({ code: 'type', type: 'linkedin' });
    expect(channelLabelParts({ type: 'linkedin', name: 'Gruppe Medizintechnik' })).toEqual({ code: 'typeWithName', type: 'linkedin', name: 'Gruppe Medizintechnik' });
  });
});

describe('channelName', () => {
  test('puts the parts into the words handed in', () => {
    expect(channelName(texts, { type: 'netzwerk', name: ' Texttreff ' })).toBe('Texttreff');
    expect(channelName(texts, { type: 'netzwerk', name: '' })).toBe('Netzwerk ohne Namen');
    expect(channelName(texts, { type: 'linkedin', name: '' })).toBe('LinkedIn');
    expect(channelName(texts, { type: 'linkedin', name: 'Gruppe Medizintechnik' })).toBe('LinkedIn: Gruppe Medizintechnik');
  });
});


describe('CHANNEL_TEXTS.frequency', () => {
  test('writes times and period', () => {
    expect(fill(CHANNEL_TEXTS.frequency, { times: 2, period: PERIOD_LABELS.monat })).toBe('2 × pro Monat');
  });
});
