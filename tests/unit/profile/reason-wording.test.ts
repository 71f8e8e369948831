/**
 * Every reason's words fit the answers it fires on: a sampled run of every rule against answer
 * combinations (the full product of all questions is far too big), checking each claim a reason
 * makes about the reader („aus deiner Region“, „du möchtest dich online vernetzen“ …) against
 * the reader's own answers. The claims are read off the words, not off the rules' conditions.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Answers } from '../../../src/lib/questionnaire/answers-schema';
import { ACCESSES, COMPANIONS, COMPOSITIONS, ENERGIES, FORMS, LEVELS, OFFERS, PURPOSES, REACHES, ROLES, SIZES, TONES, UNKNOWN } from '../../../src/lib/questionnaire/profile-options';
import { hoursPerMonth } from '../../../src/lib/questionnaire/hours';
import { holds, recommend, type Rule } from '../../../src/lib/profile/recommendations';
import { FORMAT_RULES, RULES } from '../../../src/lib/profile/recommendation-rules';
import { recommendationTexts as R } from '../../../src/i18n/de/recommendations';
import { PERSONAS } from '../../fixtures/personas';

type Claim = { says: string; holds: (a: Answers) => boolean };

const has = (list: readonly string[], value: string) => list.includes(value);

/** What the words claim about the reader, and how to check it against the answers. */
const CLAIMS: readonly Claim[] = [
  { says: 'deiner Region', holds: (a) => a.reichweite === 'regional' },
  { says: 'deiner Stadt', holds: (a) => a.reichweite === 'lokal' },
  { says: 'in deiner Nähe', holds: (a) => a.reichweite === 'lokal' || a.reichweite === 'regional' },
  { says: 'du möchtest dich online vernetzen', holds: (a) => a.form === 'online' },
  { says: '(auch) online', holds: (a) => a.form === 'online' || a.form === 'gemischt' },
  { says: 'lieber vor Ort', holds: (a) => a.form === 'praesenz' },
  { says: 'liegen dir kleine Runden', holds: (a) => a.energie === 'kleine-runde' },
  { says: 'dir liegen kleine Runden', holds: (a) => a.energie === 'kleine-runde' },
  { says: 'Kleine Runden liegen dir', holds: (a) => a.energie === 'kleine-runde' },
  { says: 'Kleine Runden geben dir Energie', holds: (a) => a.energie === 'kleine-runde' },
  { says: 'Volle Hallen geben dir Energie', holds: (a) => a.energie === 'grosse-runde' },
  { says: 'Große Runden liegen dir', holds: (a) => a.energie === 'grosse-runde' },
  { says: 'Du hörst lieber zu', holds: (a) => a.rolle === 'zuhoeren' },
  { says: 'Du ergreifst gern das Wort', holds: (a) => a.rolle === 'reden' },
  { says: 'Du gehst lieber in Begleitung', holds: (a) => a.begleitung === 'mit-begleitung' },
  { says: 'Du gehst auch allein hin', holds: (a) => a.begleitung === 'allein' },
  { says: 'eine erste oder neue Stelle', holds: (a) => has(a.zwecke, 'karriere') },
  { says: 'Jobsuche', holds: (a) => has(a.zwecke, 'karriere') },
  { says: 'Dein Zweck ist noch offen', holds: (a) => has(a.zwecke, UNKNOWN) },
  { says: 'einen geschlossenen Kreis', holds: (a) => a.zugang === 'geschlossen' },
  { says: 'Du möchtest ein Netzwerk, das allen offensteht', holds: (a) => a.zugang === 'offen' },
  { says: 'einen kleinen Kreis', holds: (a) => a.groesse === 'klein' },
  { says: 'streng beruflichen Ton', holds: (a) => a.ton === 'beruflich' },
  { says: 'einen persönlichen Ton', holds: (a) => a.ton === 'teils-privat' },
  { says: 'das liegt dir', holds: (a) => a.ton === 'teils-privat' },
  { says: 'Du magst es, wenn sich Berufliches und Privates mischen', holds: (a) => a.ton === 'teils-privat' },
  { says: 'Menschen aus deinem Beruf', holds: (a) => a.zusammensetzung === 'eigene-branche' },
  { says: 'die Ebene, die du erreichen willst', holds: (a) => has(a.ebenen, 'geschaeftsfuehrung') },
  { says: 'bereit, mit anzupacken', holds: (a) => has(a.angebot, 'rollen') },
  { says: 'Für internationale Kontakte', holds: (a) => a.reichweite === 'international' },
  { says: 'knappen Budget', holds: (a) => (hoursPerMonth(a) ?? Infinity) < 8 },
  { says: 'deinem Budget', holds: (a) => (hoursPerMonth(a) ?? Infinity) < 8 },
];

