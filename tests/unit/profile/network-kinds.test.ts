import { describe, expect, test } from 'vitest';
import { GUIDE_CHAPTERS } from '../../../src/lib/guide/guide-links';
import { KIND_IDS, NETWORK_KINDS } from '../../../src/lib/profile/network-kinds';

describe('NETWORK_KINDS', () => {
  test.each(KIND_IDS.map((id) => [id]))('describes %s with a label, a title, examples and a real chapter', (id) => {
    const kind = NETWORK_KINDS[id];
    expect(kind.id).toBe(id);
    expect(kind.label.length).toBeGreaterThan(3);
    expect(kind.title.length).toBeGreaterThan(3);
    expect(kind.examples.length).toBeGreaterThan(10);
    expect(Object.keys(GUIDE_CHAPTERS)).toContain(kind.chapter);
  });

  test('covers the kinds the issue names: chambers, associations, fairs, alumni, Xing/LinkedIn, Meetup, sport, closed expert networks', () => {
    const titles = KIND_IDS.map((id) => NETWORK_KINDS[id].title).join(' | ');
    for (const word of ['IHK', 'Fachverbände', 'Messen', 'Alumni', 'LinkedIn', 'Xing', 'Meetup', 'Sport', 'Expertennetzwerke']) expect(titles).toContain(word);
  });
});
