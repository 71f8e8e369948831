import { emptyContactDetails } from '../../../src/lib/planner/planner-schema';
import { beforeEach, describe, expect, test } from 'vitest';
import { nextFollowUp } from '../../../src/lib/planner/follow-up';
import {
  $planner,
  addAction,
  addChannel,
  addGoal,
  plannerStore,
  removeGoal,
  removeWithUndo,
  undoRemove,
  $removed,
  setSectionDone,
  updateGoal,
} from '../../../src/stores/planner';
import { addContact, logInteraction, markContactedToday, snooze } from '../../../src/stores/planner-contacts';

const fields = { name: 'Kim', organisation: '', met: '', introducedBy: '', topics: '', offerThem: '', offerMe: '', birthday: '', rhythm: '1m' as const, priority: 'A' as const, ...emptyContactDetails() };

beforeEach(() => plannerStore.reset());

describe('planner actions', () => {
  test('add, change and remove a goal by the id the action returns', () => {
    const id = addGoal();
    updateGoal(id, { text: 'Drei Gespräche mit Einkaufsleitungen' });
    expect($planner.get().goals).toEqual([{ id, kind: 'job', text: 'Drei Gespräche mit Einkaufsleitungen', measure: '', deadline: '' }]);
    removeGoal(id);
    expect($planner.get().goals).toEqual([]);
  });

  test('a channel starts with the estimate for its type', () => {
    addChannel('messen');
    expect($planner.get().channels[0]).toMatchObject({ type: 'messen', times: 2, per: 'jahr', minutes: 480 });
  });

  test('an action is added open', () => {
    addAction('Profil überarbeiten', '2026-03-20');
    expect($planner.get().actions[0]).toMatchObject({ title: 'Profil überarbeiten', due: '2026-03-20', done: false });
  });

  test('a contact added with a first interaction has it in its log', () => {
    const id = addContact(fields, '2026-03-02', { date: '2026-02-27', channel: '', note: 'Kennengelernt' });
    const contact = $planner.get().contacts.find((c) => c.id === id)!;
    expect(contact.log).toEqual([{ id: expect.any(String), date: '2026-02-27', channel: '', note: 'Kennengelernt' }]);
    expect(nextFollowUp(contact)).toBe('2026-03-27');
  });

  test('logging, snoozing and „heute kontaktiert“ move the follow-up', () => {
    const id = addContact(fields, '2026-01-10');
    const next = () => nextFollowUp($planner.get().contacts[0]!);
    expect(next()).toBe('2026-02-10');
    snooze(id, '2026-03-02', 4);
    expect(next()).toBe('2026-03-30');
    logInteraction(id, { date: '2026-03-01', channel: 'telefon', note: '' });
    expect(next()).toBe('2026-04-01');
    markContactedToday(id, '2026-03-05');
    expect(next()).toBe('2026-04-05');
    expect($planner.get().contacts[0]!.log).toHaveLength(2);
  });

  test('sections are marked done in page order', () => {
    setSectionDone('kontakte', true);
    setSectionDone('ziele', true);
    expect($planner.get().done).toEqual(['ziele', 'kontakte']);
  });
});

describe('removeWithUndo and undoRemove', () => {
  test('remove a goal, keep it for „Rückgängig“, and put it back at its place once', () => {
    const first = addGoal();
    const second = addGoal();
    updateGoal(first, { text: 'Erstes Ziel' });
    removeWithUndo('goals', first, 'Ziel 1', `ziel-${first}-text`);
    expect($planner.get().goals.map((g) => g.id)).toEqual([second]);
    expect($removed.get()).toMatchObject({ label: 'Ziel 1', focusId: `ziel-${first}-text` });
    expect(undoRemove()).toBe(`ziel-${first}-text`);
    expect($planner.get().goals.map((g) => [g.id, g.text])).toEqual([[first, 'Erstes Ziel'], [second, '']]);
    expect($removed.get()).toBeNull();
    expect(undoRemove()).toBeNull();
  });
});
