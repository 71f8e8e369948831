import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { decodeStored } from '../../../src/lib/storage/stored-value';
import { type PlannerData, actionSchema, contactSchema, emptyActionLinks, emptyContactDetails, emptyPlanner, goalSchema, interactionSchema, isProfileUrl, isStoredBirthday, plannerDefinition, plannerSchema, plannerV1toV2, plannerV2toV3, plannerV3toV4, PLANNER_LIMITS } from '../../../src/lib/planner/planner-schema';
import { decodeEnvelope, type Sharded } from '../../../src/lib/storage/stored-value';
import { shardSupport } from '../../../src/lib/storage/sharded-list';
import { deepFreeze } from '../support/deep-freeze';
import { generateLargePlanner } from '../../fixtures/planner-large';
import { PLANNER_STATE_NAMES, plannerStates, plannerV3Detailed, storedPlanner } from '../../fixtures/planner-states';

describe('plannerDefinition', () => {
  test('uses the nk: key, version 4 and an empty initial state that fits the schema', () => {
    expect(plannerDefinition).toMatchObject({ key: 'nk:planer', version: 4 });
    expect(Object.keys(plannerDefinition.migrations)).toEqual(['1', '2', '3']);
    expect(v.is(plannerSchema, plannerDefinition.initial())).toBe(true);
    expect(plannerDefinition.initial()).toEqual(emptyPlanner());
  });

  for (const name of PLANNER_STATE_NAMES) {
    test(`reads the named state „${name}“ ${name === 'invalid' ? 'as invalid' : 'unchanged'}`, () => {
      const decoded = decodeStored(plannerDefinition, storedPlanner(plannerStates[name]));
      if (name === 'invalid') expect(decoded).toMatchObject({ ok: false, reason: 'invalid' });
      else expect(decoded).toMatchObject({ ok: true, envelope: { data: plannerStates[name] } });
    });
  }

  test('reads the saved version 1 fixture', () => {
    const raw = readFileSync(new URL('../../fixtures/planner-v1.json', import.meta.url), 'utf8');
    const decoded = decodeStored(plannerDefinition, raw);
    expect(decoded.ok).toBe(true);
    expect(decoded.ok && decoded.envelope.data).toEqual(plannerStates.complete);
  });

  test('accepts the large state of 2,000 contacts', () => {
    expect(v.is(plannerSchema, generateLargePlanner())).toBe(true);
  });

  test('refuses impossible birthdays and unbounded text', () => {
    const contact = plannerStates.complete.contacts[0]!;
    expect(v.is(plannerSchema, { ...emptyPlanner(), contacts: [{ ...contact, birthday: '13-01' }] })).toBe(false);
    expect(v.is(plannerSchema, { ...emptyPlanner(), intro: 'x'.repeat(5000) })).toBe(false);
    expect(v.is(plannerSchema, { ...emptyPlanner(), contacts: [{ ...contact, name: '' }] })).toBe(false);
  });
});

describe('PLANNER_LIMITS', () => {
  const contact = { id: 'k', name: 'Kim', organisation: '', met: '', introducedBy: '', topics: '', offerThem: '', offerMe: '', birthday: '', rhythm: '3m', priority: 'B', added: '2026-03-02', snoozedUntil: '', log: [], ...emptyContactDetails() };

  test('are the bounds the schema checks, for every text of a contact', () => {
    for (const key of ['name', 'organisation', 'met', 'introducedBy', 'topics', 'offerThem', 'offerMe'] as const) {
      const max = PLANNER_LIMITS.contact[key];
      expect(v.is(contactSchema, { ...contact, [key]: 'x'.repeat(max) })).toBe(true);
      expect(v.is(contactSchema, { ...contact, [key]: 'x'.repeat(max + 1) })).toBe(false);
    }
  });

  test('let a contact keep 500 characters of where they met and of what each side offers', () => {
    expect([PLANNER_LIMITS.contact.met, PLANNER_LIMITS.contact.offerThem, PLANNER_LIMITS.contact.offerMe]).toEqual([500, 500, 500]);
  });
});

