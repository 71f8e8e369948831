import { describe, expect, test } from 'vitest';
import {
  actionLists,
  addItem,
  effectiveHours,
  effectiveOffer,
  introHints,
  isOverdue,
  itemAt,
  newChannel,
  newGoal,
  newGroup,
  offerField,
  patchById,
  patchItem,
  removeById,
  removeItem,
  restoreItem,
  sectionStatuses,
  setField,
  setSectionDone,
  sortActions,
} from '../../../src/lib/planner/planner';
import { nextFollowUp } from '../../../src/lib/planner/follow-up';
import { interactionAt, logInteraction, markContactedToday, newContact, removeInteraction, restoreInteraction, snooze } from '../../../src/lib/planner/planner-contacts';
import { NO_PLAN_INPUTS } from '../../../src/lib/plan/plan-inputs';
import { emptyActionLinks, emptyContactDetails, emptyPlanner, type Action } from '../../../src/lib/planner/planner-schema';
import { plannerStates } from '../../fixtures/planner-states';

const fields = { name: 'Kim', organisation: 'Labor', met: '', introducedBy: '', topics: '', offerThem: '', offerMe: '', birthday: '', rhythm: '1m' as const, priority: 'A' as const, ...emptyContactDetails() };

describe('patchById', () => {
  test('changes only the item with that id', () => {
    expect(patchById([{ id: 'a', n: 1 }, { id: 'b', n: 1 }], 'a', { n: 2 })).toEqual([{ id: 'a', n: 2 }, { id: 'b', n: 1 }]);
  });
});

describe('removeById', () => {
  test('drops the item with that id', () => {
    expect(removeById([{ id: 'a' }, { id: 'b' }], 'a')).toEqual([{ id: 'b' }]);
  });
});

describe('addItem', () => {
  test('appends an item and leaves the input unchanged', () => {
    const before = emptyPlanner();
    const after = addItem(before, 'goals', newGoal('g1'));
    expect(after.goals).toEqual([{ id: 'g1', kind: 'job', text: '', measure: '', deadline: '' }]);
    expect(before.goals).toEqual([]);
  });
});

describe('patchItem', () => {
  test('changes the fields given of the item with that id', () => {
    const state = patchItem(addItem(emptyPlanner(), 'goals', newGoal('g1')), 'goals', 'g1', { text: 'Drei Gespräche', deadline: '2026-06-30' });
    expect(state.goals[0]).toMatchObject({ text: 'Drei Gespräche', deadline: '2026-06-30', kind: 'job' });
  });

  test('changes frequency and time of a channel', () => {
    const state = patchItem(addItem(emptyPlanner(), 'channels', newChannel('c1', 'xing')), 'channels', 'c1', { times: 3, minutes: 10 });
    expect(state.channels[0]).toMatchObject({ times: 3, minutes: 10, per: 'woche' });
  });
});

describe('removeItem', () => {
  test('removes the item', () => {
    expect(removeItem(addItem(emptyPlanner(), 'goals', newGoal('g1')), 'goals', 'g1').goals).toEqual([]);
  });
});

describe('setField', () => {
  test('changes one setting', () => {
    expect(setField(emptyPlanner(), 'hoursPerMonth', 8).hoursPerMonth).toBe(8);
    expect(setField(emptyPlanner(), 'alarm', 'woche').alarm).toBe('woche');
  });
});

describe('newGroup', () => {
  test('is an empty target group', () => {
    expect(newGroup('z1')).toEqual({ id: 'z1', kind: 'organisation', name: '', level: '', people: '' });
  });
});

describe('newChannel', () => {
  test('starts a channel with the estimate for its type', () => {
    expect(newChannel('c1', 'events')).toEqual({ id: 'c1', type: 'events', name: '', times: 1, per: 'monat', minutes: 180 });
  });

  test('keeps the name of a named network', () => {
    expect(newChannel('c1', 'netzwerk', 'Texttreff')).toMatchObject({ type: 'netzwerk', name: 'Texttreff' });
  });
});

describe('effectiveHours', () => {
  test('prefers the reader’s own hours and falls back to the questionnaire', () => {
    expect(effectiveHours({ hoursPerMonth: 4 }, { hoursPerMonth: 6 })).toBe(4);
    expect(effectiveHours({ hoursPerMonth: null }, { hoursPerMonth: 6 })).toBe(6);
    expect(effectiveHours({ hoursPerMonth: 0 }, { hoursPerMonth: 6 })).toBe(0);
    expect(effectiveHours({ hoursPerMonth: null }, { hoursPerMonth: null })).toBeNull();
  });
});

describe('effectiveOffer', () => {
  test('splits the reader’s text into lines without bullets or blanks', () => {
    expect(effectiveOffer({ offer: '- Zulassung\n\n• Kontakte zu Laboren \n' }, { offer: ['x'] })).toEqual(['Zulassung', 'Kontakte zu Laboren']);
  });

  test('takes the questionnaire’s offer until the reader writes their own', () => {
    expect(effectiveOffer({ offer: null }, { offer: ['Protokoll führen'] })).toEqual(['Protokoll führen']);
    expect(effectiveOffer({ offer: '' }, { offer: ['Protokoll führen'] })).toEqual([]);
  });
});

