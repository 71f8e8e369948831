import { describe, expect, test } from 'vitest';
import { ACCESSES, COMPANIONS, COMPOSITIONS, ENERGIES, FORMS, LEVELS, OFFERS, PURPOSES, REACHES, ROLES, SIZES, TONES } from '../../../src/lib/questionnaire/profile-options';
import { optionLabels as LABELS } from '../../../src/i18n/de/options';

describe('LABELS', () => {
  test('name every option value', () => {
    for (const value of [...FORMS, ...PURPOSES, ...SIZES, ...COMPOSITIONS, ...REACHES, ...ACCESSES, ...OFFERS, ...LEVELS, ...TONES, ...ENERGIES, ...ROLES, ...COMPANIONS, 'unklar'] as const) {
      expect(LABELS[value], value).toMatch(/^\p{Lu}/u);
    }
    expect(Object.keys(LABELS)).toHaveLength(1 + FORMS.length + PURPOSES.length + SIZES.length + COMPOSITIONS.length + REACHES.length + ACCESSES.length + OFFERS.length + LEVELS.length + TONES.length + ENERGIES.length + ROLES.length + COMPANIONS.length);
  });

  test('keep labels of values that can be listed together free of „und“, so lists stay readable', () => {
    for (const value of [...PURPOSES, ...OFFERS, ...LEVELS]) expect(LABELS[value], value).not.toMatch(/\bund\b/);
  });
});