describe('dates are real calendar dates', () => {
  const contact = plannerStates.complete.contacts[0]!;
  test('a birthday is MM-DD of a day that exists, 29 February included, or empty', () => {
    for (const birthday of ['', '01-01', '02-29', '04-30', '12-31']) expect(v.is(contactSchema, { ...contact, birthday }), birthday).toBe(true);
    for (const birthday of ['02-30', '02-31', '04-31', '11-31', '13-01', '00-05', '1-5']) expect(v.is(contactSchema, { ...contact, birthday }), birthday).toBe(false);
  });

  test('every ISO day field refuses a day that does not exist', () => {
    expect(v.is(contactSchema, { ...contact, added: '2026-02-29' })).toBe(false);
    expect(v.is(contactSchema, { ...contact, added: '2028-02-29' })).toBe(true);
    expect(v.is(contactSchema, { ...contact, snoozedUntil: '2026-04-31' })).toBe(false);
    expect(v.is(interactionSchema, { id: 'i', date: '2026-06-31', channel: '', note: '' })).toBe(false);
    expect(v.is(goalSchema, { id: 'g', kind: 'job', text: '', measure: '', deadline: '2026-09-31' })).toBe(false);
    expect(v.is(goalSchema, { id: 'g', kind: 'job', text: '', measure: '', deadline: '' })).toBe(true);
    expect(v.is(actionSchema, { id: 'a', title: 'x', due: '2026-11-31', done: false })).toBe(false);
  });
});

describe('migration 1 → 2', () => {
  const v1 = (data: unknown) => ({ v: 1, rev: 4, at: '2026-03-02T09:00:00.000Z', data });

  test('an old planner with one impossible birthday keeps everything else instead of being put aside', () => {
    const state = plannerStates.complete;
    const old = { ...state, contacts: state.contacts.map((c, i) => (i === 1 ? { ...c, birthday: '02-30' } : c)) };
    const result = decodeEnvelope(plannerDefinition, deepFreeze(v1(old)));
    expect(result).toMatchObject({ ok: true, migratedFrom: 1 });
    if (!result.ok) return;
    expect(result.envelope.data).toEqual({ ...state, contacts: state.contacts.map((c, i) => (i === 1 ? { ...c, birthday: '' } : c)) });
  });

  test('moves an impossible day a contact was added or met to the last day of its month', () => {
    const out = plannerV1toV2({ contacts: [{ added: '2026-02-30', log: [{ date: '2025-04-31' }, { date: '2025-04-30' }] }] }) as { contacts: { added: string; log: { date: string }[] }[] };
    expect(out.contacts[0]!.added).toBe('2026-02-28');
    expect(out.contacts[0]!.log.map((l) => l.date)).toEqual(['2025-04-30', '2025-04-30']);
  });

  test('leaves what is not a date at all for the schema to refuse', () => {
    const out = plannerV1toV2({ goals: 'x', contacts: [7, { birthday: 'bald', added: 5 }] });
    expect(out).toEqual({ goals: 'x', actions: undefined, contacts: [7, { birthday: 'bald', added: 5, snoozedUntil: undefined, log: undefined }] });
    expect(() => plannerV1toV2(null)).toThrow();
  });
});

