/**
 * The plan's document rendered to HTML (preact-render-to-string, which @astrojs/preact brings) with
 * the page's words: the German on screen and on paper comes from the dictionary, per plan state.
 */
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { recommendationTexts } from '../../../src/i18n/de/recommendations';
import { describe, expect, test } from 'vitest';
import { PlanDocument } from '../../../src/islands/plan/PlanDocument';
import * as rest from '../../../src/islands/plan/PlanRest';
import { fillNodes } from '../../../src/islands/plan/fill-nodes';
import { plan as texts } from '../../../src/i18n/de/plan';
import { buildPlan, DEFAULT_PRINT_CHOICE, PLAN_PARTS, type PrintChoice } from '../../../src/lib/plan/plan-model';
import { PLAN_CHOICES } from '../../../src/islands/plan/plan-choices';
import { NO_PLAN_INPUTS, type PlanDocumentInputs } from '../../../src/lib/plan/plan-inputs';
import type { PlannerData } from '../../../src/lib/planner/planner-schema';
import { FIXTURE_TODAY, plannerStates, plannerV3Detailed } from '../../fixtures/planner-states';

const choices = PLAN_CHOICES;

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&nbsp;/g, ' ');

/** The document's HTML for a planner state. */
function render(state: PlannerData, inputs: PlanDocumentInputs = NO_PLAN_INPUTS, choice: PrintChoice = DEFAULT_PRINT_CHOICE): string {
  return renderToString(
    h(PlanDocument, {
      plan: buildPlan(state, inputs, FIXTURE_TODAY),
      texts,
      choices,
      profileTexts: {
        labels: recommendationTexts.labels,
        profile: recommendationTexts.profile,
      },
      choice,
      rest,
    }),
  );
}

/** Each card's (or row list's) text, label and value as „label: value“, rows joined by „; “. */
/** The contact cards' text, one string each. */
function contactCards(html: string): string[] {
  return [...html.replace(/<\/p>/g, ' ').matchAll(/<li class="plan-card plan-contact">([\s\S]*?)<\/li>/g)].map((m) => text(m[1]!).replace(/\s+/g, ' ').trim());
}

function cards(html: string): string[] {
  const flat = html
    .replace(/<\/dt>/g, ': ')
    .replace(/<\/dd>/g, '; ')
    .replace(/<\/p>/g, ' ');
  return [...flat.matchAll(/<(?:li class="plan-card"|dl class="plan-rows")>([\s\S]*?)<\/(?:li|dl)>/g)].map((m) => text(m[1]!).replace(/\s+/g, ' ').replace(/;\s*$/, '').trim());
}

const meta = (html: string) => text(/<p class="plan-meta">([\s\S]*?)<\/p>/.exec(html)![1]!);
const ALL: PrintChoice = { parts: PLAN_PARTS, contacts: 'all' };

