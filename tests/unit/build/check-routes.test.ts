import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { missingPages } from '../../../src/build/check-routes';

let dist = '';
afterEach(() => rmSync(dist, { recursive: true, force: true }));

function build(pages: string[]): string {
  dist = mkdtempSync(join(tmpdir(), 'routes-'));
  for (const page of pages) {
    mkdirSync(join(dist, page), { recursive: true });
    writeFileSync(join(dist, page, 'index.html'), '<!doctype html>');
  }
  return dist;
}

describe('missingPages', () => {
  test('names a route whose page was not built', () => {
    expect(missingPages(build(['/', '/plan/']), ['/', '/plan/', '/daten/'])).toEqual(['/daten/']);
  });
  test('is empty when every route has its page', () => {
    expect(missingPages(build(['/', '/plan/']), ['/', '/plan/'])).toEqual([]);
  });
});
