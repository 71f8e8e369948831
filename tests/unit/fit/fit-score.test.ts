import { describe, expect, test } from 'vitest';
import { emptyAnswers, type Answers } from '../../../src/lib/questionnaire/answers-schema';
import { DEFAULT_WEIGHTS, DIMENSIONS, WEIGHT_KEYS, unknownRatings, type Candidate, type Ratings, type Weights } from '../../../src/lib/fit/candidates-schema';
import {
  CHECK_VALUES,
  ITEM_STATUSES,
  comparableDimensions,
  explainItem,
  fitScore,
  itemsWithStatus,
  matchDimension,
  scoreCandidates,
  topCandidates,
  type FitResult,
  type ItemResult,
} from '../../../src/lib/fit/fit-score';
import { fitItems } from '../../../src/i18n/de/netzwerk-check';
import { PROFILES, type ProfileName } from '../../fixtures/answers-states';
import { CANDIDATES, STATES, manyCandidates } from '../../fixtures/candidates-states';

type CandidateName = keyof typeof CANDIDATES;
const label = (i: ItemResult) => fitItems[i.key].label;
const explained = (fit: FitResult, key: string) => explainItem(fit.items.find((i) => i.key === key)!, fit);
const weightsAll = (w: number): Weights => Object.fromEntries(WEIGHT_KEYS.map((k) => [k, w])) as Weights;
const rated = (over: Partial<Ratings>): Ratings => ({ ...unknownRatings(), ...over });
const ideal = (over: Partial<Answers>): Answers => ({ ...emptyAnswers(), ...over });

describe('matchDimension', () => {
  test.each([
    ['online', 'online', 1],
    ['online', 'gemischt', 0.5],
    ['gemischt', 'praesenz', 0.5],
    ['online', 'praesenz', 0],
    ['praesenz', 'online', 0],
  ] as const)('Treffpunkt: ideal %s, network %s → %d', (want, is, match) => {
    expect(matchDimension('form', ideal({ form: want }), rated({ form: is }), null)).toBe(match);
  });

  test.each([
    ['lokal', 'lokal', 1],
    ['lokal', 'regional', 0.5],
    ['regional', 'national', 0.5],
    ['lokal', 'national', 0],
    ['international', 'lokal', 0],
  ] as const)('Reichweite: ideal %s, network %s → %d', (want, is, match) => {
    expect(matchDimension('reichweite', ideal({ reichweite: want }), rated({ reichweite: is }), null)).toBe(match);
  });

  test.each([
    [['auftraege', 'austausch'], 'auftraege', ['auftraege', 'austausch'], 1],
    [['auftraege', 'austausch'], 'auftraege', ['auftraege'], 2 / 3],
    [['auftraege', 'austausch'], 'auftraege', ['austausch'], 1 / 3],
    [['auftraege', 'austausch'], 'auftraege', ['karriere'], 0],
    [['karriere'], 'karriere', ['karriere', 'trends'], 1],
    [['auftraege', 'austausch', 'trends'], null, ['trends'], 1 / 3],
  ] as const)('Zweck: ideal %j (main %s), network %j → %d', (zwecke, main, offered, match) => {
    expect(matchDimension('zwecke', ideal({ zwecke: [...zwecke] }), rated({ zwecke: [...offered] }), main)).toBeCloseTo(match);
  });

  test('Kontakte: the share of the sought levels the network offers', () => {
    const want = ideal({ ebenen: ['geschaeftsfuehrung', 'fachleute'] });
    expect(matchDimension('ebenen', want, rated({ ebenen: ['fachleute', 'abteilungsleitung'] }), null)).toBe(0.5);
    expect(matchDimension('ebenen', want, rated({ ebenen: ['geschaeftsfuehrung', 'fachleute'] }), null)).toBe(1);
  });

  test.each(['groesse', 'zusammensetzung', 'zugang', 'ton'] as const)('%s: same is 1, different is 0', (dim) => {
    const values = { groesse: ['klein', 'gross'], zusammensetzung: ['eigene-branche', 'branchenuebergreifend'], zugang: ['offen', 'geschlossen'], ton: ['beruflich', 'teils-privat'] }[dim];
    const want = ideal({ [dim]: values[0] } as Partial<Answers>);
    expect(matchDimension(dim, want, rated({ [dim]: values[0] } as Partial<Ratings>), null)).toBe(1);
    expect(matchDimension(dim, want, rated({ [dim]: values[1] } as Partial<Ratings>), null)).toBe(0);
  });

  test.each(DIMENSIONS.map((d) => [d]))('%s: an open ideal is not counted, whatever the network', (dim) => {
    expect(matchDimension(dim, PROFILES.allesUnklar, CANDIDATES.fruehstueck.ratings, null)).toBeNull();
    expect(matchDimension(dim, emptyAnswers(), CANDIDATES.fruehstueck.ratings, null)).toBeNull();
  });

  test.each(DIMENSIONS.map((d) => [d]))('%s: an unrated network is not counted (neutral)', (dim) => {
    expect(matchDimension(dim, PROFILES.freiberuflerinRegional, unknownRatings(), 'auftraege')).toBeNull();
    expect(matchDimension(dim, PROFILES.freiberuflerinRegional, { ...unknownRatings(), zwecke: [], ebenen: [] }, 'auftraege')).toBeNull();
  });
});

