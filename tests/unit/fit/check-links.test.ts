import { describe, expect, test } from 'vitest';
import { cardHeadingId, editedId, editorHref, listHref, readReturn, returnHref } from '../../../src/lib/fit/check-links';

describe('editorHref and editedId', () => {
  test('lead to the editor for a new candidate or for one by id', () => {
    expect(editorHref()).toBe('/netzwerk-check/bearbeiten/');
    expect(editorHref('k 1/ä')).toBe('/netzwerk-check/bearbeiten/?id=k%201%2F%C3%A4');
    expect(editedId(new URL(editorHref('k 1/ä'), 'https://x.example').search)).toBe('k 1/ä');
    expect(editedId('')).toBeNull();
  });
});

describe('listHref', () => {
  test('leads to the list, at the candidate’s card when given', () => {
    expect(listHref()).toBe('/netzwerk-check/');
    expect(listHref('k-1')).toBe(`/netzwerk-check/#${cardHeadingId('k-1')}`);
  });
});

describe('returnHref and readReturn', () => {
  test.each(['added', 'saved'] as const)('round-trip a candidate that was %s', (change) => {
    const url = new URL(returnHref('k 1', change), 'https://x.example');
    expect(url.pathname).toBe('/netzwerk-check/');
    expect(url.hash).toBe('#kandidat-k 1'.replace(' ', '%20'));
    expect(readReturn(url.search)).toEqual({ change, id: 'k 1' });
  });

  test('keep the old query words, so links saved from earlier pages still work', () => {
    expect(readReturn('?neu=k-1')).toEqual({ change: 'added', id: 'k-1' });
    expect(readReturn('?gespeichert=k-1')).toEqual({ change: 'saved', id: 'k-1' });
  });

  test('read nothing from an unrelated query', () => {
    expect(readReturn('')).toBeNull();
    expect(readReturn('?id=k-1')).toBeNull();
  });
});
