import { describe, expect, test } from 'vitest';
import { CHAPTER_SLUGS } from '../../../src/lib/guide/guide-links';
import { KIND_IDS, NETWORK_KINDS } from '../../../src/lib/profile/network-kinds';
import { kindWords } from '../../../src/i18n/de/network-kinds';

describe('NETWORK_KINDS', () => {
  test.each(KIND_IDS.map((id) => [id]))('%s has its own id, a real chapter and words', (id) => {
    expect(NETWORK_KINDS[id].id).toBe(id);
    expect(CHAPTER_SLUGS).toContain(NETWORK_KINDS[id].chapter);
    expect(kindWords[id].label.length).toBeGreaterThan(3);
    expect(kindWords[id].title.length).toBeGreaterThan(3);
    expect(kindWords[id].examples.length).toBeGreaterThan(10);
  });

  test('recommends no Xing groups: Xing closed its groups in 2023', () => {
    for (const id of KIND_IDS) expect(JSON.stringify(kindWords[id]), id).not.toMatch(/Xing/);
  });
});