const claimsOf = (text: string) => CLAIMS.filter((c) => text.includes(c.says));

const withUnknown = <T extends string>(values: readonly T[]) => fc.constantFrom<T | 'unklar'>(...values, UNKNOWN);
const several = <T extends string>(values: readonly T[]) =>
  fc.oneof(fc.constant([UNKNOWN] as (T | 'unklar')[]), fc.subarray([...values] as T[], { minLength: 1 }) as fc.Arbitrary<(T | 'unklar')[]>);

/** Complete answers of any combination. */
const answersArb: fc.Arbitrary<Answers> = fc
  .record({
    form: withUnknown(FORMS),
    zwecke: several(PURPOSES),
    groesse: withUnknown(SIZES),
    zusammensetzung: withUnknown(COMPOSITIONS),
    reichweite: withUnknown(REACHES),
    zugang: withUnknown(ACCESSES),
    stunden: fc.constantFrom('', '0', '1', '2', '3', '4', '6', '8', '10', '20'),
    angebot: several(OFFERS),
    ebenen: several(LEVELS),
    ton: withUnknown(TONES),
    energie: withUnknown(ENERGIES),
    rolle: withUnknown(ROLES),
    begleitung: withUnknown(COMPANIONS),
    pick: fc.nat(),
  })
  .map(({ pick, stunden, ...a }) => {
    const chosen = a.zwecke.filter((z): z is (typeof PURPOSES)[number] => z !== UNKNOWN);
    return { ...a, stunden, stundenUnklar: stunden === '', angebotDetails: '', hauptzweck: chosen.length > 1 ? chosen[pick % chosen.length]! : null } as Answers;
  });

const allRules: { rule: Rule; text: string }[] = [
  ...RULES.flatMap((k) => [...k.fits, ...k.blocks, ...k.caveats]).map((rule) => ({ rule, text: R.rules[rule.id] ?? '' })),
  ...FORMAT_RULES.map((rule) => ({ rule, text: R.formats[rule.id] ?? '' })),
];

describe('reason wording', () => {
  test('every claim a reason makes about the reader holds whenever the rule fires', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        for (const { rule, text } of allRules) {
          if (!holds(rule.if, answers)) continue;
          for (const claim of claimsOf(text)) expect(claim.holds(answers), `${rule.id} says „${claim.says}“`).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  test('a missing-kind reason names a defining answer the reader did not give, and their own answer to it', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        for (const n of recommend(answers, RULES).notRecommended) {
          if (n.reason.code !== 'missing') continue;
          const { rule: id, field } = n.reason;
          const rule = RULES.find((k) => k.kind === n.kind)!.fits.find((r) => r.id === id)!;
          expect(holds(rule.if, answers), id).toBe(false);
          expect(rule.if[0]).toBe(field);
          expect(R.missing[id], id).toBeDefined();
        }
      }),
      { numRuns: 1000 },
    );
  });

  test('the claims table finds the old mistake: a region sentence fired for „Lokal“', () => {
    const oldKammerRegion: Rule = { id: 'kammer-region', if: ['reichweite', 'lokal', 'regional'] };
    const reader = PERSONAS.freiberufler;
    expect(holds(oldKammerRegion.if, reader)).toBe(true);
    expect(claimsOf(R.rules['kammer-region']!).every((c) => c.holds(reader))).toBe(false);
  });

  test('every rule with the reader in its words has a claim to check', () => {
    const speaksOfReader = /\b(du suchst|du möchtest|dir liegen|liegen dir|Du hörst|Du ergreifst|Du gehst|deiner Region|deiner Stadt|deinem Budget)\b/;
    for (const { rule, text } of allRules) if (speaksOfReader.test(text)) expect(claimsOf(text).length, rule.id).toBeGreaterThan(0);
  });

  test('every kind names its missing rules among its own fitting rules', () => {
    for (const kind of RULES) for (const id of kind.missing) expect(kind.fits.map((r) => r.id), `${kind.kind} ${id}`).toContain(id);
  });
});
