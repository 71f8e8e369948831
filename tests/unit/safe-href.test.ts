import { describe, expect, test } from 'vitest';
import { safeHref } from '../../src/lib/safe-href';

describe('safeHref', () => {
  test.each([
    ['https://example.org/x?y=1#z', 'https://example.org/x?y=1#z'],
    ['http://example.org', 'http://example.org/'],
    ['  https://example.org  ', 'https://example.org/'],
    ['mailto:hallo@example.org', 'mailto:hallo@example.org'],
    ['HTTPS://EXAMPLE.ORG', 'https://example.org/'],
  ])('lets „%s“ through as „%s“', (raw, href) => {
    expect(safeHref(raw)).toBe(href);
  });

  test.each([
    '',
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org',
    '/relativ/pfad',
    'example.org',
    'https://',
    'blob:https://example.org/1',
  ])('refuses „%s“', (raw) => {
    expect(safeHref(raw)).toBeNull();
  });
});
