import { describe, expect, test } from 'vitest';
import { safeHref } from '../../../src/lib/text/safe-href';

describe('safeHref', () => {
  test.each([
    ['https://example.org/treffen?x=1#a', 'https://example.org/treffen?x=1#a'],
    ['http://example.org', 'http://example.org/'],
    ['  https://example.org/  ', 'https://example.org/'],
    ['HTTPS://EXAMPLE.ORG/Pfad', 'https://example.org/Pfad'],
    ['mailto:ada@example.org', 'mailto:ada@example.org'],
    ['https://bücher.example/', 'https://xn--bcher-kva.example/'],
    ['https://example.org/x?y=1#z', 'https://example.org/x?y=1#z'],
    ['mailto:hallo@example.org', 'mailto:hallo@example.org'],
    ['HTTPS://EXAMPLE.ORG', 'https://example.org/'],
  ])('lets %s through as %s', (raw, href) => {
    expect(safeHref(raw)).toBe(href);
  });

  test.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'javascript&colon;alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org',
    'tel:+491234',
    '//example.org/pfad',
    '/relativ',
    'example.org',
    'www.example.org',
    '',
    'https://',
    'blob:https://example.org/1',
    '/relativ/pfad',
    `https://example.org/${'a'.repeat(3000)}`,
  ])('turns %j into no link', (raw) => {
    expect(safeHref(raw)).toBeNull();
  });

  test('never returns the raw input, only the parsed URL', () => {
    expect(safeHref('https://example.org/<img src=x onerror=alert(1)>')).toBe('https://example.org/%3Cimg%20src=x%20onerror=alert(1)%3E');
  });

  test('copes with values that are not strings at runtime', () => {
    expect(safeHref(undefined as unknown as string)).toBeNull();
    expect(safeHref({ toString: () => 'https://example.org' } as unknown as string)).toBeNull();
  });
});
