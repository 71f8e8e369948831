import { describe, expect, test } from 'vitest';
import { answersDefinition, emptyAnswers, type Answers, type SelbsttestState } from '../../../src/lib/questionnaire/answers-schema';
import {
  QUESTIONS,
  STEP_COUNT,
  answerText,
  answeredCount,
  applyAnswer,
  errorTargetId,
  goBack,
  goForward,
  goToQuestion,
  goToResult,
  hasBack,
  inputId,
  isComplete,
  mainPurpose,
  needsMainPurpose,
  openSteps,
  openStepsText,
  parseHours,
  progressText,
  questionForStep,
  started,
  stepProblems,
  summaryRows,
  toggleChoice,
  validateStep,
} from '../../../src/lib/questionnaire/questionnaire';
import { CHAPTER_SLUGS } from '../../../src/lib/guide/guide-links';
import { QUESTIONNAIRE_TEXTS as T } from '../../../src/lib/questionnaire/questionnaire-texts';
import { PROFILES, STATES } from '../../fixtures/answers-states';

const profiles = Object.entries(PROFILES) as [string, Answers][];
const state = (over: Partial<SelbsttestState> = {}): SelbsttestState => ({ ...answersDefinition.initial(), ...over });

describe('QUESTIONS', () => {
  test('has nine steps numbered 1 to 9 in order', () => {
    expect(QUESTIONS.map((q) => q.step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(STEP_COUNT).toBe(9);
  });

  test.each(QUESTIONS.map((q) => [q.step, q] as const))('question %i explains why it asks and links a real chapter', (step, q) => {
    const words = T.questions[step - 1]!;
    expect(words.why.length).toBeGreaterThan(40);
    expect(words.why.length).toBeLessThan(200);
    expect(CHAPTER_SLUGS).toContain(q.chapter);
    expect(words.title.endsWith('?')).toBe(true);
  });

  test('offers „Weiß ich noch nicht“ last in every choice group', () => {
    for (const q of QUESTIONS) {
      for (const part of q.parts) {
        if (part.kind === 'radio' || part.kind === 'checkbox') expect(part.choices.at(-1), `${q.step} ${part.field}`).toBe('unklar');
      }
    }
  });

  test('uses every input id once', () => {
    const ids = QUESTIONS.flatMap((q) => q.parts.flatMap((p) => (p.kind === 'radio' || p.kind === 'checkbox' ? p.choices.map((c) => inputId(p.field, c)) : [inputId(p.field)])));
    expect(new Set(ids).size).toBe(ids.length);
  });
});


describe('questionForStep', () => {
  test('refuses a step that does not exist', () => {
    expect(() => questionForStep(0)).toThrow('Frage 0');
    expect(() => questionForStep(10)).toThrow();
  });
});

describe('progressText', () => {
  test('says honestly where the reader is', () => {
    expect(progressText(3)).toBe('Frage 3 von 9');
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
  test.each(QUESTIONS.map((q) => [q.step]))('asks for an answer on step %i when nothing is answered', (step) => {
    const errors = validateStep(step, emptyAnswers(), T);
    const required = questionForStep(step).parts.filter((p) => p.kind !== 'text' && p.kind !== 'main-purpose');
    expect(errors.map((e) => e.field)).toEqual(required.map((p) => p.field));
    for (const error of errors) expect(error.message).toMatch(/^(Wähle|Gib)/);
  });

  test.each(profiles)('accepts every step of the %s profile', (_, answers) => {
    for (let step = 1; step <= STEP_COUNT; step++) expect(validateStep(step, answers, T)).toEqual([]);
  });

  test('links each error to the first choice of its group', () => {
    expect(validateStep(1, emptyAnswers(), T)[0]).toEqual({
      field: 'form',
      fieldId: 'frage-form-online',
      message: 'Wähle aus, ob du dich online, vor Ort oder auf beiden Wegen vernetzen möchtest – oder „Weiß ich noch nicht“.',
    });
  });

  test('asks for the main purpose when two purposes are chosen without one', () => {
    const errors = validateStep(2, { ...emptyAnswers(), zwecke: ['austausch', 'trends'] }, T);
    expect(errors).toEqual([{ field: 'hauptzweck', fieldId: 'frage-hauptzweck-austausch', message: 'Wähle aus, welcher Zweck dir am wichtigsten ist.' }]);
  });

  test('does not ask for a main purpose with one purpose or „Weiß ich noch nicht“', () => {
    expect(validateStep(2, { ...emptyAnswers(), zwecke: ['trends'] }, T)).toEqual([]);
    expect(validateStep(2, { ...emptyAnswers(), zwecke: ['unklar'] }, T)).toEqual([]);
  });

  test.each([
    ['', 'Gib an, wie viele Stunden im Monat du einplanen kannst – oder wähle „Weiß ich noch nicht“.'],
    ['   ', 'Gib an, wie viele Stunden im Monat du einplanen kannst – oder wähle „Weiß ich noch nicht“.'],
    ['ein paar', 'Gib die Stunden als Zahl an, zum Beispiel 4 oder 2,5.'],
    ['161', 'Gib höchstens 160 Stunden an – das wäre schon eine volle Arbeitsstelle.'],
  ])('explains what is wrong with the hours „%s“', (stunden, message) => {
    expect(validateStep(6, { ...emptyAnswers(), stunden }, T)).toEqual([{ field: 'stunden', fieldId: 'frage-stunden', message }]);
  });

  test('accepts 0 and 160 hours, and „Weiß ich noch nicht“', () => {
    expect(validateStep(6, { ...emptyAnswers(), stunden: '0' }, T)).toEqual([]);
    expect(validateStep(6, { ...emptyAnswers(), stunden: '160' }, T)).toEqual([]);
    expect(validateStep(6, { ...emptyAnswers(), stundenUnklar: true }, T)).toEqual([]);
  });

  test('flags keywords longer than 500 characters and says how long they are', () => {
    const errors = validateStep(7, { ...emptyAnswers(), angebot: ['wissen'], angebotDetails: 'a'.repeat(501) }, T);
    expect(errors).toEqual([{ field: 'angebotDetails', fieldId: 'frage-angebotDetails', message: 'Deine Stichworte dürfen höchstens 500 Zeichen lang sein. Jetzt sind es 501.' }]);
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
    expect(openSteps(emptyAnswers())).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(isComplete(emptyAnswers())).toBe(false);
  });
  test('list the steps after the fourth for the partial state', () => {
    expect(openSteps(STATES.partial.answers)).toEqual([5, 6, 7, 8, 9]);
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
    expect(goForward(state({ step: 9 }))).toMatchObject({ view: 'pruefen', summaryReached: true });
  });
  test('returns to the summary after an „Ändern“', () => {
    expect(goForward(state({ step: 2, summaryReached: true }))).toMatchObject({ step: 2, view: 'pruefen' });
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
    expect(goBack(state({ view: 'pruefen', summaryReached: true }))).toMatchObject({ view: 'frage', step: 9 });
    expect(goBack(state({ view: 'ergebnis', summaryReached: true }))).toMatchObject({ view: 'frage', step: 9 });
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
    expect(goToQuestion(state(), 42).step).toBe(9);
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

describe('answerText and summaryRows', () => {
  test('describe the freelancer profile in words', () => {
    expect(summaryRows(PROFILES.freiberuflerinRegional, T)).toEqual([
      { step: 1, label: 'Treffpunkt', value: 'Gemischt (online und vor Ort)' },
      { step: 2, label: 'Zweck', value: 'Vor allem: Neue Aufträge. Außerdem: Erfahrungsaustausch.' },
      { step: 3, label: 'Größe und Zusammensetzung', value: 'Größe: Kleiner, vertrauter Kreis. Zusammensetzung: Über viele Branchen hinweg.' },
      { step: 4, label: 'Reichweite', value: 'Regional' },
      { step: 5, label: 'Zugang', value: 'Offen für alle' },
      { step: 6, label: 'Zeit', value: '6 Stunden im Monat' },
      { step: 7, label: 'Dein Beitrag', value: 'Wissen und Kontakte – Texte redigieren, Kontakte zu Druckereien' },
      { step: 8, label: 'Kontakte', value: 'Geschäftsführung' },
      { step: 9, label: 'Ton', value: 'Streng beruflich' },
    ]);
  });

  test('say „Weiß ich noch nicht“ for every open answer', () => {
    for (const row of summaryRows(PROFILES.allesUnklar, T)) {
      expect(row.value, row.label).toContain('Weiß ich noch nicht');
    }
  });

  test('leave unanswered questions empty', () => {
    expect(answerText(6, emptyAnswers(), T)).toBeNull();
    expect(summaryRows(STATES.partial.answers, T).filter((r) => r.value === null).map((r) => r.step)).toEqual([5, 6, 7, 8, 9]);
  });
});

describe('openStepsText', () => {
  test('names the open questions', () => {
    expect(openStepsText([2, 6, 9], T)).toBe('Zweck, Zeit und Ton');
  });
});
