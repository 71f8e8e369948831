import { describe, expect, test } from 'vitest';
import { NO_PLAN_INPUTS } from '../../src/lib/plan-inputs';

describe('NO_PLAN_INPUTS', () => {
  test('stands for tools not yet answered', () => {
    expect(NO_PLAN_INPUTS).toEqual({ profileLines: null, hoursPerMonth: null, offer: null, topCandidates: [], toolStatus: { selbsttest: 'todo', 'netzwerk-check': 'todo' } });
  });
});
