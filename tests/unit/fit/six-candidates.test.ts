/**
 * The freelancer (two hours a month, clients in her town) against the six candidates of issue 12:
 * orderings a career coach would expect, not exact numbers.
 */
import { expect, test } from 'vitest';
import { scoreCandidates, type ScoredCandidate } from '../../../src/lib/fit/fit-score';
import { PERSONAS } from '../../fixtures/personas';
import { sixState } from '../../fixtures/six-candidates';

const scored = scoreCandidates(sixState(), PERSONAS.freiberufler);
const byId = (id: string): ScoredCandidate => scored.find((s) => s.candidate.id === id)!;
const score = (id: string) => byId(id).fit.score!;

test('prints the table for the closing note', () => {
  for (const s of scored) console.log(`${s.candidate.name}: ${s.fit.score} (base ${s.fit.base}, ${s.fit.maxPoints}/${s.fit.possible}, hours ${s.fit.hours?.toFixed(1)}, enough ${s.fit.enough})`);
});

test('the weekly 7 a.m. breakfast falls below LinkedIn with a 2-hour budget', () => {
  expect(byId('s-bni').fit.factor).toBeLessThan(1);
  expect(score('s-bni')).toBeLessThan(score('s-linkedin'));
});

test('a meetup rated on almost nothing is „zu wenig bewertet“ and ranks last, below the honestly rated Rotary club', () => {
  expect(byId('s-wordpress').fit.enough).toBe(false);
  expect(scored.at(-1)!.candidate.id).toBe('s-wordpress');
  expect(scored.findIndex((s) => s.candidate.id === 's-rotary')).toBeLessThan(scored.length - 1);
});

test('the quarterly chamber evening stays within budget and leads', () => {
  expect(byId('s-ihk').fit.factor).toBe(1);
  expect(scored[0]!.candidate.id).toBe('s-ihk');
});

test('the weekly Rotary club is penalised for time, the monthly BPW club less so', () => {
  expect(byId('s-rotary').fit.factor).toBeLessThan(byId('s-bpw').fit.factor);
});
