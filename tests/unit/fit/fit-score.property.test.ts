/**
 * Properties of the fit score (fit-score.ts), with fast-check and a fixed seed so that a failure
 * reproduces: bounded, monotonic in each rating, unknowns neutral, order-independent, and time
 * over budget never raises a score.
 */
import fc from 'fast-check';
import { describe, test } from 'vitest';
import { DIMENSIONS, RHYTHMS, SCORED_CHECKS, WEIGHT_KEYS, WEIGHT_MAX, type Candidate, type Weights } from '../../../src/lib/fit/candidates-schema';
import { DIMENSION_OPTIONS, takesSeveral } from '../../../src/lib/fit/candidate-form';
import { fitScore, matchDimension, scoreCandidates } from '../../../src/lib/fit/fit-score';
import { PERSONAS } from '../../fixtures/personas';
import { PROFILES } from '../../fixtures/answers-states';
import type { Answers } from '../../../src/lib/questionnaire/answers-schema';

const RUNS = { seed: 20261202, numRuns: 300 };
const profiles: Answers[] = [...Object.values(PERSONAS), ...Object.values(PROFILES)];

const rating = (dim: (typeof DIMENSIONS)[number]) =>
  takesSeveral(dim) ? fc.subarray([...DIMENSION_OPTIONS[dim]]).map((l) => (l.length === 0 ? ['unklar'] : l)) : fc.constantFrom('unklar', ...DIMENSION_OPTIONS[dim]);

const candidateArb: fc.Arbitrary<Candidate> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 8 }),
  name: fc.constantFrom('Alpha', 'Beta', 'Gamma', 'Delta'),
  kind: fc.constant(null),
  link: fc.constant(''),
  notes: fc.constant(''),
  ratings: fc.record(Object.fromEntries(DIMENSIONS.map((d) => [d, rating(d)]))) as fc.Arbitrary<Candidate['ratings']>,
  checklist: fc.record({ netiquette: fc.constantFrom('ja', 'nein', 'offen'), themen: fc.constantFrom('ja', 'nein', 'offen'), beitragen: fc.constantFrom('ja', 'nein', 'offen'), gast: fc.constantFrom('ja', 'nein', 'offen'), kosten: fc.constantFrom('ja', 'nein', 'offen') }),
  rhythmus: fc.constantFrom('unklar', ...RHYTHMS),
  stunden: fc.option(fc.integer({ min: 0, max: 96 }).map((q) => q / 4), { nil: null }),
}) as fc.Arbitrary<Candidate>;

const weightsArb = fc.record(Object.fromEntries(WEIGHT_KEYS.map((k) => [k, fc.integer({ min: 0, max: WEIGHT_MAX })]))) as fc.Arbitrary<Weights>;
const profileArb = fc.constantFrom(...profiles);
const withBudget = (answers: Answers, hours: number | null): Answers => ({ ...answers, stunden: hours === null ? '' : String(hours), stundenUnklar: hours === null });

