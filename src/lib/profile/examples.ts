/**
 * The real networks the result page shows under each recommended kind: grouped by kind, each
 * link checked by `safeHref` (an entry whose link would not pass is left out, never shown as a link).
 */
import type { KindId } from './network-kinds';
import { safeHref } from '../text/safe-href';

export interface ExampleEntry {
  kind: KindId;
  name: string;
  url: string;
  description: string;
}

export interface ShownExampleEntry {
  name: string;
  href: string;
  description: string;
}

/**
 * The entries grouped by kind, in their order, with the link as `safeHref` normalised it.
 * @example examplesByKind([{ kind: 'plattform', name: 'XING', url: 'https://www.xing.com/', description: '…' }]) // { plattform: [{ name: 'XING', href: 'https://www.xing.com/', description: '…' }] }
 */
export function examplesByKind(entries: readonly ExampleEntry[]): Partial<Record<KindId, ShownExampleEntry[]>> {
  const byKind: Partial<Record<KindId, ShownExampleEntry[]>> = {};
  for (const entry of entries) {
    const href = safeHref(entry.url);
    if (href === null || !href.startsWith('https://')) continue;
    (byKind[entry.kind] ??= []).push({ name: entry.name, href, description: entry.description });
  }
  return byKind;
}
