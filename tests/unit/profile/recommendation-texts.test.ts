import { describe, expect, test } from 'vitest';
import { optionLabels as LABELS } from '../../../src/i18n/de/options';
import { RECOMMENDATION_TEXTS as R } from '../../../src/lib/profile/recommendation-texts';
import { kindWords } from '../../../src/i18n/de/network-kinds';

describe('RECOMMENDATION_TEXTS', () => {
  test('use the option labels and contain no placeholder text', () => {
    expect(R.labels).toBe(LABELS);
    expect(JSON.stringify(R)).not.toMatch(/\bSie\b|TODO|Lorem|XXX/);
  });

  test('describe every kind of network the rules can recommend', () => {
    expect(R.kinds).toBe(kindWords);
  });

  test('fill in only the values the rules provide', () => {
    const placeholders = new Set([...JSON.stringify(R).matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
    expect([...placeholders].sort()).toEqual(['andere', 'angebot', 'bequem', 'ebenen', 'eigene', 'minimum', 'stunden', 'weitere', 'ziel', 'ziele']);
  });
});
