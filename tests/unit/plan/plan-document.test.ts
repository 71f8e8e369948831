/**
 * The plan's document rendered to HTML (preact-render-to-string, which @astrojs/preact brings) with
 * the page's words: the German on screen and on paper comes from the dictionary, per plan state.
 */
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { recommendationTexts } from '../../../src/i18n/de/recommendations';
import { describe, expect, test } from 'vitest';
import { PlanDocument } from '../../../src/islands/plan/PlanDocument';
import { fillNodes } from '../../../src/islands/plan/fill-nodes';
import { plan as texts } from '../../../src/i18n/de/plan';
import { buildPlan } from '../../../src/lib/plan/plan-model';
import { PLAN_CHOICES } from '../../../src/islands/plan/plan-choices';
import { NO_PLAN_INPUTS, type PlanDocumentInputs } from '../../../src/lib/plan/plan-inputs';
import type { PlannerData } from '../../../src/lib/planner/planner-schema';
import { FIXTURE_TODAY, plannerStates } from '../../fixtures/planner-states';

const choices = PLAN_CHOICES;

const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&nbsp;/g, ' ');

/** The document's HTML for a planner state. */
function render(state: PlannerData, inputs: PlanDocumentInputs = NO_PLAN_INPUTS): string {
  return renderToString(h(PlanDocument, { plan: buildPlan(state, inputs, FIXTURE_TODAY), texts, choices, profileTexts: { labels: recommendationTexts.labels, profile: recommendationTexts.profile } }));
}

/** Each table row's cells as text, joined by „ | “. */
function rows(html: string): string[] {
  return [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => text(c[1]!)).join(' | '));
}

const meta = (html: string) => text(/<p class="plan-meta">([\s\S]*?)<\/p>/.exec(html)![1]!);

describe('PlanDocument', () => {
  test('names the owner and the day in the line under the heading', () => {
    expect(meta(render(plannerStates.complete))).toBe('Plan von Alex Beispiel · Stand: 2. März 2026');
    expect(meta(render(plannerStates.empty))).toBe('Stand: 2. März 2026');
    expect(render(plannerStates.empty)).toContain('<time datetime="2026-03-02">2. März 2026</time>');
  });

  test('writes the channels with their frequency and time, the contact care, the total and the budget', () => {
    expect(rows(render(plannerStates.complete)).filter((r) => /× pro|Kontaktpflege \||Zusammen|Zeitbudget/.test(r))).toEqual([
      'LinkedIn | 2 × pro Woche | 20 Minuten | 2,9 Stunden',
      'Verbände und Gremien: Fachverband Qualität | 1 × pro Monat | 2 Stunden | 2 Stunden',
      'Unternehmerinnen-Netzwerk Rheinland | 1 × pro Monat | 150 Minuten | 2,5 Stunden',
      'Kontaktpflege | nach Rhythmus |  | 0,4 Stunden',
      'Zusammen |  |  | 7,8 Stunden',
      'Mein Zeitbudget |  |  | 10 Stunden',
    ]);
  });

  test('writes one minute in the singular', () => {
    const state = { ...plannerStates.partial, channels: [{ ...plannerStates.partial.channels[0]!, minutes: 1 }] };
    expect(rows(render(state))).toContain('LinkedIn | 2 × pro Woche | 1 Minute | 0,1 Stunden');
  });

  test('says in one sentence how the plan fits the budget', () => {
    expect(text(render(plannerStates.complete))).toContain('Der Plan passt in dein Zeitbudget.');
    const over = render({ ...plannerStates.complete, hoursPerMonth: 5 });
    expect(over).toContain('<p class="verdict over">Der Plan braucht 2,8 Stunden mehr im Monat, als du eingeplant hast.</p>');
    expect(text(render(plannerStates.partial))).toContain('Du hast noch nicht festgelegt, wie viel Zeit du im Monat einplanst.');
  });

  test('marks overdue actions and follow-ups after their day, and writes an empty cell as a dash', () => {
    const all = rows(render(plannerStates.complete));
    expect(all).toContain('LinkedIn-Profil überarbeiten | 20.02.2026 (überfällig)');
    expect(all.find((r) => r.startsWith('M. Bauer'))).toBe('M. Bauer | MedTec Köln | A | Alle 3 Monate | 20.11.2025 | 20.02.2026 (überfällig)');
    expect(all.find((r) => r.startsWith('Rosa Lindner'))).toMatch(/ \| – \| 15\.01\.2027$/);
  });

  test('names the goals’ and groups’ kinds and levels', () => {
    const all = rows(render(plannerStates.complete));
    expect(all).toContain('Mit Abteilungsleitungen aus der Medizintechnik in Köln ins Gespräch kommen | Neue Stelle | 3 persönliche Gespräche | 30.06.2026');
    expect(all.some((r) => r.includes('| Organisationen | Abteilungs- und Teamleitungen | Dr. K. (Leitung Qualität)'))).toBe(true);
  });

  test('writes the profile as sentences and the networks with their kind and score', () => {
    const inputs: PlanDocumentInputs = { ...NO_PLAN_INPUTS, profileLines: [{ field: 'groesse', sentence: 'klein', params: {} }], topCandidates: [{ name: 'Texttreff', kind: 'fachverband', score: 86 }, { name: 'Ohne Art', kind: null, score: 40 }] };
    const html = render(plannerStates.empty, inputs);
    expect(html).toContain('<li>Größe: Dein ideales Netzwerk ist ein kleiner, vertrauter Kreis.</li>');
    expect(rows(html)).toEqual(expect.arrayContaining(['Texttreff | Fachverband oder Berufsverband | 86 %', 'Ohne Art |  | 40 %']));
  });

  test('says what an empty section is missing and links to where it is filled in', () => {
    const html = render(plannerStates.empty);
    expect(html).toContain('<p class="plan-missing">Noch keine Ziele eingetragen. <a href="/planer/ziele/">Ziele im Planer festlegen</a></p>');
    expect(html).toContain('<a href="/selbsttest/">Selbsttest machen</a>');
  });

  test('says why the actions and the contacts are empty when everything is done or only C contacts are left', () => {
    const done = { ...plannerStates.complete, actions: plannerStates.complete.actions.map((a) => ({ ...a, done: true })), contacts: plannerStates.complete.contacts.map((c) => ({ ...c, priority: 'C' as const })) };
    const html = text(render(done));
    expect(html).toContain('Alle Aktionen sind erledigt – Zeit für die nächsten.');
    expect(html).toContain('Noch keine Kontakte mit Priorität A oder B.');
  });
});

describe('fillNodes', () => {
  test('puts elements and text where the placeholders are', () => {
    const parts = fillNodes('Plan von {owner} · Stand: {date}', { owner: 'Kim', date: h('time', null, 'heute') });
    expect(renderToString(h('p', null, parts))).toBe('<p>Plan von Kim · Stand: <time>heute</time></p>');
  });

  test('leaves an unknown placeholder empty', () => {
    expect(fillNodes('{a}-{b}', { a: 'x' })).toEqual(['', 'x', '-', '', '']);
  });
});