describe('schema version 3', () => {
  const contact = { ...plannerStates.complete.contacts[0]!, ...emptyContactDetails() };
  const action = { id: 'a', title: 'x', due: '', done: false, ...emptyActionLinks() };
  const L = PLANNER_LIMITS;
  const ok = (over: object) => v.is(contactSchema, { ...contact, ...over });

  test('reads the saved version 2 fixture, every new field empty', () => {
    const raw = readFileSync(new URL('../../fixtures/planner-v2.json', import.meta.url), 'utf8');
    const decoded = decodeStored(plannerDefinition, raw);
    expect(decoded).toMatchObject({ ok: true, migratedFrom: 2 });
    if (!decoded.ok) return;
    expect(decoded.envelope.data).toEqual(plannerStates.complete);
    for (const c of decoded.envelope.data.contacts) expect(c).toMatchObject(emptyContactDetails());
    for (const a of decoded.envelope.data.actions) expect(a).toMatchObject(emptyActionLinks());
  });

  test('reads the saved version 3 fixture as version 4, its data unchanged', () => {
    const raw = readFileSync(new URL('../../fixtures/planner-v3.json', import.meta.url), 'utf8');
    const decoded = decodeStored(plannerDefinition, raw);
    expect(decoded.ok && decoded.migratedFrom).toBe(3);
    expect(decoded.ok && decoded.envelope.data).toEqual(plannerV3Detailed);
  });

  test('migration 2 → 3 is pure, adds only empty fields and keeps fields already there', () => {
    const old = deepFreeze({ goals: [], actions: [{ id: 'a', title: 't', due: '', done: false }], contacts: [{ id: 'k', name: 'K', tags: ['x'] }], owner: 'Ich' });
    expect(plannerV2toV3(old)).toEqual({
      goals: [],
      owner: 'Ich',
      actions: [{ id: 'a', title: 't', due: '', done: false, goalId: '', contactIds: [] }],
      contacts: [{ id: 'k', name: 'K', emails: [], phones: [], profileUrl: '', position: '', tags: ['x'], notes: '' }],
    });
    expect(plannerV2toV3({ contacts: 'x', actions: [3] })).toEqual({ contacts: 'x', actions: [3] });
    expect(() => plannerV2toV3(null)).toThrow();
  });

  test('a version 1 planner migrates through 2 and 3 to 4', () => {
    const raw = readFileSync(new URL('../../fixtures/planner-v1.json', import.meta.url), 'utf8');
    expect(decodeStored(plannerDefinition, raw)).toMatchObject({ ok: true, migratedFrom: 1, envelope: { v: 4 } });
  });

  test('emails and phones: up to 5, bounded, trimmed and not empty', () => {
    expect(ok({ emails: Array.from({ length: L.contact.emails }, (_, i) => `a${i}@example.org`) })).toBe(true);
    expect(ok({ emails: Array.from({ length: L.contact.emails + 1 }, (_, i) => `a${i}@example.org`) })).toBe(false);
    expect(ok({ emails: ['x'.repeat(L.contact.email)] })).toBe(true);
    expect(ok({ emails: ['x'.repeat(L.contact.email + 1)] })).toBe(false);
    expect(ok({ emails: [' a@example.org'] })).toBe(false);
    expect(ok({ emails: [''] })).toBe(false);
    expect(ok({ phones: ['1'.repeat(L.contact.phone)] })).toBe(true);
    expect(ok({ phones: ['1'.repeat(L.contact.phone + 1)] })).toBe(false);
    expect(ok({ phones: Array.from({ length: L.contact.phones + 1 }, () => '1') })).toBe(false);
    expect([L.contact.emails, L.contact.email, L.contact.phones, L.contact.phone]).toEqual([5, 254, 5, 40]);
  });

  test('profile URL: empty or http(s), at most 500 characters', () => {
    for (const profileUrl of ['', 'https://www.linkedin.com/in/x', 'http://example.org/a?b=c#d']) expect(ok({ profileUrl }), profileUrl).toBe(true);
    for (const profileUrl of ['javascript:alert(1)', 'www.example.org', 'mailto:a@b.de', 'https://', 'https://exa mple.org', `https://example.org/${'x'.repeat(L.contact.profileUrl)}`]) expect(ok({ profileUrl }), profileUrl).toBe(false);
    expect(isProfileUrl('ftp://example.org')).toBe(false);
  });

  test('position ≤ 200, notes ≤ 2000', () => {
    expect(ok({ position: 'x'.repeat(200), notes: 'x'.repeat(2000) })).toBe(true);
    expect(ok({ position: 'x'.repeat(201) })).toBe(false);
    expect(ok({ notes: 'x'.repeat(2001) })).toBe(false);
  });

  test('tags: up to 20 of 1 to 40 characters; spellings that fold alike are kept, not refused', () => {
    expect(ok({ tags: Array.from({ length: 20 }, (_, i) => `t${i}`) })).toBe(true);
    expect(ok({ tags: Array.from({ length: 21 }, (_, i) => `t${i}`) })).toBe(false);
    expect(ok({ tags: ['x'.repeat(40)] })).toBe(true);
    expect(ok({ tags: ['x'.repeat(41)] })).toBe(false);
    expect(ok({ tags: [''] })).toBe(false);
    expect(ok({ tags: ['Köln', 'koeln'] })).toBe(true);
    expect(ok({ tags: ['Köln', 'Bonn'] })).toBe(true);
  });

  test('a birthday is empty, MM-DD or a real YYYY-MM-DD from 1900 to this year', () => {
    for (const birthday of ['', '03-14', '02-29', '1980-03-14', '1900-01-01', '2024-02-29']) expect(ok({ birthday }), birthday).toBe(true);
    for (const birthday of ['1899-12-31', '2023-02-29', '1980-04-31', '80-03-14', `${new Date().getFullYear() + 1}-01-01`]) expect(ok({ birthday }), birthday).toBe(false);
    expect(isStoredBirthday('2026-12-31', 2026)).toBe(true);
    expect(isStoredBirthday('2027-01-01', 2026)).toBe(false);
  });

  test('up to 10,000 contacts', () => {
    expect(L.contacts).toBe(10000);
  });

  test('an action has a goal id or none and up to 50 contact ids', () => {
    expect(v.is(actionSchema, action)).toBe(true);
    expect(v.is(actionSchema, { ...action, goalId: 'g1', contactIds: Array.from({ length: 50 }, (_, i) => `k${i}`) })).toBe(true);
    expect(v.is(actionSchema, { ...action, contactIds: Array.from({ length: 51 }, (_, i) => `k${i}`) })).toBe(false);
    expect(v.is(actionSchema, { ...action, contactIds: [''] })).toBe(false);
    expect(v.is(actionSchema, { ...action, goalId: 'x'.repeat(65) })).toBe(false);
    expect(L.action.contactIds).toBe(50);
  });
});

