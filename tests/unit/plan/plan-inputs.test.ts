import { describe, expect, test } from 'vitest';
import { answerInputs } from '../../../src/lib/planner/answer-inputs';
import { KIND_IDS } from '../../../src/lib/profile/network-kinds';
import { kindWords } from '../../../src/i18n/de/network-kinds';
import { NO_PLAN_INPUTS, planInputs, TOP_CANDIDATES, type PlanInputTexts } from '../../../src/lib/plan/plan-inputs';
import { recommendationTexts as RECOMMENDATION_TEXTS } from '../../../src/i18n/de/recommendations';
import { toolStatus } from '../../../src/lib/plan/tool-status';
import { STATES as ANSWERS } from '../../fixtures/answers-states';
import { STATES as CANDIDATES, manyCandidates } from '../../fixtures/candidates-states';

const texts: PlanInputTexts = {
  profile: { labels: RECOMMENDATION_TEXTS.labels, profile: RECOMMENDATION_TEXTS.profile },
  kinds: Object.fromEntries(KIND_IDS.map((id) => [id, kindWords[id].label])) as PlanInputTexts['kinds'],
};

describe('NO_PLAN_INPUTS', () => {
  test('stands for tools not yet answered', () => {
    expect(NO_PLAN_INPUTS).toEqual({ profileLines: null, hoursPerMonth: null, offer: null, topCandidates: [] });
  });
});

describe('answerInputs', () => {
  test('takes hours a month and the offer from answered questions', () => {
    const inputs = answerInputs(ANSWERS.complete.answers);
    expect(inputs.hoursPerMonth).toBe(6);
    expect(inputs.offer).toEqual(['Texte redigieren', 'Kontakte zu Druckereien', 'Wissen', 'Kontakte']);
  });

  test('gives null for both while the questions are unanswered', () => {
    expect(answerInputs(ANSWERS.empty.answers)).toEqual({ hoursPerMonth: null, offer: null });
  });
});

describe('toolStatus', () => {
  test('is „todo“ for both tools before anything was entered', () => {
    expect(toolStatus(ANSWERS.empty, CANDIDATES.empty)).toEqual({ selbsttest: 'todo', 'netzwerk-check': 'todo' });
  });

  test('is „progress“ for a questionnaire left halfway and candidates with open checklist items', () => {
    expect(toolStatus(ANSWERS.partial, CANDIDATES.partial)).toEqual({ selbsttest: 'progress', 'netzwerk-check': 'progress' });
  });

  test('is „done“ once the result was reached and a candidate is fully checked', () => {
    expect(toolStatus(ANSWERS.complete, CANDIDATES.complete)).toEqual({ selbsttest: 'done', 'netzwerk-check': 'done' });
  });
});

describe('planInputs', () => {
  test('describes the profile in sentences and lists the best candidates with their scores, best first', () => {
    const inputs = planInputs(ANSWERS.complete, CANDIDATES.complete, texts);
    expect(inputs.profileLines?.[0]).toMatch(/^Treffpunkt: Dein ideales Netzwerk /);
    expect(inputs.hoursPerMonth).toBe(6);
    expect(inputs.topCandidates.length).toBeGreaterThan(0);
    expect(inputs.topCandidates[0]).toMatchObject({ name: 'Unternehmerfrühstück Nordstadt', kind: kindWords.unternehmertreffen.label });
    const scores = inputs.topCandidates.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  test(`lists at most ${TOP_CANDIDATES} candidates`, () => {
    expect(planInputs(ANSWERS.complete, manyCandidates(12), texts).topCandidates).toHaveLength(TOP_CANDIDATES);
  });

  test('equals NO_PLAN_INPUTS while neither tool was used', () => {
    expect(planInputs(ANSWERS.empty, CANDIDATES.empty, texts)).toEqual(NO_PLAN_INPUTS);
  });
});
