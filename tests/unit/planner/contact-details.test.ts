import { describe, expect, test } from 'vitest';
import { isEmail, readEmails, readPhones, readProfileUrl, readTags } from '../../../src/lib/planner/contact-details';
import { PLANNER_LIMITS } from '../../../src/lib/planner/planner-schema';

const L = PLANNER_LIMITS.contact;

describe('readEmails', () => {
  test('splits on commas, semicolons, spaces and new lines, keeping each address once', () => {
    expect(readEmails(' a@example.org, b@example.org;\nA@example.org ')).toEqual({ ok: ['a@example.org', 'b@example.org'] });
    expect(readEmails('')).toEqual({ ok: [] });
  });
  test('names the address that is not one', () => {
    expect(readEmails('a@example.org, kein-at')).toEqual({ problem: { code: 'invalid', item: 'kein-at' } });
    expect(isEmail('jana@example')).toBe(false);
  });
  test('takes at most the schema’s number and length', () => {
    const many = Array.from({ length: L.emails + 1 }, (_, i) => `p${i}@example.org`).join(', ');
    expect(readEmails(many)).toEqual({ problem: { code: 'tooMany', max: L.emails } });
    const long = `${'x'.repeat(L.email)}@example.org`;
    expect(readEmails(long)).toEqual({ problem: { code: 'tooLong', item: long, max: L.email } });
  });
});

describe('readPhones', () => {
  test('keeps spaces inside a number and splits on semicolons', () => {
    expect(readPhones('+49 89  123456; 0171 2345678')).toEqual({ ok: ['+49 89 123456', '0171 2345678'] });
  });
  test('refuses text without a digit', () => {
    expect(readPhones('privat')).toEqual({ problem: { code: 'invalid', item: 'privat' } });
  });
});

describe('readTags', () => {
  test('splits on commas and refuses the same tag folded', () => {
    expect(readTags('Köln, Messe 2026')).toEqual({ ok: ['Köln', 'Messe 2026'] });
    expect(readTags('Köln, koeln')).toEqual({ problem: { code: 'duplicate', item: 'koeln' } });
  });
  test('bounds number and length by the schema', () => {
    expect(readTags('x'.repeat(L.tag + 1))).toEqual({ problem: { code: 'tooLong', item: 'x'.repeat(L.tag + 1), max: L.tag } });
    expect(readTags(Array.from({ length: L.tags + 1 }, (_, i) => `t${i}`).join(','))).toEqual({ problem: { code: 'tooMany', max: L.tags } });
  });
});

describe('readProfileUrl', () => {
  test('adds https:// where it is missing and keeps a full address', () => {
    expect(readProfileUrl('linkedin.com/in/jana')).toEqual({ ok: 'https://linkedin.com/in/jana' });
    expect(readProfileUrl('http://xing.com/profile/x')).toEqual({ ok: 'http://xing.com/profile/x' });
    expect(readProfileUrl('  ')).toEqual({ ok: '' });
  });
  test('refuses what is no web address', () => {
    expect(readProfileUrl('javascript:alert(1)')).toEqual({ problem: { code: 'invalid', item: 'javascript:alert(1)' } });
    expect(readProfileUrl('nur text')).toEqual({ problem: { code: 'invalid', item: 'nur text' } });
  });
});
