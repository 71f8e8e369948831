/**
 * Every code the storage layer and „Meine Daten“ return has its words in the dictionaries
 * (`src/i18n/de/storage.ts`, `src/i18n/de/daten.ts`), and renders without a leftover placeholder.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { storageTexts, type StorageTextId } from '../../../src/i18n/de/storage';
import { datenTexts } from '../../../src/i18n/de/daten';
import { ALL_DEFINITIONS } from '../../../src/lib/storage/stored-definitions';
import { storedId, type StoredIssue } from '../../../src/lib/storage/stored-value';
import type { WriteError } from '../../../src/lib/storage/storage-errors';
import type { SnapshotCause } from '../../../src/lib/storage/snapshot';
import type { PassphraseProblem } from '../../../src/lib/storage/backup-crypto';
import type { StorageProblem } from '../../../src/stores/persistence';
import type { ActionProblem, ImportProblem } from '../../../src/stores/daten-import';
import { actionProblemText, causeText, entriesText, importProblemText, issueText, momentText, rich, sizeText, toolName } from '../../../src/islands/daten/words';
import { issueText as noticeIssueText, storageText } from '../../../src/islands/shared/storage-texts';

/** One example of each code: the type makes the list complete. */
type OneOfEach<U extends { code: string }> = { [C in U['code']]: Extract<U, { code: C }> };

const ISSUES: OneOfEach<StorageProblem['issue']> = {
  newerVersion: { code: 'newerVersion', tool: 'planer', version: 3, known: 2 },
  notMigrated: { code: 'notMigrated', tool: 'selbsttest', version: 1 },
  wrongShape: { code: 'wrongShape', tool: 'netzwerk-check' },
  wrongShapeAt: { code: 'wrongShapeAt', tool: 'planer', path: 'goals.3' },
  wrongShapeTop: { code: 'wrongShapeTop', tool: 'planer' },
  notEnvelope: { code: 'notEnvelope', tool: 'meta' },
  damaged: { code: 'damaged', tool: 'planer' },
  putAside: { code: 'putAside', tool: 'planer' },
  overwritten: { code: 'overwritten', tool: 'planer' },
};

const IMPORT_PROBLEMS: OneOfEach<ImportProblem> = {
  empty: { code: 'empty' },
  tooLarge: { code: 'tooLarge', mb: 5 },
  notJson: { code: 'notJson' },
  encrypted: { code: 'encrypted' },
  foreign: { code: 'foreign' },
  newerFormat: { code: 'newerFormat', version: 2, known: 1 },
  incomplete: { code: 'incomplete' },
  tooManyRecords: { code: 'tooManyRecords' },
  unknownRecord: { code: 'unknownRecord', key: 'nk:zukunft' },
  recordNewer: { code: 'recordNewer', issue: ISSUES.newerVersion },
  recordDamaged: { code: 'recordDamaged', issue: ISSUES.wrongShapeAt },
  hostileKey: { code: 'hostileKey', key: '__proto__' },
  unreadableFile: { code: 'unreadableFile' },
  loadFailed: { code: 'loadFailed' },
  encryptedDamaged: { code: 'encryptedDamaged' },
};

const ACTION_PROBLEMS: OneOfEach<ActionProblem> = {
  full: { code: 'full' },
  noSnapshotRoom: { code: 'noSnapshotRoom' },
  noSnapshot: { code: 'noSnapshot' },
  damagedSnapshot: { code: 'damagedSnapshot' },
  unknownRecord: { code: 'unknownRecord', key: 'nk:zukunft' },
  newerStored: { code: 'newerStored', tool: 'planer' },
  mergeTooLarge: { code: 'mergeTooLarge', tool: 'planer' },
  loadFailed: { code: 'loadFailed' },
  noPreview: { code: 'noPreview' },
  changedElsewhere: { code: 'changedElsewhere' },
  restoreOverNewer: { code: 'restoreOverNewer', issue: ISSUES.newerVersion },
};

