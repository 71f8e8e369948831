import { describe, expect, test } from 'vitest';
import { optionLabels } from '../../../src/i18n/de/options';
import { answerInputs } from '../../../src/lib/planner/answer-inputs';
import { NO_PLAN_INPUTS, planInputs, TOP_CANDIDATES } from '../../../src/lib/plan/plan-inputs';
import { toolStatus } from '../../../src/lib/plan/tool-status';
import { STATES as ANSWERS } from '../../fixtures/answers-states';
import { STATES as CANDIDATES, manyCandidates } from '../../fixtures/candidates-states';

describe('NO_PLAN_INPUTS', () => {
  test('stands for tools not yet answered', () => {
    expect(NO_PLAN_INPUTS).toEqual({ profileLines: null, hoursPerMonth: null, offer: null, topCandidates: [] });
  });
});

describe('answerInputs', () => {
  test('takes hours a month and the offer from answered questions', () => {
    const inputs = answerInputs(ANSWERS.complete.answers, optionLabels);
    expect(inputs.hoursPerMonth).toBe(6);
    expect(inputs.offer).toEqual(['Texte redigieren', 'Kontakte zu Druckereien', 'Wissen', 'Kontakte']);
  });

  test('gives null for both while the questions are unanswered', () => {
    expect(answerInputs(ANSWERS.empty.answers, optionLabels)).toEqual({ hoursPerMonth: null, offer: null });
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
  test('describes the profile line by line and lists the best candidates with their kind and score, best first', () => {
    const inputs = planInputs(ANSWERS.complete, CANDIDATES.complete, optionLabels);
    expect(inputs.profileLines?.[0]).toMatchObject({ field: 'form', sentence: expect.any(String) });
    expect(inputs.hoursPerMonth).toBe(6);
    expect(inputs.topCandidates.length).toBeGreaterThan(0);
    expect(inputs.topCandidates[0]).toMatchObject({ name: 'Unternehmerfrühstück Nordstadt', kind: 'unternehmertreffen' });
    const scores = inputs.topCandidates.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  test('keeps a candidate whose kind was not given, with no kind', () => {
    const inputs = planInputs(ANSWERS.complete, manyCandidates(2), optionLabels);
    expect(inputs.topCandidates.map((c) => c.kind)).toEqual([null, null]);
  });

  test(`lists at most ${TOP_CANDIDATES} candidates`, () => {
    expect(planInputs(ANSWERS.complete, manyCandidates(12), optionLabels).topCandidates).toHaveLength(TOP_CANDIDATES);
  });

  test('equals NO_PLAN_INPUTS while neither tool was used', () => {
    expect(planInputs(ANSWERS.empty, CANDIDATES.empty, optionLabels)).toEqual(NO_PLAN_INPUTS);
  });
});
