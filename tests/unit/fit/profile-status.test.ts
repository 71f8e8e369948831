import { describe, expect, test } from 'vitest';
import { profileStatus } from '../../../src/lib/fit/profile-status';
import { emptyAnswers } from '../../../src/lib/questionnaire/answers-schema';
import { PROFILES, STATES } from '../../fixtures/answers-states';

describe('profileStatus', () => {
  test('is none before the Selbsttest', () => {
    expect(profileStatus(STATES.empty)).toBe('none');
  });

  test('is partial while the Selbsttest is unfinished but has comparable answers', () => {
    expect(profileStatus(STATES.partial)).toBe('partial');
  });

  test('is none for an unfinished Selbsttest with nothing comparable yet', () => {
    expect(profileStatus({ answers: PROFILES.allesUnklar, summaryReached: false })).toBe('none');
  });

  test('is open for a finished Selbsttest answered only with „Weiß ich noch nicht“', () => {
    expect(profileStatus({ answers: PROFILES.allesUnklar, summaryReached: true })).toBe('open');
    expect(profileStatus({ answers: emptyAnswers(), summaryReached: true })).toBe('open');
  });

  test('is ok for a finished Selbsttest with a comparable ideal', () => {
    expect(profileStatus(STATES.complete)).toBe('ok');
    expect(profileStatus({ answers: { ...emptyAnswers(), form: 'online' }, summaryReached: true })).toBe('ok');
  });
});
