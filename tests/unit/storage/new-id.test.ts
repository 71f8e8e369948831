import { afterEach, describe, expect, test, vi } from 'vitest';
import { newId } from '../../../src/lib/storage/new-id';

afterEach(() => vi.unstubAllGlobals());

describe('newId', () => {
  test('gives a different id every time', () => {
    expect(new Set(Array.from({ length: 100 }, newId)).size).toBe(100);
  });

  test('still gives distinct ids where randomUUID is missing (plain http)', () => {
    const real = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: (a: Uint8Array<ArrayBuffer>) => real.getRandomValues(a) });
    const ids = Array.from({ length: 100 }, newId);
    expect(new Set(ids).size).toBe(100);
    expect(ids[0]).toMatch(/^[0-9a-f]{32}$/);
  });
});
