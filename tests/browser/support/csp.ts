/** Reading Content-Security-Policies from the built site and from public/_headers. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

export const DIST = new URL('../../../dist/', import.meta.url).pathname;
export const HEADERS_FILE = new URL('../../../public/_headers', import.meta.url).pathname;

/** Directive name → its source list, as written. */
export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), values);
  }
  return policy;
}

/** Every built HTML file. */
export function htmlFiles(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

/** The content of every CSP meta tag in a page. */
export function metaPolicies(html: string): string[] {
  return [...html.matchAll(/<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/gi)].map((m) => m[1]!.replace(/&#39;/g, "'"));
}

/** The Content-Security-Policy line of public/_headers for all paths. */
export function headerPolicy(): string {
  const line = readFileSync(HEADERS_FILE, 'utf8').split('\n').find((l) => /^\s+Content-Security-Policy:/.test(l));
  if (!line) throw new Error('public/_headers has no Content-Security-Policy');
  return line.replace(/^\s+Content-Security-Policy:\s*/, '').trim();
}

/** Starts recording CSP violations before any script of the page runs. */
export async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) fromConsole.push(message.text());
  });
  await page.addInitScript(() => {
    const list: string[] = ((window as unknown as { __csp: string[] }).__csp = []);
    document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.effectiveDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`));
  });
  return async () => {
    const fromEvents = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []).catch(() => []);
    return [...fromEvents, ...fromConsole];
  };
}
