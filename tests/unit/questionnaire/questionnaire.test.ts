import { describe, expect, test } from 'vitest';
import { answersDefinition, emptyAnswers, type Answers, type SelbsttestState } from '../../../src/lib/questionnaire/answers-schema';
import {
  QUESTIONS,
  STEP_COUNT,
  answeredCount,
  applyAnswer,
  errorTargetId,
  goBack,
  goForward,
  goToPosition,
  goToQuestion,
  positionOf,
  goToResult,
  hasBack,
  inputId,
  isComplete,
  mainPurpose,
  needsMainPurpose,
  isChosen,
  mainPurposeChoices,
  openSteps,
  parseHours,
  progress,
  questionForStep,
  started,
  stepLinks,
  stepProblems,
  summaryIsNear,
  titleIsLegend,
  toggleChoice,
  validateStep,
} from '../../../src/lib/questionnaire/questionnaire';
import { CHAPTER_SLUGS } from '../../../src/lib/guide/guide-links';
import { questionnaireTexts as T } from '../../../src/i18n/de/selbsttest';
import { fill } from '../../../src/i18n/format';
import { errorText } from '../../../src/islands/selbsttest/render';
import { PROFILES, STATES } from '../../fixtures/answers-states';

const profiles = Object.entries(PROFILES) as [string, Answers][];
const state = (over: Partial<SelbsttestState> = {}): SelbsttestState => ({ ...answersDefinition.initial(), ...over });

/** The answers and errors in words, as the island shows them. */
const messages = (step: number, answers: Answers) => validateStep(step, answers).map((e) => ({ field: e.field, fieldId: e.fieldId, message: errorText(e, T) }));

describe('QUESTIONS', () => {
  test('gives every question its own id, and the questionnaire one step per question', () => {
    expect(new Set(QUESTIONS.map((q) => q.id)).size).toBe(QUESTIONS.length);
    expect(STEP_COUNT).toBe(QUESTIONS.length);
    expect(openSteps(emptyAnswers())).toHaveLength(QUESTIONS.length);
  });

  test.each(QUESTIONS.map((q, i) => [i + 1, q] as const))('question %i explains why it asks and links a real chapter', (_, q) => {
    const words = T.questions[q.id]!;
    expect(words.why.length).toBeGreaterThan(40);
    expect(words.why.length).toBeLessThan(200);
    expect(CHAPTER_SLUGS).toContain(q.chapter);
    expect(words.title.endsWith('?')).toBe(true);
  });

  test('offers „Weiß ich noch nicht“ last in every choice group', () => {
    for (const q of QUESTIONS) {
      for (const part of q.parts) {
        if (part.kind === 'radio' || part.kind === 'checkbox') expect(part.choices.at(-1), `${q.id} ${part.field}`).toBe('unklar');
      }
    }
  });

  test('uses every input id once', () => {
    const ids = QUESTIONS.flatMap((q) => q.parts.flatMap((p) => (p.kind === 'radio' || p.kind === 'checkbox' ? p.choices.map((c) => inputId(p.field, c)) : [inputId(p.field)])));
    expect(new Set(ids).size).toBe(ids.length);
  });
});


describe('questionForStep', () => {
  test('shows the last question for a stored step beyond the list, and the first for one before it', () => {
    expect(questionForStep(0)).toBe(QUESTIONS[0]);
    expect(questionForStep(STEP_COUNT + 1)).toBe(QUESTIONS.at(-1));
    expect(progress(STEP_COUNT + 1)).toEqual({ n: STEP_COUNT, total: STEP_COUNT });
    expect(questionForStep(STEP_COUNT)).toBe(QUESTIONS.at(-1));
  });

  test('refuses an empty question list', () => {
    expect(() => questionForStep(1, [])).toThrow('empty');
  });
});

describe('progress', () => {
  test('says honestly where the reader is, out of all the questions', () => {
    expect(progress(3)).toEqual({ n: 3, total: QUESTIONS.length });
    expect(fill(T.ui.progress, progress(3))).toBe('Frage 3 von 10');
  });
});