describe('fitScore', () => {
  const table: [ProfileName, CandidateName, number][] = [
    ['freiberuflerinRegional', 'fruehstueck', 100],
    ['freiberuflerinRegional', 'weltgruppe', 5],
    ['freiberuflerinRegional', 'kammer', 78],
    ['jobsucheInternational', 'weltgruppe', 50],
    ['jobsucheInternational', 'kammer', 48],
    ['fachkreisGeschlossen', 'fruehstueck', 60],
    ['lockerLokal', 'kammer', 83],
    ['allesUnklar', 'fruehstueck', 100],
    ['allesUnklar', 'weltgruppe', 0],
    ['allesUnklar', 'kammer', 100],
    ['knappeZeit', 'fruehstueck', 94],
  ];

  test('has no score for a candidate with nothing rated, and marks it as too little rated', () => {
    expect(fitScore(CANDIDATES.unbekannt, PROFILES.freiberuflerinRegional, DEFAULT_WEIGHTS)).toMatchObject({ score: null, maxPoints: 0, possible: 28, enough: false });
  });

  test('a chamber rated on 5 of 10 checklist points is rated just enough', () => {
    expect(fitScore(CANDIDATES.kammer, PROFILES.allesUnklar, DEFAULT_WEIGHTS)).toMatchObject({ maxPoints: 5, possible: 10, enough: true });
  });

  test.each(table)('scores %s against %s as %i with the default weights', (profile, candidate, score) => {
    expect(fitScore(CANDIDATES[candidate], PROFILES[profile], DEFAULT_WEIGHTS).score).toBe(score);
  });

  test.each(Object.keys(PROFILES) as ProfileName[])('keeps every score for the %s profile between 0 and 100', (profile) => {
    for (const candidate of Object.values(CANDIDATES)) {
      for (const weights of [DEFAULT_WEIGHTS, weightsAll(1), weightsAll(5)]) {
        const { score } = fitScore(candidate, PROFILES[profile], weights);
        if (score === null) continue;
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
      }
    }
  });

  test('shows its arithmetic: points and maximum points', () => {
    const fit = fitScore(CANDIDATES.kammer, PROFILES.freiberuflerinRegional, DEFAULT_WEIGHTS);
    expect(fit.maxPoints).toBe(23);
    expect(fit.possible).toBe(28);
    expect(fit.points).toBeCloseTo(17.83, 2);
    expect(Math.round((100 * fit.points) / fit.maxPoints)).toBe(fit.score);
  });

  test('rests on the checklist alone when the whole ideal is „Weiß ich noch nicht“', () => {
    const fit = fitScore(CANDIDATES.kammer, PROFILES.allesUnklar, DEFAULT_WEIGHTS);
    expect(fit.maxPoints).toBe(5);
    expect(itemsWithStatus(fit, 'skipped').map((i) => i.key)).toEqual([...DIMENSIONS]);
    for (const item of itemsWithStatus(fit, 'skipped')) {
      expect(item.skip).toBe('unsure');
      expect(explainItem(item, fit)).toEqual({ code: 'unsure' });
    }
  });

  test('neither rewards nor punishes „Weiß ich noch nicht“ in the ideal', () => {
    // Opening one dimension of the ideal must give the score of the same candidate with that item's weight at 0.
    for (const dim of DIMENSIONS) {
      const open = { ...PROFILES.freiberuflerinRegional, [dim]: Array.isArray(PROFILES.freiberuflerinRegional[dim]) ? ['unklar'] : 'unklar' } as Answers;
      for (const candidate of Object.values(CANDIDATES)) {
        const withOpen = fitScore(candidate, open, DEFAULT_WEIGHTS).score;
        const withoutItem = fitScore(candidate, PROFILES.freiberuflerinRegional, { ...DEFAULT_WEIGHTS, [dim]: 0 }).score;
        expect(withOpen, `${dim} ${candidate.name}`).toBe(withoutItem);
      }
    }
  });

  test('says an unanswered ideal is not counted because it is not answered yet', () => {
    const fit = fitScore(CANDIDATES.kammer, emptyAnswers(), DEFAULT_WEIGHTS);
    expect(fit.items[0]).toMatchObject({ key: 'form', status: 'skipped', skip: 'unanswered', match: null });
    expect(explained(fit, 'form')).toEqual({ code: 'unanswered' });
  });

  test('is null when every weight is 0', () => {
    const fit = fitScore(CANDIDATES.fruehstueck, PROFILES.freiberuflerinRegional, weightsAll(0));
    expect(fit).toMatchObject({ score: null, maxPoints: 0 });
    expect(itemsWithStatus(fit, 'skipped')).toHaveLength(12);
  });

  test('counts only the one item with weight when all others are 0', () => {
    const onlyPurpose = { ...weightsAll(0), zwecke: 5 };
    expect(fitScore(CANDIDATES.kammer, PROFILES.freiberuflerinRegional, onlyPurpose).score).toBe(67);
    const onlyRules = { ...weightsAll(0), netiquette: 1 };
    expect(fitScore(CANDIDATES.kammer, PROFILES.freiberuflerinRegional, onlyRules).score).toBe(100);
  });

  test('gives the same score for equal weights whatever their size', () => {
    for (const candidate of Object.values(CANDIDATES)) {
      expect(fitScore(candidate, PROFILES.lockerLokal, weightsAll(1)).score).toBe(fitScore(candidate, PROFILES.lockerLokal, weightsAll(5)).score);
    }
  });

  test('moves with the weights: a heavier miss lowers the score', () => {
    const base = fitScore(CANDIDATES.kammer, PROFILES.freiberuflerinRegional, DEFAULT_WEIGHTS).score!;
    const heavySize = fitScore(CANDIDATES.kammer, PROFILES.freiberuflerinRegional, { ...DEFAULT_WEIGHTS, groesse: 5 }).score!;
    expect(heavySize).toBeLessThan(base);
  });

  test('values the checklist answers ja 1, nein 0, offen not at all', () => {
    expect(CHECK_VALUES).toEqual({ ja: 1, nein: 0, offen: null });
  });

  test('lists matched, partly matched, unmatched and open items with both sides named', () => {
    const fit = fitScore(CANDIDATES.kammer, PROFILES.freiberuflerinRegional, DEFAULT_WEIGHTS);
    expect(itemsWithStatus(fit, 'match').map(label)).toEqual(['Zusammensetzung', 'Zugang', 'Kontakte', 'Ton', 'Regeln und Netiquette', 'Kosten']);
    expect(itemsWithStatus(fit, 'partial').map(label)).toEqual(['Treffpunkt', 'Zweck', 'Reichweite']);
    expect(itemsWithStatus(fit, 'miss').map(label)).toEqual(['Größe']);
    expect(itemsWithStatus(fit, 'open').map(label)).toEqual(['Themen', 'Beitrag']);
    expect(explained(fit, 'reichweite')).toEqual({ code: 'compare', main: null, ideal: ['regional'], actual: ['national'], weightZero: false });
    expect(explained(fit, 'zwecke')).toEqual({ code: 'compareMain', main: 'auftraege', ideal: ['austausch'], actual: ['auftraege', 'kooperation'], weightZero: false });
    expect(explained(fit, 'netiquette')).toEqual({ code: 'check', item: 'netiquette', answer: 'ja', weightZero: false });
    expect(explained(fitScore(CANDIDATES.unbekannt, PROFILES.freiberuflerinRegional, DEFAULT_WEIGHTS), 'form')).toEqual({ code: 'compare', main: null, ideal: ['gemischt'], actual: [], weightZero: false });
  });

  test('marks items with weight 0 as not counted but still explains them', () => {
    const fit = fitScore(CANDIDATES.kammer, PROFILES.freiberuflerinRegional, { ...DEFAULT_WEIGHTS, groesse: 0, kosten: 0 });
    const ignored = itemsWithStatus(fit, 'skipped');
    expect(ignored.map((i) => i.key)).toEqual(['groesse', 'kosten']);
    expect(ignored[0]!.skip).toBe('weight');
    expect(explainItem(ignored[0]!, fit)).toMatchObject({ code: 'compare', weightZero: true });
    expect(explainItem(ignored[1]!, fit)).toEqual({ code: 'check', item: 'kosten', answer: 'ja', weightZero: true });
  });
});

