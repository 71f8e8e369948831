import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { contactFields, DEFAULT_INTERACTION_CHANNEL, interactionDateProblem, NEW_CONTACT_DEFAULTS, newContact } from '../../../src/lib/planner/planner-contacts';
import { contactSchema, INTERACTION_CHANNELS } from '../../../src/lib/planner/planner-schema';

describe('contactFields', () => {
  test('trims name and organisation and leaves every detail empty', () => {
    expect(contactFields({ name: ' M. Bauer ', organisation: ' Labor ', ...NEW_CONTACT_DEFAULTS })).toEqual({
      name: 'M. Bauer',
      organisation: 'Labor',
      met: '',
      introducedBy: '',
      topics: '',
      offerThem: '',
      offerMe: '',
      birthday: '',
      rhythm: '',
      priority: 'A',
      emails: [],
      phones: [],
      profileUrl: '',
      position: '',
      tags: [],
      notes: '',
    });
  });

  test('makes a contact the schema accepts', () => {
    const contact = newContact(contactFields({ name: 'Kim', organisation: '', priority: 'A', rhythm: '1m' }), 'k1', '2026-03-02');
    expect(v.is(contactSchema, contact)).toBe(true);
  });
});

describe('NEW_CONTACT_DEFAULTS', () => {
  test('starts a contact with priority A (listed first) and no rhythm, so a new contact never floods the due list', () => {
    expect(NEW_CONTACT_DEFAULTS).toEqual({ priority: 'A', rhythm: '' });
  });
});

describe('DEFAULT_INTERACTION_CHANNEL', () => {
  test('is a meeting, one of the stored ways', () => {
    expect(DEFAULT_INTERACTION_CHANNEL).toBe('treffen');
    expect(INTERACTION_CHANNELS).toContain(DEFAULT_INTERACTION_CHANNEL);
  });
});

describe('interactionDateProblem', () => {
  test('asks for a day when none is given', () => {
    expect(interactionDateProblem('', '2026-03-02')).toBe('missing');
  });

  test('refuses a day after today', () => {
    expect(interactionDateProblem('2026-03-03', '2026-03-02')).toBe('future');
  });

  test('accepts today and earlier days', () => {
    expect(interactionDateProblem('2026-03-02', '2026-03-02')).toBeNull();
    expect(interactionDateProblem('2025-12-31', '2026-03-02')).toBeNull();
  });
});