describe('PlanDocument', () => {
  test('names the owner and the day in the line under the heading, in the first person', () => {
    expect(meta(render(plannerStates.complete))).toBe('Mein Plan · Alex Beispiel · Stand: 2. März 2026');
    expect(meta(render(plannerStates.empty))).toBe('Stand: 2. März 2026');
    expect(render(plannerStates.empty)).toContain('<time datetime="2026-03-02">2. März 2026</time>');
  });

  test('opens with „Auf einen Blick“: the goals, the next five steps with tick boxes, and the time as a bar with words', () => {
    const html = render(plannerStates.complete);
    const glance = /<section class="plan-glance"[\s\S]*?<\/section>/.exec(html)![0];
    expect(text(glance)).toContain('Mit Abteilungsleitungen aus der Medizintechnik in Köln ins Gespräch kommen – 3 persönliche Gespräche (Bis 30.06.2026)');
    const steps = [...glance.matchAll(/<li><span class="tick" aria-hidden="true">☐<\/span>([\s\S]*?)<\/li>/g)].map((m) => text(m[1]!).replace(/\s+/g, ' ').trim());
    expect(steps).toEqual(['LinkedIn-Profil überarbeiten · 20.02.2026 (überfällig)', 'Als Gast zum Treffen des Fachverbands gehen · 18.03.2026', 'Bei M. Bauer melden · 20.02.2026 (überfällig)']);
    expect(glance).toMatch(/<rect class="plan-bar-used" x="0" y="0" width="78" height="6"/);
    expect(text(glance)).toContain('7,8 Stunden von 10 Stunden verplant');
  });

  test('writes the channels as cards with their frequency and time, then the contact care, the total and the budget', () => {
    const all = cards(render(plannerStates.complete));
    expect(all).toEqual(
      expect.arrayContaining([
        'LinkedIn Wie oft: 2 × pro Woche; Zeit je Anlass: 20 Minuten; Im Monat: 2,9 Stunden',
        'Verbände und Gremien: Fachverband Qualität Wie oft: 1 × pro Monat; Zeit je Anlass: 2 Stunden; Im Monat: 2 Stunden',
        'Kontaktpflege (nach Rhythmus): 0,4 Stunden; Zusammen: 7,8 Stunden; Mein Zeitbudget: 10 Stunden',
      ]),
    );
  });

  test('writes one minute in the singular', () => {
    const state = {
      ...plannerStates.partial,
      channels: [{ ...plannerStates.partial.channels[0]!, minutes: 1 }],
    };
    expect(cards(render(state))).toContain('LinkedIn Wie oft: 2 × pro Woche; Zeit je Anlass: 1 Minute; Im Monat: 0,1 Stunden');
  });

  test('says in one sentence, in the first person, how the plan fits the budget', () => {
    expect(text(render(plannerStates.complete))).toContain('Mein Plan passt in mein Zeitbudget.');
    const over = render({ ...plannerStates.complete, hoursPerMonth: 5 });
    expect(over).toContain('<p class="verdict over">Mein Plan braucht 2,8 Stunden mehr im Monat, als ich eingeplant habe.</p>');
    expect(text(render(plannerStates.partial))).toContain('Wie viel Zeit ich im Monat einplane, habe ich noch nicht festgelegt.');
    // The screen's hints (plan-missing) speak to the reader; what is printed speaks as the reader.
    expect(text(render(plannerStates.complete).replace(/<p class="plan-missing">[\s\S]*?<\/p>/g, ''))).not.toMatch(/(^|[^\p{L}])(dein|deine|du)([^\p{L}]|$)/iu);
  });

  test('lists contacts as cards by priority and then name, with a box for the next contact and what I offer', () => {
    const all = contactCards(render(plannerStates.complete, NO_PLAN_INPUTS, ALL));
    expect(all.map((c) => c.split(' · ')[0])).toEqual(['M. Bauer A', 'Jana Ohm B', 'Rosa Lindner B', 'T. K. C']);
    expect(all[0]).toBe('M. Bauer A · MedTec Köln · Alle 3 Monate ☐ bis 20.02.2026 (überfällig) · zuletzt 20.11.2025 Ich biete an: Meine Checkliste für Audits');
    const ab = render(plannerStates.complete);
    expect(contactCards(ab).some((c) => c.startsWith('T. K.'))).toBe(false);
    // The C contact the A/B list leaves out is counted, and not with „alle“.
    expect(text(ab)).toContain('Dazu kommt 1 C-Kontakt (lose Verbindung), hier nicht einzeln aufgeführt.');
    expect(text(render(plannerStates.complete, NO_PLAN_INPUTS, ALL))).not.toContain('C-Kontakt (lose');
  });

  test('shows each goal with its linked actions and their contacts, the rest under „Weitere Schritte“', () => {
    const linked = { ...plannerV3Detailed, actions: plannerV3Detailed.actions.map((a) => (a.id === 'a2' ? { ...a, goalId: '' } : a)) };
    const html = text(render(linked)).replace(/\s+/g, ' ');
    expect(html).toMatch(/Bis\s*30\.06\.2026\s*☐ LinkedIn-Profil überarbeiten · 20\.02\.2026 \(überfällig\) · mit M\. Bauer und Jana Ohm\s*Fachlichen Austausch/);
    expect(html).toMatch(/Weitere Schritte\s*☐ Als Gast zum Treffen des Fachverbands gehen · 18\.03\.2026\s*Meine nächsten drei Monate/);
  });

  test('lists birthdays by month, by day within the month', () => {
    const html = text(render(plannerStates.complete));
    expect(html).toMatch(/Februar:\s*29\. T\. K\.\s*März:\s*14\. M\. Bauer\s*Dezember:\s*30\. Rosa Lindner/);
  });

  test('names the goals’ and groups’ kinds and levels', () => {
    const all = cards(render(plannerStates.complete));
    expect(all).toContain('Mit Abteilungsleitungen aus der Medizintechnik in Köln ins Gespräch kommen Art: Neue Stelle; Woran ich es messe: 3 persönliche Gespräche; Bis: 30.06.2026');
    expect(all).toContain('Medizintechnik-Hersteller im Raum Köln Art: Organisationen; Ebene: Abteilungs- und Teamleitungen; Personen: Dr. K. (Leitung Qualität)');
  });

  test('writes the profile as sentences and the networks with their kind and score', () => {
    const inputs: PlanDocumentInputs = {
      ...NO_PLAN_INPUTS,
      profileLines: [{ field: 'groesse', sentence: 'klein', params: {} }],
      topCandidates: [
        { name: 'Texttreff', kind: 'fachverband', score: 86 },
        { name: 'Ohne Art', kind: null, score: 40 },
      ],
    };
    const html = render(plannerStates.empty, inputs);
    expect(html).toContain('<li>Größe: Mein ideales Netzwerk ist ein kleiner, vertrauter Kreis.</li>');
    expect(cards(html)).toEqual(expect.arrayContaining(['Texttreff Art: Fachverband oder Berufsverband; Passt zu: 86 %', 'Ohne Art Passt zu: 40 %']));
  });

  test('says on screen what an empty section is missing, and leaves that section out on paper', () => {
    const html = render(plannerStates.partial);
    expect(html).toContain(
      '<section class="plan-section no-print" aria-labelledby="teil-zielgruppen"><h2 id="teil-zielgruppen">Meine Zielgruppen</h2><p class="plan-missing">Noch keine Zielgruppen eingetragen. <a href="/planer/zielgruppen/">Zielgruppen im Planer festlegen</a></p>',
    );
    expect(html).toContain('<section class="plan-section" aria-labelledby="teil-ziele">');
  });

  test('gives a reader with nothing entered the hints on screen and a worksheet with lines on paper', () => {
    const html = render(plannerStates.empty);
    expect(html).toContain('<article class="plan no-print"');
    expect(html).toContain('<p class="plan-missing">Noch keine Ziele eingetragen. <a href="/planer/ziele/">Ziele im Planer festlegen</a></p>');
    const sheet = /<article class="plan plan-worksheet print-only"[\s\S]*?<\/article>/.exec(html)![0];
    expect(sheet.match(/☐/g)).toHaveLength(5);
    expect(text(sheet)).not.toMatch(/Noch keine|Planer festlegen/);
    expect([...sheet.matchAll(/<h2 id="blatt-(\w+)"/g)].map((m) => m[1])).toEqual(['blick', 'goals', 'groups', 'channels', 'give', 'contacts', 'birthdays', 'notes']);
  });

  test('prints only the parts the reader switched on', () => {
    const html = render(plannerStates.complete, NO_PLAN_INPUTS, {
      parts: ['goals', 'notes'],
      contacts: 'ab',
    });
    expect([...html.matchAll(/<h2 id="teil-(\w+)"/g)].map((m) => m[1])).toEqual(['blick', 'ziele', 'notizen']);
  });

  test('says why the actions and the contacts are empty when everything is done or only C contacts are left', () => {
    const done = {
      ...plannerStates.complete,
      actions: plannerStates.complete.actions.map((a) => ({
        ...a,
        done: true,
      })),
      contacts: plannerStates.complete.contacts.map((c) => ({
        ...c,
        priority: 'C' as const,
      })),
    };
    const html = text(render(done));
    expect(html).toContain('Alle Aktionen sind erledigt – Zeit für die nächsten.');
    expect(html).toContain('Noch keine Kontakte mit Priorität A oder B.');
  });
});

