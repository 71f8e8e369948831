import { describe, expect, test } from 'vitest';
import { isQuotaError, isStorageFull, writeErrorOf } from '../../../src/lib/storage/storage-errors';
import { quotaError, securityError } from '../support/fake-browser';

describe('isQuotaError', () => {
  test.each(['standard', 'firefox', 'code22'] as const)('recognises the %s way of saying storage is full', (dialect) => {
    expect(isQuotaError(quotaError(dialect))).toBe(true);
  });

  test('recognises the legacy code 1014', () => {
    expect(isQuotaError({ code: 1014 })).toBe(true);
  });

  test.each([['a SecurityError', securityError()], ['null', null], ['a string', 'QuotaExceededError'], ['a plain error', new Error('x')]])('is false for %s', (_name, error) => {
    expect(isQuotaError(error)).toBe(false);
  });
});

describe('writeErrorOf', () => {
  test('says full when storage is full', () => {
    expect(writeErrorOf(quotaError('standard'))).toBe('full');
  });

  test('says refused when the browser refused for another reason', () => {
    expect(writeErrorOf(securityError())).toBe('refused');
  });
});

describe('isStorageFull', () => {
  test('is true for storage found full at start and for a write it refused for lack of room, false otherwise', () => {
    expect(isStorageFull('fullBefore')).toBe(true);
    expect(isStorageFull('full')).toBe(true);
    expect(isStorageFull('refused')).toBe(false);
    expect(isStorageFull('invalidChange')).toBe(false);
    expect(isStorageFull(null)).toBe(false);
  });
});