describe('fitScore properties', () => {
  test('is an integer between 0 and 100, or null only when nothing is rated', () => {
    fc.assert(
      fc.property(candidateArb, profileArb, weightsArb, (c, a, w) => {
        const fit = fitScore(c, a, w);
        if (fit.score === null) return fit.maxPoints === 0;
        return Number.isInteger(fit.score) && fit.score >= 0 && fit.score <= 100;
      }),
      RUNS,
    );
  });

  test('is monotonic in each rating: a better match never lowers the score', () => {
    fc.assert(
      fc.property(candidateArb, profileArb, weightsArb, fc.constantFrom(...DIMENSIONS), (c, a, w, dim) => {
        // Two ratings of the same dimension; whichever matches better must not score lower.
        const options = takesSeveral(dim) ? DIMENSION_OPTIONS[dim].map((o) => [o]) : DIMENSION_OPTIONS[dim];
        const scores = options.map((o) => {
          const cand = { ...c, ratings: { ...c.ratings, [dim]: o } } as Candidate;
          return { m: matchDimension(dim, a, cand.ratings, null), s: fitScore(cand, a, w).score };
        });
        for (const x of scores) for (const y of scores) if (x.m !== null && y.m !== null && x.m < y.m && x.s !== null && y.s !== null && x.s > y.s) return false;
        return true;
      }),
      RUNS,
    );
  });

  test('checklist: ja never scores below nein', () => {
    fc.assert(
      fc.property(candidateArb, profileArb, weightsArb, fc.constantFrom(...SCORED_CHECKS), (c, a, w, item) => {
        const yes = fitScore({ ...c, checklist: { ...c.checklist, [item]: 'ja' } }, a, w).score!;
        const no = fitScore({ ...c, checklist: { ...c.checklist, [item]: 'nein' } }, a, w).score!;
        return yes >= no;
      }),
      RUNS,
    );
  });

  test('unknowns are neutral: turning an item to unknown equals setting its weight to 0', () => {
    fc.assert(
      fc.property(candidateArb, profileArb, weightsArb, fc.constantFrom(...DIMENSIONS), (c, a, w, dim) => {
        const unknown = { ...c, ratings: { ...c.ratings, [dim]: takesSeveral(dim) ? ['unklar'] : 'unklar' } } as Candidate;
        return fitScore(unknown, a, w).score === fitScore(unknown, a, { ...w, [dim]: 0 }).score && fitScore(unknown, a, w).points === fitScore(c, a, { ...w, [dim]: 0 }).points;
      }),
      RUNS,
    );
  });

  test('a candidate with only unknowns has no score and is „zu wenig bewertet“', () => {
    fc.assert(
      fc.property(candidateArb, profileArb, weightsArb, (c, a, w) => {
        const blank = { ...c, ratings: Object.fromEntries(DIMENSIONS.map((d) => [d, takesSeveral(d) ? ['unklar'] : 'unklar'])) as Candidate['ratings'], checklist: { netiquette: 'offen', themen: 'offen', beitragen: 'offen', gast: 'offen', kosten: 'offen' } } as Candidate;
        const fit = fitScore(blank, a, w);
        return fit.score === null && !fit.enough;
      }),
      RUNS,
    );
  });

  test('the guest-visit answer never changes the score', () => {
    fc.assert(
      fc.property(candidateArb, profileArb, weightsArb, (c, a, w) => {
        const s = (gast: 'ja' | 'nein' | 'offen') => fitScore({ ...c, checklist: { ...c.checklist, gast } }, a, w).score;
        return s('ja') === s('nein') && s('nein') === s('offen');
      }),
      RUNS,
    );
  });

  test('over budget never raises a score; unknown time or budget leaves it unchanged', () => {
    fc.assert(
      fc.property(candidateArb, profileArb, weightsArb, fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }), (c, a, w, budget) => {
        const timeless = fitScore({ ...c, rhythmus: 'unklar' }, withBudget(a, budget), w);
        const timed = fitScore(c, withBudget(a, budget), w);
        if (timed.score === null) return timeless.score === null;
        if (budget === null || timed.hours === null) return timed.score === timeless.score;
        return timed.score <= timeless.score! && (timed.hours > budget || timed.score === timeless.score);
      }),
      RUNS,
    );
  });
});

describe('scoreCandidates properties', () => {
  test('order-independent: shuffling the list changes no score and no ranking (ties by name, then id)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(candidateArb, { minLength: 1, maxLength: 8, selector: (c) => c.id }), profileArb, weightsArb, fc.constantFrom('passung', 'zeit', 'name') as fc.Arbitrary<'passung' | 'zeit' | 'name'>, (list, a, w, order) => {
        const ranked = (cs: Candidate[]) => scoreCandidates({ candidates: cs, weights: w }, a, order).map((s) => `${s.candidate.id}:${s.fit.score}`);
        return JSON.stringify(ranked(list)) === JSON.stringify(ranked([...list].reverse()));
      }),
      RUNS,
    );
  });

  test('never ranks a „zu wenig bewertet“ candidate above a sufficiently rated one', () => {
    fc.assert(
      fc.property(fc.uniqueArray(candidateArb, { minLength: 1, maxLength: 8, selector: (c) => c.id }), profileArb, weightsArb, (list, a, w) => {
        const flags = scoreCandidates({ candidates: list, weights: w }, a).map((s) => s.fit.enough);
        return flags.indexOf(false) === -1 || !flags.slice(flags.indexOf(false)).includes(true);
      }),
      RUNS,
    );
  });
});
