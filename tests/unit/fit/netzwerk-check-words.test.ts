/**
 * The network check's dictionary against the codes lib/fit returns: every code has its words,
 * no stale entry is left, and rendering a message fills every placeholder it has.
 */
import { describe, expect, test } from 'vitest';
import { CHECK_ANSWERS, DEFAULT_WEIGHTS, WEIGHT_KEYS, type Weights } from '../../../src/lib/fit/candidates-schema';
import { DRAFT_ERROR_CODES, emptyDraft, validateDraft, type CandidateDraft, type DraftError } from '../../../src/lib/fit/candidate-draft';
import { WEIGHT_VALUES, findCandidate } from '../../../src/lib/fit/candidates';
import { deletedNotice, restoredNotice, returnNotice, type CheckNotice } from '../../../src/lib/fit/check-notices';
import { ITEM_STATUSES, SUMMARY_STATUSES, explainItem, fitScore, type Explanation } from '../../../src/lib/fit/fit-score';
import { PROFILE_STATUSES } from '../../../src/lib/fit/profile-status';
import { KIND_IDS } from '../../../src/lib/profile/network-kinds';
import { emptyAnswers } from '../../../src/lib/questionnaire/answers-schema';
import { fill } from '../../../src/i18n/format';
import { checkAnswers, checkUi, draftErrors, explanations, fitItems, profileNotices } from '../../../src/i18n/de/netzwerk-check';
import { explanationText } from '../../../src/islands/netzwerk-check/render';
import { editorTexts, netzwerkCheckTexts, type FormField } from '../../../src/islands/netzwerk-check/texts';
import { PROFILES } from '../../fixtures/answers-states';
import { CANDIDATES, STATES } from '../../fixtures/candidates-states';

const keys = (o: object) => Object.keys(o).sort();

/** The placeholders of `template` that `params` leaves empty. */
function missingPlaceholders(template: string, params: object): string[] {
  const given = params as Record<string, unknown>;
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).filter((name) => given[name] === undefined || given[name] === '');
}

const fitWords = netzwerkCheckTexts().fit;
const weightSets: Weights[] = [DEFAULT_WEIGHTS, { ...DEFAULT_WEIGHTS, zwecke: 0, kosten: 0, form: 0 }];
const answerSets = [...Object.values(PROFILES), emptyAnswers()];

/** Every explanation lib gives for the fixtures: each profile, each candidate, with and without weight 0. */
const allExplanations: Explanation[] = answerSets.flatMap((answers) =>
  Object.values(CANDIDATES).flatMap((candidate) =>
    weightSets.flatMap((weights) => {
      const fit = fitScore(candidate, answers, weights);
      return fit.items.map((item) => explainItem(item, fit));
    }),
  ),
);

/** Drafts that between them break every rule of validateDraft. */
const badDrafts: CandidateDraft[] = [
  emptyDraft(),
  { ...emptyDraft(), name: 'x'.repeat(121), link: 'javascript:alert(1)', notes: 'n'.repeat(2001) },
  { ...emptyDraft(), name: 'X', link: `https://b.de/${'a'.repeat(600)}` },
  { ...emptyDraft(), name: 'Y', stunden: 'viel' },
];
const allErrors: DraftError[] = badDrafts.flatMap((draft) => validateDraft(draft));

describe('missingPlaceholders', () => {
  test('finds a placeholder the params leave out (so the tests below can fail)', () => {
    expect(missingPlaceholders('{n} von {gesamt}', { n: 3 })).toEqual(['gesamt']);
    expect(missingPlaceholders('{n} von {gesamt}', { n: 3, gesamt: 9 })).toEqual([]);
  });
});

describe('the dictionary has words for every code lib returns, and no others', () => {
  test('every checklist item and dimension has a name and a question', () => {
    expect(keys(fitItems)).toEqual(keys(Object.fromEntries([...WEIGHT_KEYS, 'gast'].map((k) => [k, 1]))));
    for (const item of Object.values(fitItems)) expect(item.label && item.question).toBeTruthy();
  });

  test('validation codes', () => {
    expect(keys(draftErrors)).toEqual([...DRAFT_ERROR_CODES].sort());
    expect(new Set(allErrors.map((e) => e.code))).toEqual(new Set(DRAFT_ERROR_CODES));
  });

  test('profile statuses', () => {
    expect(keys(profileNotices)).toEqual([...PROFILE_STATUSES].sort());
  });

  test('item statuses: a heading for each, a summary line for the summed-up ones', () => {
    expect(keys(checkUi.groups)).toEqual([...ITEM_STATUSES].sort());
    expect(keys(checkUi.summary)).toEqual([...SUMMARY_STATUSES].sort());
  });

  test('explanation codes: every code the fixtures reach has a sentence, and every sentence is reached', () => {
    const reached = new Set<string>(allExplanations.map((e) => e.code));
    if (allExplanations.some((e) => 'weightZero' in e && e.weightZero)) reached.add('weightZero');
    expect([...reached].sort()).toEqual(keys(explanations).filter((k) => k !== 'unknown'));
  });

  test('notice codes', () => {
    const removed = findCandidate(STATES.complete, 'k-kammer')!;
    const back = returnNotice(STATES.complete, PROFILES.lockerLokal, '?neu=k-kammer')!;
    const saved = returnNotice(STATES.complete, PROFILES.lockerLokal, '?gespeichert=k-kammer')!;
    const notices: CheckNotice[] = [back, saved, deletedNotice(removed), restoredNotice(removed), { code: 'weightsReset' }];
    expect(keys(checkUi.notices)).toEqual(notices.map((n) => n.code).sort());
  });

  test('checklist answers, and one option label per weight', () => {
    expect(keys(checkAnswers)).toEqual([...CHECK_ANSWERS].sort());
    expect(checkUi.weightOptions).toHaveLength(WEIGHT_VALUES.length);
  });

  test('speaks to the reader with „du“ and has no placeholder text', () => {
    expect(JSON.stringify({ fitItems, checkUi, draftErrors, explanations, profileNotices })).not.toMatch(/\bSie\b|TODO|Lorem/);
  });
});

