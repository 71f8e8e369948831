import { describe, expect, test } from 'vitest';
import { describeWriteError, isQuotaError } from '../../../src/lib/storage/storage-errors';
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

describe('describeWriteError', () => {
  test('tells the reader storage is full, or that the browser refused', () => {
    expect(describeWriteError(quotaError('standard'))).toMatch(/voll/);
    expect(describeWriteError(securityError())).toMatch(/abgelehnt/);
  });
});
