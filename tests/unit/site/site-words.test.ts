import { describe, expect, test } from 'vitest';
import { site } from '../../../src/i18n/de/site';
import { fill, formatList, plural } from '../../../src/i18n/format';
import { QUESTIONS } from '../../../src/lib/questionnaire/questionnaire';
import { missingParams } from '../../../src/lib/site/template-parts';
import { TOOL_IDS, TOOLS } from '../../../src/lib/site/tools';

describe('site.tools', () => {
  test('names every tool, in the order of TOOL_IDS', () => {
    expect(Object.keys(site.tools)).toEqual([...TOOL_IDS]);
    expect(TOOLS.map((tool) => tool.id)).toEqual([...TOOL_IDS]);
  });

  test('each summary gets a value for every placeholder from its tool', () => {
    for (const tool of TOOLS) expect(missingParams(site.tools[tool.id].summary, tool.summaryParams), tool.id).toEqual([]);
  });

  test('the self-test’s summary counts the questions the questionnaire has', () => {
    const tool = TOOLS.find((t) => t.id === 'selbsttest')!;
    expect(fill(site.tools.selbsttest.summary, tool.summaryParams)).toBe(`Finde in ${QUESTIONS.length} Fragen heraus, wie dein ideales Netzwerk aussieht.`);
  });
});

describe('site.promise', () => {
  test('no longer claims that there is no server', () => {
    for (const statement of Object.values(site.promise)) expect(statement).not.toMatch(/kein(en)? Server/);
  });
});

describe('page templates', () => {
  test('the chapter position is one sentence with both numbers', () => {
    expect(fill(site.chapter.position, { n: 3, total: 10 })).toBe('Kapitel 3 von 10');
  });

  test('the guide index title fits one chapter and many', () => {
    expect(plural(site.guide.title, 1)).toBe('Ratgeber: berufliches Networking in 1 Kapitel');
    expect(plural(site.guide.title, 10)).toBe('Ratgeber: berufliches Networking in 10 Kapiteln');
  });

  test('a list of placeholders stays a list of placeholders, so the privacy page can link each tool', () => {
    const list = formatList(['{tool0}', '{tool1}', '{tool2}']);
    expect(list).toBe('{tool0}, {tool1} und {tool2}');
    expect(missingParams(site.privacy.storedBody.replace('{tools}', list), { tool0: '', tool1: '', tool2: '', localStorage: '' })).toEqual([]);
  });
});