describe('introHints', () => {
  test('is quiet for an empty text and for two sentences that say what is sought', () => {
    expect(introHints('')).toEqual([]);
    expect(introHints('Ich entwickle Software für Kliniken. Ich suche Kontakte in der Pflege.')).toEqual([]);
  });

  test('asks for more than one sentence', () => {
    expect(introHints('Ich entwickle Software und suche Kundschaft.')).toEqual([{ code: 'oneSentence' }]);
  });

  test('suggests cutting more than three sentences', () => {
    expect(introHints('Eins. Zwei. Drei. Ich suche vier.')).toEqual([{ code: 'manySentences', n: 4 }]);
  });

  test('reminds the reader to say what they are looking for', () => {
    expect(introHints('Ich bin Tischlerin. Ich baue Möbel.')).toEqual([{ code: 'noSearch' }]);
  });
});

describe('isOverdue', () => {
  test('is true only for open actions with a past due day', () => {
    expect(isOverdue({ due: '2026-03-01', done: false }, '2026-03-02')).toBe(true);
    expect(isOverdue({ due: '2026-03-02', done: false }, '2026-03-02')).toBe(false);
    expect(isOverdue({ due: '2026-03-01', done: true }, '2026-03-02')).toBe(false);
    expect(isOverdue({ due: '', done: false }, '2026-03-02')).toBe(false);
  });
});

describe('sortActions', () => {
  test('puts open actions by date first, undated next, done last', () => {
    const a = (id: string, due: string, done = false): Action => ({ id, title: id, due, done, ...emptyActionLinks() });
    expect(sortActions([a('done', '2026-01-01', true), a('nodate', ''), a('late', '2026-05-01'), a('soon', '2026-03-01')]).map((x) => x.id)).toEqual(['soon', 'late', 'nodate', 'done']);
  });
});

describe('newContact', () => {
  test('is added today with an empty log, or with a first interaction', () => {
    expect(newContact(fields, 'k1', '2026-03-02')).toMatchObject({ id: 'k1', added: '2026-03-02', log: [], snoozedUntil: '' });
    const first = { id: 'i1', date: '2026-02-27', channel: '' as const, note: 'Kennengelernt' };
    expect(newContact(fields, 'k1', '2026-03-02', first).log).toEqual([first]);
  });
});

describe('contact changes', () => {
  const base = addItem(emptyPlanner(), 'contacts', newContact(fields, 'k1', '2026-01-10'));

  test('patchItem changes the named contact only', () => {
    const state = patchItem(addItem(base, 'contacts', newContact({ ...fields, name: 'Lou' }, 'k2', '2026-01-10')), 'contacts', 'k2', { priority: 'C' });
    expect(state.contacts.map((c) => c.priority)).toEqual(['A', 'C']);
  });

  test('logInteraction moves the next follow-up', () => {
    expect(nextFollowUp(base.contacts[0]!)).toBe('2026-02-10');
    const state = logInteraction(base, 'k1', { id: 'i1', date: '2026-03-01', channel: 'telefon', note: 'Kurz telefoniert' });
    expect(nextFollowUp(state.contacts[0]!)).toBe('2026-04-01');
  });

  test('removeInteraction takes an entry out of the log', () => {
    const state = logInteraction(base, 'k1', { id: 'i1', date: '2026-03-01', channel: 'telefon', note: '' });
    expect(removeInteraction(state, 'k1', 'i1').contacts[0]!.log).toEqual([]);
  });

  test('restoreInteraction puts a removed entry back at its place, once', () => {
    const one = logInteraction(base, 'k1', { id: 'i1', date: '2026-03-01', channel: 'telefon', note: '' });
    const two = logInteraction(one, 'k1', { id: 'i2', date: '2026-03-05', channel: 'email', note: '' });
    const taken = interactionAt(two, 'k1', 'i1')!;
    expect(taken.entry.id).toBe('i1');
    const back = restoreInteraction(removeInteraction(two, 'k1', 'i1'), 'k1', taken.entry, taken.index);
    expect(back.contacts[0]!.log).toEqual(two.contacts[0]!.log);
    expect(restoreInteraction(back, 'k1', taken.entry, taken.index)).toEqual(back);
  });

  test('interactionAt is null for an entry or contact that is not there', () => {
    expect(interactionAt(base, 'k1', 'fehlt')).toBeNull();
    expect(interactionAt(base, 'fehlt', 'i1')).toBeNull();
  });

  test('snooze and markContactedToday act on the follow-up', () => {
    expect(nextFollowUp(snooze(base, 'k1', '2026-03-02', 2).contacts[0]!)).toBe('2026-03-16');
    expect(nextFollowUp(markContactedToday(base, 'k1', 'i9', '2026-03-02').contacts[0]!)).toBe('2026-04-02');
  });

  test('removeItem removes the contact with its log', () => {
    expect(removeItem(base, 'contacts', 'k1').contacts).toEqual([]);
  });
});

