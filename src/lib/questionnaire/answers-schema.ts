import * as v from 'valibot';
import type { StoredValueDefinition } from '../storage/stored-value';
import { ACCESSES, COMPANIONS, COMPOSITIONS, ENERGIES, FORMS, LEVELS, OFFERS, PURPOSES, REACHES, ROLES, SIZES, TONES, UNKNOWN } from './profile-options';

/**
 * Stored strings may be longer than the form accepts, so that a value the reader is still
 * typing is kept (and flagged) instead of cut off; these are the hard limits of storage.
 */
export const STORED_LIMITS = { stunden: 40, angebotDetails: 2000 } as const;

/** One answer out of `values`, „Weiß ich noch nicht“, or null while unanswered. */
function single<const T extends readonly string[]>(values: T) {
  return v.nullable(v.picklist([...values, UNKNOWN] as const));
}

/** Several answers out of `values` without repeats; „Weiß ich noch nicht“ only on its own. */
function several<const T extends readonly string[]>(values: T) {
  return v.pipe(
    v.array(v.picklist([...values, UNKNOWN] as const)),
    v.check((list) => new Set(list).size === list.length && (!list.includes(UNKNOWN) || list.length === 1), 'no answer twice, and "unklar" only on its own'),
  );
}

/** The reader's answers, one field per part of the questions (questions.ts). Unanswered: null, [] or ''. */
export const answersSchema = v.object({
  /** 1 – where the network meets. */
  form: single(FORMS),
  /** 2 – what the network is for (several allowed). */
  zwecke: several(PURPOSES),
  /** 2 – the main purpose; needed once two or more purposes are chosen. */
  hauptzweck: v.nullable(v.picklist(PURPOSES)),
  /** 3 – small circle or large network. */
  groesse: single(SIZES),
  /** 3 – own profession or across industries. */
  zusammensetzung: single(COMPOSITIONS),
  /** 4 – how far the network reaches. */
  reichweite: single(REACHES),
  /** 5 – open to all or closed with admission rules. */
  zugang: single(ACCESSES),
  /** 6 – hours per month, exactly as typed (German decimal comma allowed). */
  stunden: v.pipe(v.string(), v.maxLength(STORED_LIMITS.stunden)),
  /** 6 – „Weiß ich noch nicht“ for the hours. */
  stundenUnklar: v.boolean(),
  /** 7 – what the reader can offer. */
  angebot: several(OFFERS),
  /** 7 – the offer in the reader's own words (optional). */
  angebotDetails: v.pipe(v.string(), v.maxLength(STORED_LIMITS.angebotDetails)),
  /** 8 – the level of the contacts sought. */
  ebenen: several(LEVELS),
  /** 9 – the tone the reader likes. */
  ton: single(TONES),
  /** 10 – energy from large groups or small circles (since version 2). */
  energie: single(ENERGIES),
  /** 10 – speaking up or listening (since version 2). */
  rolle: single(ROLES),
  /** 10 – going with someone or alone (since version 2). */
  begleitung: single(COMPANIONS),
});

export type Answers = v.InferOutput<typeof answersSchema>;

/** Where the reader is: a question, the check-your-answers summary, or the result. */
export const VIEWS = ['frage', 'pruefen', 'ergebnis'] as const;
export type View = (typeof VIEWS)[number];

export const selbsttestSchema = v.object({
  answers: answersSchema,
  /**
   * The question shown while `view` is 'frage', from 1. The question list bounds it, not the
   * schema (`questionForStep` shows the last question for a step beyond the list): a version with
   * fewer questions still reads the answers, and pages that only read answers need no questions.
   */
  step: v.pipe(v.number(), v.check((n) => Number.isInteger(n) && n >= 1, 'step must be a whole number from 1')),
  view: v.picklist(VIEWS),
  /** Once true, „Weiter“ on a question returns to the summary (GOV.UK „Ändern“ flow). */
  summaryReached: v.boolean(),
});

export type SelbsttestState = v.InferOutput<typeof selbsttestSchema>;

/** Answers before the reader has said anything. */
export function emptyAnswers(): Answers {
  return {
    form: null,
    zwecke: [],
    hauptzweck: null,
    groesse: null,
    zusammensetzung: null,
    reichweite: null,
    zugang: null,
    stunden: '',
    stundenUnklar: false,
    angebot: [],
    angebotDetails: '',
    ebenen: [],
    ton: null,
    energie: null,
    rolle: null,
    begleitung: null,
  };
}

/**
 * Version 1 had no comfort question. Its answers are kept as they were; the comfort parts become
 * „Weiß ich noch nicht“, so a finished self-test stays finished and its result stays visible –
 * the reader can answer the new question whenever they like.
 */
export function answersV1toV2(data: unknown): unknown {
  if (typeof data !== 'object' || data === null) return data;
  const state = data as { answers?: unknown };
  if (typeof state.answers !== 'object' || state.answers === null) return data;
  return { ...state, answers: { ...state.answers, energie: UNKNOWN, rolle: UNKNOWN, begleitung: UNKNOWN } };
}

export const answersDefinition: StoredValueDefinition<SelbsttestState> = {
  key: 'nk:selbsttest',
  version: 2,
  schema: selbsttestSchema,
  migrations: { 1: answersV1toV2 },
  initial: () => ({ answers: emptyAnswers(), step: 1, view: 'frage', summaryReached: false }),
};
