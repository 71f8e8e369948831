/**
 * The storage notices' German texts. The tool layout renders them on the server into a
 * `<template>` (see `StorageTexts.astro`), so they cost no JavaScript: a notice only ever appears
 * in the browser, after storage was checked, and reads its words from there.
 */
export type StorageTextId = 'memory-title' | 'memory' | 'write-failed' | 'newer-title' | 'newer' | 'corrupt-title' | 'corrupt' | 'download' | 'discard';

/** The text `id` from the page's storage-text template; empty on the server. */
export function storageText(id: StorageTextId): string {
  const template = typeof document === 'undefined' ? null : document.getElementById('nk-storage-texts');
  return (template instanceof HTMLTemplateElement && template.content.querySelector(`[data-text="${id}"]`)?.textContent) || '';
}