describe('comparableDimensions', () => {
  test('counts the dimensions of the ideal that can be compared', () => {
    expect(comparableDimensions(PROFILES.freiberuflerinRegional)).toBe(8);
    expect(comparableDimensions(PROFILES.allesUnklar)).toBe(0);
    expect(comparableDimensions(emptyAnswers())).toBe(0);
    expect(comparableDimensions({ ...emptyAnswers(), form: 'online', ebenen: ['unklar'] })).toBe(1);
  });
});

describe('scoreCandidates', () => {
  test('sorts by fit, best first, and a candidate with nothing rated after every rated one', () => {
    const names = scoreCandidates(STATES.complete, PROFILES.freiberuflerinRegional).map((s) => s.candidate.name);
    expect(names).toEqual(['Unternehmerfrühstück Nordstadt', 'IHK-Forum Mittelstand', 'Global Engineers Online', 'Alumni-Verein der Hochschule']);
  });

  test('sorts by time: fewest hours a month first, unknown time last (ties by name)', () => {
    const names = scoreCandidates(STATES.timed, PROFILES.freiberuflerinRegional, 'zeit').map((s) => s.candidate.name);
    expect(names).toEqual(['IHK-Forum Mittelstand', 'Unternehmerfrühstück Nordstadt', 'Alumni-Verein der Hochschule', 'Global Engineers Online']);
  });

  test('sorts by name the German way', () => {
    const state = { ...STATES.empty, candidates: [{ ...CANDIDATES.kammer, name: 'Zukunftsrunde' }, { ...CANDIDATES.fruehstueck, name: 'Ärztenetz' }, { ...CANDIDATES.unbekannt, name: 'Bücherkreis' }] };
    expect(scoreCandidates(state, PROFILES.lockerLokal, 'name').map((s) => s.candidate.name)).toEqual(['Ärztenetz', 'Bücherkreis', 'Zukunftsrunde']);
  });

  test('sorts newest first', () => {
    expect(scoreCandidates(STATES.complete, PROFILES.lockerLokal, 'neueste').map((s) => s.candidate.id)).toEqual(['k-kammer', 'k-unbekannt', 'k-fruehstueck', 'k-weltgruppe']);
  });

  test('breaks ties by name and puts unscored candidates last', () => {
    const zero = { ...STATES.complete, weights: weightsAll(0) };
    expect(scoreCandidates(zero, PROFILES.lockerLokal).every((s) => s.fit.score === null)).toBe(true);
    const tie = { ...STATES.empty, candidates: [{ ...CANDIDATES.unbekannt, id: 'b', name: 'Beta' }, { ...CANDIDATES.unbekannt, id: 'a', name: 'Alpha' }] };
    expect(scoreCandidates(tie, PROFILES.lockerLokal).map((s) => s.candidate.name)).toEqual(['Alpha', 'Beta']);
  });

  test('does not change the stored order', () => {
    const before = STATES.complete.candidates.map((c) => c.id);
    scoreCandidates(STATES.complete, PROFILES.lockerLokal);
    expect(STATES.complete.candidates.map((c) => c.id)).toEqual(before);
  });

  // How fast this is belongs to the bench (tests/bench/fit-score.bench.ts), not to a unit test.
  test('scores and sorts 200 candidates', () => {
    const scored = scoreCandidates(manyCandidates(200), PROFILES.freiberuflerinRegional);
    expect(scored).toHaveLength(200);
    const rank = (s: (typeof scored)[number]) => (s.fit.enough ? 1000 : 0) + (s.fit.score ?? -1);
    for (let i = 1; i < scored.length; i++) expect(rank(scored[i - 1]!)).toBeGreaterThanOrEqual(rank(scored[i]!));
  });
});