const CAUSES: OneOfEach<SnapshotCause> = {
  beforeUpdate: { code: 'beforeUpdate', tool: 'planer', version: 1 },
  beforeImport: { code: 'beforeImport', exportedAt: '2026-03-01T09:30:00.000Z' },
  beforeContactImport: { code: 'beforeContactImport', fileName: 'Connections.csv' },
  beforeRestore: { code: 'beforeRestore' },
  beforeDelete: { code: 'beforeDelete' },
  unknown: { code: 'unknown' },
};

const WRITE_ERRORS: readonly WriteError[] = ['full', 'fullBefore', 'refused', 'invalidChange'];
const PASSPHRASE_PROBLEMS: readonly PassphraseProblem[] = ['tooShort', 'mismatch'];

const PLACEHOLDER = /\{\w+\}/;

describe('tool names', () => {
  test('name every stored value of the site by its id', () => {
    for (const def of ALL_DEFINITIONS) expect(toolName(datenTexts, storedId(def.key)), def.key).not.toBe(storedId(def.key));
    expect(Object.keys(storageTexts.tools)).toEqual(ALL_DEFINITIONS.map((def) => storedId(def.key)));
  });

  test('let an id the page does not know stand for itself', () => {
    expect(toolName(datenTexts, 'zukunft')).toBe('zukunft');
  });
});

describe('issueText', () => {
  test.each(Object.values(ISSUES).filter((issue): issue is StoredIssue => issue.code !== 'putAside' && issue.code !== 'overwritten'))('words $code with the tool’s name and no placeholder left', (issue) => {
    const text = issueText(datenTexts, issue);
    expect(text).toContain(`„${toolName(datenTexts, issue.tool)}“`);
    expect(text).not.toMatch(PLACEHOLDER);
  });

  test('names both versions of data from a newer version', () => {
    expect(issueText(datenTexts, ISSUES.newerVersion)).toBe('Die Daten für „Planer“ stammen aus einer neueren Version von Netzwerk-Kompass (Version 3, diese Seite kennt 2).');
  });

  test('names where the data does not fit', () => {
    expect(issueText(datenTexts, ISSUES.wrongShapeAt)).toBe('Die Daten für „Planer“ passen nicht zum erwarteten Aufbau (Fehler bei: goals.3).');
  });
});

describe('importProblemText', () => {
  test.each(Object.values(IMPORT_PROBLEMS))('words $code with no placeholder left', (problem) => {
    const text = importProblemText(datenTexts, problem);
    expect(text).toMatch(/\S/);
    expect(text).not.toMatch(PLACEHOLDER);
    if (problem.code !== 'encrypted') expect(text).toMatch(/Es wurde nichts geändert\.$/);
  });

  test('puts the record’s issue into the sentence', () => {
    expect(importProblemText(datenTexts, IMPORT_PROBLEMS.recordDamaged)).toBe('Die Sicherung ist beschädigt. Die Daten für „Planer“ passen nicht zum erwarteten Aufbau (Fehler bei: goals.3). Es wurde nichts geändert.');
  });

  test('names the size limit', () => {
    expect(importProblemText(datenTexts, IMPORT_PROBLEMS.tooLarge)).toMatch(/^Die Datei ist größer als 5 MB\./);
  });
});

describe('actionProblemText', () => {
  test.each(Object.values(ACTION_PROBLEMS))('words $code with no placeholder left', (problem) => {
    const text = actionProblemText(datenTexts, problem);
    expect(text).toMatch(/\S/);
    expect(text).not.toMatch(PLACEHOLDER);
  });

  test('names the tool whose newer data an import must not overwrite', () => {
    expect(actionProblemText(datenTexts, ACTION_PROBLEMS.newerStored)).toMatch(/^In diesem Browser liegen Daten für „Planer“ aus einer neueren Version/);
  });
});

