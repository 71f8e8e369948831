import { describe, expect, test } from 'vitest';
import { emptyAnswers } from '../../../src/lib/questionnaire/answers-schema';
import { KIND_IDS } from '../../../src/lib/profile/network-kinds';
import { RULES } from '../../../src/lib/profile/recommendation-rules';
import { recommendationTexts as R } from '../../../src/i18n/de/recommendations';
import { holds } from '../../../src/lib/profile/recommendations';
import { PROFILES, type ProfileName } from '../../fixtures/answers-states';

const profileNames = Object.keys(PROFILES) as ProfileName[];

describe('RULES', () => {
  /** Rules that hold for every reader (general advice shown with a recommendation). */
  const always = new Set(['experten-aufnahme', 'halbprivat-nachricht']);
  const all = RULES.flatMap((k) => [...k.fits, ...k.blocks, ...k.caveats].map((rule) => ({ kind: k.kind, rule })));
  const firing = (id: string) => profileNames.filter((name) => holds(all.find((r) => r.rule.id === id)!.rule.if, PROFILES[name]));

  test('have unique ids', () => {
    const ids = all.map((r) => r.rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('each have a reason, and every reason belongs to a rule', () => {
    const ids = all.map((r) => r.rule.id).sort();
    expect(Object.keys(R.rules).sort()).toEqual(ids);
    for (const id of ids) expect(R.rules[id]!.length, id).toBeGreaterThan(20);
  });

  test('cover every kind of network except „Anderes Netzwerk“, once each', () => {
    expect(RULES.map((r) => r.kind).sort()).toEqual(KIND_IDS.filter((k) => k !== 'sonstiges').sort());
  });

  test.each(all.map((r) => [r.rule.id, r.kind]))('rule %s (%s) fires for at least one fixture profile', (id) => {
    expect(firing(id).length).toBeGreaterThan(0);
  });

  test.each(all.filter((r) => !always.has(r.rule.id)).map((r) => [r.rule.id]))('rule %s stays silent for at least one fixture profile and for empty answers', (id) => {
    expect(firing(id).length).toBeLessThan(profileNames.length);
    expect(holds(all.find((r) => r.rule.id === id)!.rule.if, emptyAnswers())).toBe(false);
  });

  test('give points only to fitting rules', () => {
    for (const kind of RULES) {
      for (const rule of kind.fits) expect(rule.points, rule.id).toBeGreaterThan(0);
      for (const rule of [...kind.blocks, ...kind.caveats]) expect(rule.points, rule.id).toBeUndefined();
    }
  });

  test('fire on „Weiß ich noch nicht“ only where a rule is about not knowing yet', () => {
    const fired = all.filter((r) => holds(r.rule.if, PROFILES.allesUnklar)).map((r) => r.rule.id).sort();
    expect(fired).toEqual(['experten-aufnahme', 'halbprivat-nachricht', 'meetup-erkunden', 'messe-erkunden']);
  });
});