describe('topCandidates', () => {
  test('gives the best n by fit', () => {
    expect(topCandidates(STATES.complete, PROFILES.freiberuflerinRegional, 2).map((s) => s.candidate.id)).toEqual(['k-fruehstueck', 'k-kammer']);
  });
  test('gives all when n is larger and none for n ≤ 0', () => {
    expect(topCandidates(STATES.complete, PROFILES.freiberuflerinRegional, 10)).toHaveLength(4);
    expect(topCandidates(STATES.complete, PROFILES.freiberuflerinRegional, -1)).toEqual([]);
    expect(topCandidates(STATES.empty, PROFILES.freiberuflerinRegional, 3)).toEqual([]);
  });
});

describe('itemsWithStatus', () => {
  test('puts every item of a result under exactly one of ITEM_STATUSES', () => {
    for (const candidate of Object.values(CANDIDATES)) {
      const fit = fitScore(candidate, PROFILES.freiberuflerinRegional, DEFAULT_WEIGHTS);
      expect(ITEM_STATUSES.flatMap((status) => itemsWithStatus(fit, status)).map((i) => i.key).sort()).toEqual([...WEIGHT_KEYS].sort());
    }
  });
});


// A sanity check of the fixtures the browser tests rely on.
test('the candidate fixtures are valid candidates', () => {
  const all: Candidate[] = Object.values(CANDIDATES);
  expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
});