describe('causeText', () => {
  test.each(Object.values(CAUSES))('words $code with no placeholder left', (cause) => {
    expect(causeText(datenTexts, cause)).toMatch(/^vor /);
    expect(causeText(datenTexts, cause)).not.toMatch(PLACEHOLDER);
  });

  test('names the tool and the version of an update', () => {
    expect(causeText(datenTexts, CAUSES.beforeUpdate)).toBe('vor der Aktualisierung von „Planer“ (Version 1)');
  });

  test('names the export time of an imported backup', () => {
    expect(causeText(datenTexts, CAUSES.beforeImport)).toMatch(/^vor dem Einspielen der Sicherung vom 1\. März 2026, \d\d:30 Uhr$/);
  });
});

test('names the file of a contact import', () => {
  expect(causeText(datenTexts, CAUSES.beforeContactImport)).toBe('vor dem Import von „Connections.csv“');
});

describe('other codes', () => {
  test('every write error, passphrase problem and import action has its words', () => {
    for (const code of WRITE_ERRORS) expect(storageTexts.writeError[code], code).toMatch(/\S/);
    for (const code of PASSPHRASE_PROBLEMS) expect(datenTexts.passphraseProblem[code], code).toMatch(/\S/);
    for (const code of ['add', 'replace', 'merge', 'unchanged'] as const) expect(datenTexts.action[code], code).toMatch(/\S/);
  });
});

describe('sizeText', () => {
  test.each([
    [0, '0 KB'],
    [10, '0,1 KB'],
    [1536, '1,5 KB'],
    [20_480, '20 KB'],
    [5 * 1024 * 1024, '5.120 KB'],
  ])('%i bytes as %s', (bytes, text) => {
    expect(sizeText(datenTexts, bytes)).toBe(text);
  });
});

describe('momentText', () => {
  test('shows date and time in the given time zone', () => {
    expect(momentText(datenTexts, '2026-03-01T09:30:00.000Z', 'Europe/Berlin')).toBe('1. März 2026, 10:30 Uhr');
  });

  test('says unknown for something that is no time', () => {
    expect(momentText(datenTexts, '<img src=x>', 'Europe/Berlin')).toBe('unbekannt');
  });
});

describe('entriesText', () => {
  test.each([[0, '0 Einträge'], [1, '1 Eintrag'], [2, '2 Einträge'], [1000, '1.000 Einträge']])('%i as %s', (n, text) => {
    expect(entriesText(datenTexts, n)).toBe(text);
  });
});

describe('rich', () => {
  test('puts each part in its placeholder’s place and leaves unknown ones empty', () => {
    expect(rich('A {x} B {y}.', { x: 1 })).toEqual(['A ', 1, ' B ', '', '.']);
  });
});

describe('the storage-text template (shared runtime)', () => {
  const flat = new Map<string, string>(Object.entries(storageTexts).flatMap(([group, words]) => Object.entries(words).map(([key, text]) => [`${group}.${key}`, text] as const)));
  const fakeDocument = {
    getElementById: (id: string) =>
      id === 'nk-storage-texts' ? { content: { querySelector: (selector: string) => ({ textContent: flat.get(/data-text="([^"]+)"/.exec(selector)![1]!) ?? null }) } } : null,
  };
  afterEach(() => {
    delete (globalThis as { document?: unknown }).document;
  });

  test('is empty on the server, where there is no page', () => {
    expect(storageText('notice.memory')).toBe('');
  });

  test('fills parameters into the text of the page’s template', () => {
    (globalThis as { document?: unknown }).document = fakeDocument;
    expect(storageText('reminder.last', { days: 45 })).toBe('Sie liegen nur in diesem Browser, und deine letzte Sicherung ist 45 Tage alt.');
  });

  test.each(Object.values(ISSUES))('words the notice for $code with the tool’s name', (issue) => {
    (globalThis as { document?: unknown }).document = fakeDocument;
    const text = noticeIssueText(issue);
    expect(text).toContain(`„${storageTexts.tools[issue.tool as keyof typeof storageTexts.tools]}“`);
    expect(text).not.toMatch(PLACEHOLDER);
  });

  test('every write error has its text in the template', () => {
    for (const code of WRITE_ERRORS) {
      const id: StorageTextId = `writeError.${code}`;
      expect(flat.has(id), id).toBe(true);
    }
  });
});
