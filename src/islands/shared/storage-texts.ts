/**
 * The German texts of the storage notices and the backup reminder. The tool layout renders them on the server into a
 * `<template>` (see `StorageTexts.astro`), so they cost no JavaScript: a notice only ever appears
 * in the browser, after storage was checked, and reads its words from there.
 */
export type StorageTextId =
  | 'memory-title' | 'memory' | 'write-failed' | 'newer-title' | 'newer' | 'corrupt-title' | 'corrupt' | 'download' | 'discard'
  | 'backup-label' | 'backup-title' | 'backup-body' | 'backup-last' | 'backup-never' | 'backup-link';

/** The text `id` from the page's storage-text template; empty where there is none (on the server). */
export const storageText = (id: StorageTextId): string =>
  (globalThis.document?.getElementById('nk-storage-texts') as HTMLTemplateElement | null)?.content.querySelector(`[data-text="${id}"]`)?.textContent ?? '';
