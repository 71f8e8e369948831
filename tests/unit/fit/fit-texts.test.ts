import { describe, expect, test } from 'vitest';
import { WEIGHT_KEYS } from '../../../src/lib/fit/candidates-schema';
import { DRAFT_MESSAGES, FIT_TEXTS } from '../../../src/lib/fit/fit-texts';
import { optionLabels as LABELS } from '../../../src/i18n/de/options';

describe('FIT_TEXTS', () => {
  test('name every dimension and checklist item and use the option labels', () => {
    expect(Object.keys(FIT_TEXTS.items).sort()).toEqual([...WEIGHT_KEYS].sort());
    expect(FIT_TEXTS.labels).toBe(LABELS);
    expect(JSON.stringify(FIT_TEXTS)).not.toMatch(/\bSie\b|TODO|Lorem/);
  });
});

describe('DRAFT_MESSAGES', () => {
  test('tell the reader what to do, with the current length where it helps', () => {
    expect(DRAFT_MESSAGES.nameRequired).toBe('Gib den Namen des Netzwerks ein.');
    expect(DRAFT_MESSAGES.nameTooLong).toContain('{n}');
    expect(DRAFT_MESSAGES.notesTooLong).toContain('2.000');
  });
});
