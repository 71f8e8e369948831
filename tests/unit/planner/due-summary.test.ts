import { describe, expect, test } from 'vitest';
import { PLANER_TEXTS } from '../../../src/i18n/de/planer';
import { dueSummary } from '../../../src/islands/planer/due-summary';

const texts = PLANER_TEXTS.due;

describe('dueSummary', () => {
  test('says that nobody is due', () => {
    expect(dueSummary(texts, { due: 0, overdue: 0 })).toBe('In den nächsten zwei Wochen ist niemand fällig.');
  });

  test('counts one contact in the singular and more in the plural', () => {
    expect(dueSummary(texts, { due: 1, overdue: 0 })).toBe('Ein Kontakt ist in den nächsten zwei Wochen fällig.');
    expect(dueSummary(texts, { due: 3, overdue: 0 })).toBe('3 Kontakte sind in den nächsten zwei Wochen fällig.');
  });

  test('adds how many of them are overdue', () => {
    expect(dueSummary(texts, { due: 2, overdue: 1 })).toBe('2 Kontakte sind in den nächsten zwei Wochen fällig, davon 1 überfällig.');
    expect(dueSummary(texts, { due: 1, overdue: 1 })).toBe('Ein Kontakt ist in den nächsten zwei Wochen fällig, davon 1 überfällig.');
  });
});
