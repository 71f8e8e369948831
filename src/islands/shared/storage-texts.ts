/**
 * The words of the storage notices, the backup reminder and the error summary. The tool layout
 * renders them on the server from `src/i18n/de/storage.ts` into a `<template>` (see
 * `StorageTexts.astro`), so they cost no JavaScript: a notice only ever appears in the browser,
 * after storage was checked, and reads its words from there.
 */
import type { StorageTextId } from '../../i18n/de/storage';
import type { StoredIssue } from '../../lib/storage/stored-value';
import type { StorageProblem } from '../../stores/persistence';
// fill.ts, not format.ts: the runtime takes placeholders and numbers, not every formatter.
import { fill, type Params } from '../../i18n/fill';

export type { StorageTextId };

/** The text `id` from the page's storage-text template with `params` filled in; empty where there is none (on the server). */
export const storageText = (id: StorageTextId, params?: Params): string =>
  fill((globalThis.document?.getElementById('nk-storage-texts') as HTMLTemplateElement | null)?.content.querySelector(`[data-text="${id}"]`)?.textContent ?? '', params);

/** The sentence of a stored value's problem, with the value's name; an id without a name stands for itself. */
export const issueText = (issue: StoredIssue | StorageProblem['issue']): string =>
  storageText(`issue.${issue.code}`, { ...issue, tool: storageText(`tools.${issue.tool}` as StorageTextId) || issue.tool });
