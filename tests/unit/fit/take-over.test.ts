import { describe, expect, test } from 'vitest';
import * as v from 'valibot';
import { candidateFromOffer, takeOverStatus } from '../../../src/lib/fit/take-over';
import { candidateFromDraft, emptyDraft } from '../../../src/lib/fit/candidate-draft';
import { withKindDefaults } from '../../../src/lib/fit/kind-defaults';
import { candidateSchema } from '../../../src/lib/fit/candidates-schema';

describe('candidateFromOffer', () => {
  test('is the candidate the check’s form makes from the same name and kind', () => {
    const viaForm = candidateFromDraft(withKindDefaults({ ...emptyDraft(), name: 'Meetup' }, 'meetup', new Set()), 'k-1');
    expect(candidateFromOffer({ name: 'Meetup', kind: 'meetup' }, 'k-1')).toEqual(viaForm);
  });

  test('pre-fills the kind’s starting values and keeps the example’s website', () => {
    const c = candidateFromOffer({ name: ' LinkedIn ', kind: 'plattform', link: 'https://www.linkedin.com/' }, 'k-2')!;
    expect(v.is(candidateSchema, c)).toBe(true);
    expect([c.name, c.kind, c.link, c.ratings.form, c.ratings.reichweite, c.ratings.zugang, c.rhythmus, c.stunden]).toEqual([
      'LinkedIn',
      'plattform',
      'https://www.linkedin.com/',
      'online',
      'international',
      'offen',
      'woechentlich',
      1,
    ]);
  });

  test('refuses what the form would refuse: an empty name or an unsafe link', () => {
    expect(candidateFromOffer({ name: '  ', kind: 'meetup' }, 'k')).toBeNull();
    expect(candidateFromOffer({ name: 'X', kind: 'meetup', link: 'javascript:alert(1)' }, 'k')).toBeNull();
  });
});

describe('takeOverStatus', () => {
  const list = [
    { id: 'a', name: 'LinkedIn' },
    { id: 'b', name: 'BNI Chapter' },
  ];

  test('is open while no candidate has the name', () => {
    expect(takeOverStatus(list, 'XING', null)).toEqual({ code: 'open' });
    expect(takeOverStatus([], 'XING', null)).toEqual({ code: 'open' });
  });

  test('finds a candidate with the same name, case and spaces aside, so none is added twice', () => {
    expect(takeOverStatus(list, ' linkedin ', null)).toEqual({ code: 'present', id: 'a' });
  });

  test('says the page’s own candidate was added while it is in the list', () => {
    expect(takeOverStatus(list, 'LinkedIn', 'a')).toEqual({ code: 'added', id: 'a' });
  });

  test('is open again once the added candidate is gone (undo, or deleted in another tab)', () => {
    expect(takeOverStatus(list.slice(1), 'LinkedIn', 'a')).toEqual({ code: 'open' });
  });
});