describe('titleIsLegend', () => {
  test('uses the question as legend only for one-part questions', () => {
    expect(QUESTIONS.filter((q) => !titleIsLegend(q)).map((q) => q.id)).toEqual(['zweck', 'groesse', 'beitrag', 'komfort']);
  });
});

describe('stepLinks', () => {
  test('leads back and on to the summary once the reader has seen it', () => {
    expect(stepLinks(state())).toEqual({ back: null, next: 'question' });
    expect(stepLinks(state({ step: 3 }))).toEqual({ back: 'question', next: 'question' });
    expect(stepLinks(state({ step: 3, summaryReached: true }))).toEqual({ back: 'summary', next: 'summary' });
  });
});

describe('isChosen and mainPurposeChoices', () => {
  test('tell which choices are selected, for radios and checkboxes', () => {
    const [form] = questionForStep(1).parts;
    const [zwecke] = questionForStep(2).parts;
    if (form?.kind !== 'radio' || zwecke?.kind !== 'checkbox') throw new Error('unexpected parts');
    expect(form.choices.filter((c) => isChosen(form, c, PROFILES.freiberuflerinRegional))).toEqual(['gemischt']);
    expect(zwecke.choices.filter((c) => isChosen(zwecke, c, PROFILES.freiberuflerinRegional))).toEqual(['austausch', 'auftraege']);
  });

  test('offer the main purpose only from two chosen purposes on', () => {
    expect(mainPurposeChoices({ ...emptyAnswers(), zwecke: ['trends'] })).toEqual([]);
    expect(mainPurposeChoices({ ...emptyAnswers(), zwecke: ['unklar'] })).toEqual([]);
    expect(mainPurposeChoices({ ...emptyAnswers(), zwecke: ['trends', 'austausch'] })).toEqual(['austausch', 'trends']);
  });
});

describe('parseHours', () => {
  test.each([
    ['4', 4],
    ['2,5', 2.5],
    ['2.5', 2.5],
    [' 10 ', 10],
    ['0', 0],
    ['6 Stunden', 6],
    ['3 h', 3],
    ['1 Std.', 1],
  ])('reads „%s“ as %d', (raw, hours) => {
    expect(parseHours(raw)).toBe(hours);
  });

  test.each(['', 'viel', '-2', '2,5,5', '1e3', '12345', '3 Tage'])('refuses „%s“', (raw) => {
    expect(parseHours(raw)).toBeNull();
  });
});

describe('toggleChoice', () => {
  const order = ['wissen', 'ressourcen', 'rollen', 'kontakte', 'unklar'] as const;
  test('adds in the order of the list', () => {
    expect(toggleChoice(['kontakte'], 'wissen', true, order)).toEqual(['wissen', 'kontakte']);
  });
  test('„Weiß ich noch nicht“ replaces every other choice', () => {
    expect(toggleChoice(['wissen', 'kontakte'], 'unklar', true, order)).toEqual(['unklar']);
  });
  test('another choice replaces „Weiß ich noch nicht“', () => {
    expect(toggleChoice(['unklar'], 'rollen', true, order)).toEqual(['rollen']);
  });
  test('unticking removes only that choice', () => {
    expect(toggleChoice(['wissen', 'kontakte'], 'wissen', false, order)).toEqual(['kontakte']);
  });
});