describe('schema version 4: contacts in shards', () => {
  test('migration 3 → 4 is pure and keeps the data as it is', () => {
    const old = deepFreeze({ goals: [{ id: 'g' }], contacts: [{ id: 'k' }] });
    const next = plannerV3toV4(old);
    expect(next).toEqual(old);
    expect(next).not.toBe(old);
    expect(() => plannerV3toV4([])).toThrow();
  });

  test('reads the saved version 4 fixture (the whole text, as backups and snapshots hold it) unchanged', () => {
    const raw = readFileSync(new URL('../../fixtures/planner-v4.json', import.meta.url), 'utf8');
    const decoded = decodeStored(plannerDefinition, raw);
    expect(decoded).toMatchObject({ ok: true, migratedFrom: null, envelope: { v: 4, rev: 6 } });
    expect(decoded.ok && decoded.envelope.data).toEqual(plannerV3Detailed);
  });

  test('keeps contacts in shards of at most 400, each contact checked by the contact schema when it changes', () => {
    const shards = shardSupport;
    const def = plannerDefinition as Sharded<PlannerData>;
    expect(plannerDefinition.shards).toMatchObject({ list: 'contacts', max: 400, maxItems: PLANNER_LIMITS.contacts });
    const before = plannerV3Detailed;
    const contact = before.contacts[0]!;
    expect(shards.valid(def, { ...before, contacts: [...before.contacts, { ...contact, id: 'neu' }] }, before)).toBe(true);
    expect(shards.valid(def, { ...before, contacts: [...before.contacts, { ...contact, id: 'neu', name: '' }] }, before)).toBe(false);
    expect(shards.valid(def, { ...before, owner: 'x'.repeat(PLANNER_LIMITS.owner + 1) }, before)).toBe(false);
    expect(shards.valid(def, { ...before, contacts: Array.from({ length: PLANNER_LIMITS.contacts + 1 }, () => contact) }, before)).toBe(false);
  });
});
