import { describe, expect, test } from 'vitest';
import { actionLinks, linkCandidates, MAX_ACTION_CONTACTS, toggleContact } from '../../../src/lib/planner/action-links';
import { contact } from '../../fixtures/planner-contacts';
import { plannerV3Detailed } from '../../fixtures/planner-states';

const contacts = [contact({ id: 'k1', name: 'Jana Müller', organisation: 'MedTec' }), contact({ id: 'k2', name: 'Ömer Aydın' }), contact({ id: 'k3', name: 'Anna Zeller', organisation: 'Müller GmbH' })];

describe('actionLinks', () => {
  test('names the goal and the contacts in the order they were linked', () => {
    const [a1] = plannerV3Detailed.actions;
    const links = actionLinks(a1!, plannerV3Detailed.goals, plannerV3Detailed.contacts);
    expect(links.goal?.id).toBe('g1');
    expect(links.contacts.map((c) => c.id)).toEqual(['k1', 'k2']);
  });
  test('skips a deleted goal or contact and reads no goal from an empty id', () => {
    expect(actionLinks({ goalId: 'weg', contactIds: ['k3', 'weg', 'k1'] }, plannerV3Detailed.goals, contacts)).toEqual({ goal: null, contacts: [contacts[2], contacts[0]] });
    expect(actionLinks({ goalId: '', contactIds: [] }, plannerV3Detailed.goals, contacts)).toEqual({ goal: null, contacts: [] });
  });
});

describe('toggleContact', () => {
  test('adds at the end once, removes, and stops at the limit', () => {
    expect(toggleContact(['k1'], 'k2', true)).toEqual(['k1', 'k2']);
    expect(toggleContact(['k1', 'k2'], 'k2', true)).toEqual(['k1', 'k2']);
    expect(toggleContact(['k1', 'k2'], 'k1', false)).toEqual(['k2']);
    const full = Array.from({ length: MAX_ACTION_CONTACTS }, (_, i) => `k${i}`);
    expect(toggleContact(full, 'neu', true)).toEqual(full);
    expect(toggleContact(['a', 'b'], 'c', true, 2)).toEqual(['a', 'b']);
  });
});

describe('linkCandidates', () => {
  test('keeps the linked contacts first and filters the rest by name or organisation, accents folded', () => {
    expect(linkCandidates(contacts, ['k2'], 'mul').map((c) => c.id)).toEqual(['k2', 'k3', 'k1']);
    expect(linkCandidates(contacts, [], 'omer').map((c) => c.id)).toEqual(['k2']);
    expect(linkCandidates(contacts, [], '').map((c) => c.id)).toEqual(['k3', 'k1', 'k2']);
  });
});