describe('applyAnswer', () => {
  test('does not change the answers it was given', () => {
    const before = emptyAnswers();
    const copy = structuredClone(before);
    applyAnswer(before, { form: 'online' });
    expect(before).toEqual(copy);
  });

  test('drops the main purpose when it is no longer chosen', () => {
    const a = applyAnswer(PROFILES.freiberuflerinRegional, { zwecke: ['austausch'] });
    expect(a.hauptzweck).toBeNull();
  });

  test('typing hours clears „Weiß ich noch nicht“, and ticking it clears the hours', () => {
    const unknown = applyAnswer(emptyAnswers(), { stundenUnklar: true });
    expect(applyAnswer(unknown, { stunden: '3' })).toMatchObject({ stunden: '3', stundenUnklar: false });
    expect(applyAnswer({ ...emptyAnswers(), stunden: '3' }, { stundenUnklar: true })).toMatchObject({ stunden: '', stundenUnklar: true });
  });

  test('keeps text within what storage accepts', () => {
    const a = applyAnswer(emptyAnswers(), { angebotDetails: 'x'.repeat(5000), stunden: '9'.repeat(100) });
    expect(a.angebotDetails.length).toBe(2000);
    expect(a.stunden.length).toBe(40);
  });
});

describe('mainPurpose', () => {
  test('is the only purpose chosen', () => {
    expect(mainPurpose(PROFILES.jobsucheInternational)).toBe('karriere');
  });
  test('is the chosen main purpose when there are several', () => {
    expect(mainPurpose(PROFILES.freiberuflerinRegional)).toBe('auftraege');
  });
  test('is null with several purposes and none marked as main', () => {
    expect(mainPurpose({ ...PROFILES.freiberuflerinRegional, hauptzweck: null })).toBeNull();
  });
  test('is null for „Weiß ich noch nicht“', () => {
    expect(mainPurpose(PROFILES.allesUnklar)).toBeNull();
    expect(needsMainPurpose(PROFILES.allesUnklar)).toBe(false);
  });
});

describe('validateStep', () => {
  test.each(QUESTIONS.map((_, i) => [i + 1]))('asks for an answer on step %i when nothing is answered', (step) => {
    const errors = messages(step, emptyAnswers());
    const required = questionForStep(step).parts.filter((p) => p.kind !== 'text' && p.kind !== 'main-purpose');
    expect(errors.map((e) => e.field)).toEqual(required.map((p) => p.field));
    for (const error of errors) expect(error.message).toMatch(/^(Wähle|Gib)/);
  });

  test.each(profiles)('accepts every step of the %s profile', (_, answers) => {
    for (let step = 1; step <= STEP_COUNT; step++) expect(validateStep(step, answers)).toEqual([]);
  });

  test('links each error to the first choice of its group', () => {
    expect(messages(1, emptyAnswers())[0]).toEqual({
      field: 'form',
      fieldId: 'frage-form-online',
      message: 'Wähle aus, ob du dich online, vor Ort oder auf beiden Wegen vernetzen möchtest – oder „Weiß ich noch nicht“.',
    });
  });

  test('asks for the main purpose when two purposes are chosen without one', () => {
    const errors = messages(2, { ...emptyAnswers(), zwecke: ['austausch', 'trends'] });
    expect(errors).toEqual([{ field: 'hauptzweck', fieldId: 'frage-hauptzweck-austausch', message: 'Wähle aus, welcher Zweck dir am wichtigsten ist.' }]);
  });

  test('does not ask for a main purpose with one purpose or „Weiß ich noch nicht“', () => {
    expect(validateStep(2, { ...emptyAnswers(), zwecke: ['trends'] })).toEqual([]);
    expect(validateStep(2, { ...emptyAnswers(), zwecke: ['unklar'] })).toEqual([]);
  });

  test.each([
    ['', 'Gib an, wie viele Stunden im Monat du einplanen kannst – oder wähle „Weiß ich noch nicht“.'],
    ['   ', 'Gib an, wie viele Stunden im Monat du einplanen kannst – oder wähle „Weiß ich noch nicht“.'],
    ['ein paar', 'Gib die Stunden als Zahl an, zum Beispiel 4 oder 2,5.'],
    ['161', 'Gib höchstens 160 Stunden an – das wäre schon eine volle Arbeitsstelle.'],
  ])('explains what is wrong with the hours „%s“', (stunden, message) => {
    expect(messages(6, { ...emptyAnswers(), stunden })).toEqual([{ field: 'stunden', fieldId: 'frage-stunden', message }]);
  });

  test('accepts 0 and 160 hours, and „Weiß ich noch nicht“', () => {
    expect(validateStep(6, { ...emptyAnswers(), stunden: '0' })).toEqual([]);
    expect(validateStep(6, { ...emptyAnswers(), stunden: '160' })).toEqual([]);
    expect(validateStep(6, { ...emptyAnswers(), stundenUnklar: true })).toEqual([]);
  });

  test('flags keywords longer than 500 characters and says how long they are', () => {
    const answers: Answers = { ...emptyAnswers(), angebot: ['wissen'], angebotDetails: 'a'.repeat(501) };
    expect(validateStep(7, answers)).toEqual([{ field: 'angebotDetails', fieldId: 'frage-angebotDetails', problem: 'tooLong', params: { max: 500, n: 501 } }]);
    expect(messages(7, answers)[0]!.message).toBe('Deine Stichworte dürfen höchstens 500 Zeichen lang sein. Jetzt sind es 501.');
  });
});