describe('fillNodes', () => {
  test('puts elements and text where the placeholders are', () => {
    const parts = fillNodes('Plan von {owner} · Stand: {date}', {
      owner: 'Kim',
      date: h('time', null, 'heute'),
    });
    expect(renderToString(h('p', null, parts))).toBe('<p>Plan von Kim · Stand: <time>heute</time></p>');
  });

  test('leaves an unknown placeholder empty', () => {
    expect(fillNodes('{a}-{b}', { a: 'x' })).toEqual(['', 'x', '-', '', '']);
  });
});

describe('the first page and the next three months from the lazily loaded part', () => {
  const html = (rest: typeof import('../../../src/islands/plan/PlanRest') | null) =>
    renderToString(
      h(PlanDocument, {
        plan: buildPlan(plannerStates.complete, NO_PLAN_INPUTS, FIXTURE_TODAY),
        texts,
        choices,
        profileTexts: { labels: recommendationTexts.labels, profile: recommendationTexts.profile },
        choice: DEFAULT_PRINT_CHOICE,
        rest,
      }),
    );

  test('draws the Netzwerkkarte on the first page, with its summary sentence and legend, in the first person', () => {
    const glance = /<section class="plan-glance"[\s\S]*?<div class="plan-fill">/.exec(html(rest))![0];
    expect(glance).toContain('<svg viewBox="0 0 640 640"');
    expect(text(glance)).toContain('Mein Netzwerk');
    expect(text(glance)).toContain('4 Kontakte: 1 mit Priorität A, 2 mit B, 1 mit C.');
    expect(text(glance)).toContain('Eine Person will ich noch kennenlernen.');
    // On paper the marks are no buttons: nothing to focus but the clusters' lists.
    expect(glance).not.toMatch(/data-contact="[^"]+"[^>]*role="button"/);
  });

  test('lists the next three months with what is overdue first, week by week, each with a box to tick', () => {
    const part = text(/<section class="plan-section" aria-labelledby="teil-zeitleiste">[\s\S]*?<\/section>/.exec(html(rest))![0]);
    const flat = part.replace(/\u00a0/g, ' ');
    expect(flat).toMatch(/^Meine nächsten drei MonateSchon überfällig☐ 20\.2\. LinkedIn-Profil überarbeiten☐ M\. Bauer \(A\)/);
    expect(flat).toContain('9.3. – 15.3.☐ 10.3. bei Jana Ohm melden (B)☐ 14.3. Geburtstag von M. Bauer');
    expect(flat).toContain('Regelmäßig, ohne festen TagLinkedIn: 2 × pro Woche');
    expect(part).not.toContain('T. K.');
  });

  test('until that part has loaded, the paper says it is incomplete instead of silently leaving parts out', () => {
    const page = html(null);
    expect(page).toContain('<p class="print-only plan-incomplete">');
    expect(page).not.toContain('teil-ziele');
    expect(page).toContain('<div class="plan-map"></div>');
  });
});