describe('rendering fills every placeholder', () => {
  test('validation messages get every number they name', () => {
    for (const error of allErrors) {
      expect(missingPlaceholders(draftErrors[error.code], error), error.code).toEqual([]);
    }
  });

  test('validation messages write numbers the German way', () => {
    const [name, , notes] = validateDraft(badDrafts[1]!);
    expect(fill(draftErrors[name!.code], name!)).toBe('Der Name darf höchstens 120 Zeichen lang sein – jetzt sind es 121.');
    expect(fill(draftErrors[notes!.code], notes!)).toBe('Deine Notizen dürfen höchstens 2.000 Zeichen lang sein – jetzt sind es 2.001.');
    expect(fill(draftErrors.nameRequired, validateDraft(emptyDraft())[0]!)).toBe('Gib den Namen des Netzwerks ein.');
  });

  test('every explanation of the fixtures comes out as whole words', () => {
    for (const explanation of allExplanations) {
      const text = explanationText(explanation, fitWords);
      expect(text, JSON.stringify(explanation)).not.toMatch(/\{|\}|undefined|null|\s{2}|^\s|\s$/);
    }
  });

  test('explanations read as before', () => {
    const fit = fitScore(CANDIDATES.kammer, PROFILES.freiberuflerinRegional, { ...DEFAULT_WEIGHTS, kosten: 0 });
    const text = (key: string) => explanationText(explainItem(fit.items.find((i) => i.key === key)!, fit), fitWords);
    expect(text('reichweite')).toBe('Dein Ideal: Regional · dieses Netzwerk: National (DACH)');
    expect(text('zwecke')).toBe('Dein Ideal: vor allem Neue Aufträge, außerdem Erfahrungsaustausch · dieses Netzwerk: Neue Aufträge und Kooperationspartner');
    expect(text('netiquette')).toBe('Mit den Regeln und der Netiquette des Netzwerks komme ich zurecht. – Ja');
    expect(text('kosten')).toBe('Zählt nicht: Gewicht 0. Mitgliedsbeitrag und Kosten sind für mich in Ordnung. – Ja');
    const open = fitScore(CANDIDATES.unbekannt, emptyAnswers(), DEFAULT_WEIGHTS);
    expect(explanationText(explainItem(open.items[0]!, open), fitWords)).toBe('Zählt nicht: im Selbsttest noch nicht beantwortet.');
    const unsure = fitScore(CANDIDATES.unbekannt, PROFILES.allesUnklar, DEFAULT_WEIGHTS);
    expect(explanationText(explainItem(unsure.items[0]!, unsure), fitWords)).toBe('Zählt nicht: im Selbsttest mit „Weiß ich noch nicht“ beantwortet.');
    const unrated = fitScore(CANDIDATES.unbekannt, PROFILES.freiberuflerinRegional, DEFAULT_WEIGHTS);
    expect(explanationText(explainItem(unrated.items[0]!, unrated), fitWords)).toBe('Dein Ideal: Gemischt (online und vor Ort) · dieses Netzwerk: weiß ich noch nicht');
  });

  test('notices get the name and the score they name', () => {
    const removed = findCandidate(STATES.complete, 'k-kammer')!;
    const added = returnNotice(STATES.complete, PROFILES.lockerLokal, '?neu=k-kammer')!;
    if (added.code !== 'added') throw new Error('expected an added notice');
    const rendered = fill(checkUi.notices.added, { name: added.name, wert: fill(checkUi.score, { wert: added.score! }) });
    expect(rendered).toBe(`„IHK-Forum Mittelstand“ ist hinzugefügt. Passung: ${added.score} von 100.`);
    for (const notice of [deletedNotice(removed), restoredNotice(removed)]) {
      if (notice.code === 'weightsReset') continue;
      expect(missingPlaceholders(checkUi.notices[notice.code], notice)).toEqual([]);
    }
  });
});

describe('the islands’ texts', () => {
  const fields = (list: readonly FormField[]): FormField[] => list.flatMap((f) => (f.type === 'group' ? [f, ...fields(f.fields)] : [f]));

  test('give every field of the form a label and every option a label', () => {
    const all = fields(editorTexts().form);
    expect(new Set(all.map((f) => f.id)).size).toBe(all.length);
    for (const field of all) {
      expect(field.label, field.id).toBeTruthy();
      if ('options' in field) for (const [value, label] of field.options) expect(label, `${field.id} ${value}`).toBeTruthy();
    }
  });

  test('name every kind of network', () => {
    expect(keys(netzwerkCheckTexts().kinds)).toEqual([...KIND_IDS].sort());
  });
});