describe('stepProblems', () => {
  test('names the problem of each part without any words', () => {
    expect(stepProblems(2, { ...emptyAnswers(), zwecke: ['austausch', 'trends'] }).map((p) => [p.part.field, p.problem])).toEqual([['hauptzweck', 'required']]);
    expect(stepProblems(6, { ...emptyAnswers(), stunden: 'viel' })[0]!.problem).toBe('hoursNumber');
    expect(stepProblems(6, { ...emptyAnswers(), stunden: '200' })[0]!.problem).toBe('hoursMax');
    expect(stepProblems(7, { ...emptyAnswers(), angebot: ['wissen'], angebotDetails: 'a'.repeat(501) })[0]!.problem).toBe('tooLong');
  });
});

describe('errorTargetId', () => {
  test('points at the first chosen purpose for the main-purpose question', () => {
    const part = questionForStep(2).parts[1]!;
    expect(errorTargetId(part, { ...emptyAnswers(), zwecke: ['trends', 'kooperation'] })).toBe('frage-hauptzweck-trends');
  });
});

describe('started', () => {
  test('is false only before the reader has done anything', () => {
    expect(started(state())).toBe(false);
    expect(started(state({ step: 2 }))).toBe(true);
    expect(started(state({ answers: { ...emptyAnswers(), form: 'online' } }))).toBe(true);
    expect(started(STATES.complete)).toBe(true);
  });
});

describe('openSteps and isComplete', () => {
  test('list every step for empty answers', () => {
    expect(openSteps(emptyAnswers())).toEqual(QUESTIONS.map((_, i) => i + 1));
    expect(isComplete(emptyAnswers())).toBe(false);
  });
  test('list the steps after the fourth for the partial state', () => {
    expect(openSteps(STATES.partial.answers)).toEqual([5, 6, 7, 8, 9, 10]);
    expect(answeredCount(STATES.partial.answers)).toBe(4);
  });
  test.each(profiles)('call the %s profile complete', (_, answers) => {
    expect(isComplete(answers)).toBe(true);
  });
});

describe('goForward', () => {
  test('moves to the next question', () => {
    expect(goForward(state({ step: 3 }))).toMatchObject({ step: 4, view: 'frage', summaryReached: false });
  });
  test('shows the summary after the last question', () => {
    expect(goForward(state({ step: STEP_COUNT - 1 }))).toMatchObject({ view: 'frage', step: STEP_COUNT });
    expect(goForward(state({ step: STEP_COUNT }))).toMatchObject({ view: 'pruefen', summaryReached: true });
  });
  test('returns to the summary after an „Ändern“', () => {
    expect(goForward(state({ step: 2, summaryReached: true }))).toMatchObject({ step: 2, view: 'pruefen' });
  });
});