describe('setSectionDone', () => {
  test('marks and unmarks a section, keeping the page order', () => {
    const state = setSectionDone(setSectionDone(emptyPlanner(), 'kontakte', true), 'ziele', true);
    expect(state.done).toEqual(['ziele', 'kontakte']);
    expect(setSectionDone(state, 'ziele', false).done).toEqual(['kontakte']);
  });

  test('does not list a section twice', () => {
    const state = setSectionDone(setSectionDone(emptyPlanner(), 'ziele', true), 'ziele', true);
    expect(state.done).toEqual(['ziele']);
  });
});

describe('sectionStatuses', () => {
  test('shows every section as not started in an empty planner', () => {
    expect(Object.values(sectionStatuses(emptyPlanner(), NO_PLAN_INPUTS))).toEqual(Array(7).fill('todo'));
  });

  test('shows entered sections in progress and marked ones done', () => {
    expect(sectionStatuses(plannerStates.partial, NO_PLAN_INPUTS)).toEqual({
      ziele: 'progress',
      zielgruppen: 'todo',
      kanaele: 'progress',
      zeitbudget: 'todo',
      geben: 'todo',
      aktionen: 'progress',
      kontakte: 'progress',
    });
    expect(sectionStatuses(plannerStates.complete, NO_PLAN_INPUTS)).toMatchObject({ ziele: 'done', zielgruppen: 'done', geben: 'progress' });
  });

  test('counts hours and offer from the questionnaire as a start', () => {
    expect(sectionStatuses(emptyPlanner(), { hoursPerMonth: 5, offer: ['Wissen'] })).toMatchObject({ zeitbudget: 'progress', geben: 'progress' });
  });
});

describe('actionLists', () => {
  const actions: Action[] = [
    { id: 'a', title: 'Erledigt', due: '2026-01-01', done: true, ...emptyActionLinks() },
    { id: 'b', title: 'Ohne Datum', due: '', done: false, ...emptyActionLinks() },
    { id: 'c', title: 'Überfällig', due: '2026-03-01', done: false, ...emptyActionLinks() },
    { id: 'd', title: 'Bald', due: '2026-03-10', done: false, ...emptyActionLinks() },
  ];

  test('splits open from done actions, each in due order', () => {
    const lists = actionLists(actions, '2026-03-02');
    expect(lists.open.map((a) => a.id)).toEqual(['c', 'd', 'b']);
    expect(lists.done.map((a) => a.id)).toEqual(['a']);
  });

  test('counts open actions due before today as overdue', () => {
    expect(actionLists(actions, '2026-03-02').overdue).toBe(1);
    expect(actionLists(actions, '2026-03-11').overdue).toBe(2);
  });

  test('counts none overdue while today is not known', () => {
    expect(actionLists(actions, null).overdue).toBe(0);
  });
});

describe('offerField', () => {
  test('shows the questionnaire offer one item per line until the reader writes their own', () => {
    expect(offerField(null, ['Texte redigieren', 'Protokoll führen'])).toEqual({ text: 'Texte redigieren\nProtokoll führen', fromTest: true });
  });

  test('shows the reader’s own text, even an empty one', () => {
    expect(offerField('Moderation', ['Texte redigieren'])).toEqual({ text: 'Moderation', fromTest: false });
    expect(offerField('', ['Texte redigieren'])).toEqual({ text: '', fromTest: false });
  });

  test('shows an empty field without an offer from the questionnaire', () => {
    expect(offerField(null, null)).toEqual({ text: '', fromTest: false });
  });
});

describe('itemAt and restoreItem (undoing a removal)', () => {
  const base = { ...emptyPlanner(), goals: [goal('g1'), goal('g2'), goal('g3')] };
  function goal(id: string) {
    return { id, kind: 'job' as const, text: id, measure: '', deadline: '' };
  }

  test('finds an item with its place, and nothing for an unknown id', () => {
    expect(itemAt(base, 'goals', 'g2')).toEqual({ item: goal('g2'), index: 1 });
    expect(itemAt(base, 'goals', 'gx')).toBeNull();
  });

  test('puts a removed item back at its place', () => {
    const removed = removeItem(base, 'goals', 'g2');
    expect(restoreItem(removed, 'goals', goal('g2'), 1).goals.map((g) => g.id)).toEqual(['g1', 'g2', 'g3']);
  });

  test('puts it at the end when the list got shorter meanwhile, and restores it only once', () => {
    const shorter = { ...base, goals: [goal('g1')] };
    const back = restoreItem(shorter, 'goals', goal('g3'), 2);
    expect(back.goals.map((g) => g.id)).toEqual(['g1', 'g3']);
    expect(restoreItem(back, 'goals', goal('g3'), 2)).toBe(back);
  });
});
