/**
 * The three personas of issue 12 through the rules: their results differ the way a good coach's
 * would. The figures of the report come from here (`npx vitest run tests/unit/profile/personas.test.ts`).
 */
import { describe, expect, test } from 'vitest';
import { formatAdvice, recommend, timeVerdict, TIME_CAP } from '../../../src/lib/profile/recommendations';
import { FORMAT_RULES, RULES } from '../../../src/lib/profile/recommendation-rules';
import { recommendationTexts as R } from '../../../src/i18n/de/recommendations';
import { PERSONAS } from '../../fixtures/personas';

const result = (name: keyof typeof PERSONAS) => recommend(PERSONAS[name], RULES);
const kinds = (name: keyof typeof PERSONAS) => result(name).recommended.map((r) => r.kind);

describe('the student looking for a first job', () => {
  test('gets job and career fairs, first, with a tip to prepare', () => {
    expect(kinds('studentin')).toEqual(['jobmesse', 'kammer', 'alumni', 'plattform', 'messe', 'unternehmertreffen']);
    const fair = result('studentin').recommended[0]!;
    expect(fair.reasons[0]).toBe('jobmesse-karriere');
    expect(fair.caveats).toContain('jobmesse-vorbereiten');
    expect(result('studentin').first).toEqual({ kind: 'jobmesse', why: 'points', then: null });
  });

  test('is told the chamber brings together firms „aus deiner Region“, because she chose „Regional“', () => {
    expect(result('studentin').recommended.find((r) => r.kind === 'kammer')!.reasons).toContain('kammer-region');
  });
});

describe('the freelancer with two hours a month', () => {
  test('hears that the time is too little and gets at most two kinds, the cheapest in time first', () => {
    expect(timeVerdict(PERSONAS.freiberufler).level).toBe('zu-wenig');
    expect(kinds('freiberufler')).toHaveLength(TIME_CAP);
    expect(kinds('freiberufler')).toEqual(['plattform', 'kammer']);
    expect(result('freiberufler').first).toEqual({ kind: 'plattform', why: 'effort', then: 'kammer' });
  });

  test('gets no trade fair, and is told why the others are missing: the time', () => {
    expect(kinds('freiberufler')).not.toContain('messe');
    const capped = result('freiberufler').notRecommended.filter((n) => n.reason.code === 'time-cap').map((n) => n.kind);
    expect(capped).toEqual(['unternehmertreffen', 'meetup', 'messe']);
  });

  test('is told the chamber meets in „deiner Stadt“, never „aus deiner Region“, because he chose „Lokal“', () => {
    const kammer = result('freiberufler').recommended.find((r) => r.kind === 'kammer')!;
    expect(kammer.reasons).toContain('kammer-lokal');
    expect(kammer.reasons).not.toContain('kammer-region');
    for (const id of kammer.reasons) expect(R.rules[id]).not.toContain('Region');
  });
});

describe('the introverted employee who wants to grow in her field', () => {
  test('gets her professional association first, with its small working groups', () => {
    expect(kinds('introvertiert')[0]).toBe('fachverband');
    expect(result('introvertiert').recommended[0]!.reasons).toContain('verband-klein');
  });

  test('gets advice for small formats, listening, arriving early and going with someone', () => {
    expect(formatAdvice(PERSONAS.introvertiert, FORMAT_RULES)).toEqual(['format-klein', 'format-zuhoeren', 'format-frueh', 'format-begleitung']);
    expect(result('introvertiert').recommended.find((r) => r.kind === 'messe')!.caveats).toContain('messe-leise');
  });

  test('gets different format advice than the student, who draws energy from crowds', () => {
    expect(formatAdvice(PERSONAS.studentin, FORMAT_RULES)).toEqual(['format-gross', 'format-reden', 'format-allein']);
  });
});

describe('every persona', () => {
  test('is told why each missing kind is missing, never only „too little fits“', () => {
    for (const name of Object.keys(PERSONAS) as (keyof typeof PERSONAS)[]) {
      for (const n of result(name).notRecommended) expect(['block', 'missing', 'few-points', 'time-cap'], `${name} ${n.kind}`).toContain(n.reason.code);
    }
  });
});