describe('summaryIsNear (when the island loads the summary’s code)', () => {
  test('is false on the questions before the last in a first run', () => {
    expect(summaryIsNear(state({ step: 1 }))).toBe(false);
    expect(summaryIsNear(state({ step: STEP_COUNT - 1 }))).toBe(false);
  });
  test('is true on the last question, where „Weiter“ leads to the summary', () => {
    expect(summaryIsNear(state({ step: STEP_COUNT }))).toBe(true);
  });
  test('is true on any question reached from the summary, and on the summary and the result', () => {
    expect(summaryIsNear(state({ step: 2, summaryReached: true }))).toBe(true);
    expect(summaryIsNear(state({ view: 'pruefen', summaryReached: true }))).toBe(true);
    expect(summaryIsNear(state({ view: 'ergebnis', summaryReached: true }))).toBe(true);
  });
  test('follows the length of the question list', () => {
    expect(summaryIsNear(state({ step: 3 }), QUESTIONS.slice(0, 3))).toBe(true);
  });
});

describe('goBack', () => {
  test('moves to the previous question and never before the first', () => {
    expect(goBack(state({ step: 4 })).step).toBe(3);
    expect(goBack(state({ step: 1 })).step).toBe(1);
  });
  test('returns to the summary for a reader who came from there', () => {
    expect(goBack(state({ step: 4, summaryReached: true })).view).toBe('pruefen');
  });
  test('goes from the summary to the last question, also once the result has been seen', () => {
    expect(goBack(state({ view: 'pruefen', summaryReached: true }))).toMatchObject({ view: 'frage', step: STEP_COUNT });
    expect(goBack(state({ view: 'ergebnis', summaryReached: true }))).toMatchObject({ view: 'frage', step: STEP_COUNT });
  });
});

describe('hasBack', () => {
  test('hides the back link only on the first question of a first run', () => {
    expect(hasBack(state())).toBe(false);
    expect(hasBack(state({ step: 2 }))).toBe(true);
    expect(hasBack(state({ summaryReached: true }))).toBe(true);
  });
});

describe('goToQuestion', () => {
  test('opens a question and keeps the step in range', () => {
    expect(goToQuestion(state({ view: 'pruefen' }), 6)).toMatchObject({ view: 'frage', step: 6 });
    expect(goToQuestion(state(), 42).step).toBe(STEP_COUNT);
  });
});

describe('goToResult', () => {
  test('shows the result for complete answers', () => {
    expect(goToResult(state({ answers: PROFILES.lockerLokal, view: 'pruefen' })).view).toBe('ergebnis');
  });
  test('stays put while a question is open', () => {
    const s = state({ answers: STATES.partial.answers, view: 'pruefen' });
    expect(goToResult(s)).toBe(s);
  });
});

describe('positionOf and goToPosition (the browser history of the questionnaire)', () => {
  test('a question page is remembered by its step, the summary and the result as the summary', () => {
    expect(positionOf(state({ step: 4 }))).toEqual({ view: 'frage', step: 4 });
    expect(positionOf(state({ view: 'ergebnis', step: 9, summaryReached: true }))).toEqual({ view: 'pruefen', step: 9 });
  });

  test('goes back to the question an entry names, within the list', () => {
    expect(goToPosition(state({ step: 5 }), { view: 'frage', step: 2 })).toMatchObject({ view: 'frage', step: 2 });
    expect(goToPosition(state({ step: 5 }), { view: 'frage', step: 40 })).toMatchObject({ view: 'frage', step: STEP_COUNT });
  });

  test('goes to the summary only once the reader has reached it', () => {
    expect(goToPosition(state({ step: 9, summaryReached: true }), { view: 'pruefen', step: 9 })).toMatchObject({ view: 'pruefen' });
    expect(goToPosition(state({ step: 3 }), { view: 'pruefen', step: 9 })).toMatchObject({ view: 'frage', step: 3 });
  });

  test('ignores history entries that are not its own', () => {
    for (const entry of [null, undefined, 'frage', { view: 'ergebnis' }, { view: 'frage', step: '2' }, { view: 'frage', step: 1.5 }]) expect(goToPosition(state(), entry)).toBeNull();
  });
});
