import { describe, expect, test } from 'vitest';
import { isCurrent } from '../../../src/lib/site/nav';

describe('isCurrent', () => {
  test('marks the section of a chapter', () => {
    expect(isCurrent('/ratgeber/kontakte-pflegen/', '/ratgeber/')).toBe(true);
  });

  test('marks the exact page with or without a trailing slash', () => {
    expect(isCurrent('/datenschutz', '/datenschutz/')).toBe(true);
  });

  test('does not mark the start page on other pages', () => {
    expect(isCurrent('/ratgeber/', '/')).toBe(false);
    expect(isCurrent('/', '/')).toBe(true);
  });

  test('does not mark a page whose path only starts with the same letters', () => {
    expect(isCurrent('/plan/', '/planer/')).toBe(false);
    expect(isCurrent('/planer/', '/plan/')).toBe(false);
  });
});
