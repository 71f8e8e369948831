/**
 * What the questionnaire's answers mean: the ideal network (profile.ts), the kinds of network
 * that fit (by explicit rules, each with its reason), the time-budget verdict and the
 * give-before-take reminder. Pure functions of the answers that return codes: rule ids, kind
 * ids, sentence codes and numbers. The words are in `src/i18n/de/recommendations.ts`, under the
 * same ids; the result island renders them.
 */
import type { Answers } from '../questionnaire/answers-schema';
import type { ChapterSlug } from '../guide/guide-links';
import { EFFORTS, type Effort } from './effort';
import type { KindId } from './network-kinds';
import type { Offer, Purpose } from '../questionnaire/profile-options';
import { hoursPerMonth } from '../questionnaire/hours';
import { chosenOffers, offerItems, ownOfferWords } from '../questionnaire/offer';
import { describeProfile, type ProfileLine, type ProfileParams } from './profile';
import { chosenPurposes, mainPurpose } from '../questionnaire/purposes';

export { hoursPerMonth };
export { chosenOffers, offerItems, ownOfferWords };
export { describeProfile, type ProfileLine, type ProfileParams };

// ---------------------------------------------------------------------------------------------
// Recommendations: explicit rules per kind of network

/**
 * When a rule fires: `[field, ...values]` – the answer to `field` is (or, for several answers,
 * includes) one of `values`; `['hours-below', n]` – fewer than n hours a month are known;
 * `['always']` – always (general advice shown with a recommendation).
 */
export type Condition = readonly [field: keyof Answers, ...values: string[]] | readonly ['hours-below', number] | readonly ['always'];

/** A rule that speaks for or against a kind of network; its reason is `rules[id]` in the dictionary. */
export interface Rule {
  /** Stable id; also the key of its reason. */
  id: string;
  if: Condition;
  /** Only for fitting rules: how strongly the rule speaks for the kind. */
  points?: number;
}

export interface KindRules {
  kind: KindId;
  /** The guide chapter that explains the kind (NETWORK_KINDS; copied into the table so the page's script need not load it). */
  chapter: ChapterSlug;
  /** The time a typical visit costs (NETWORK_KINDS), for the time cap. */
  effort: Effort;
  /** Each firing rule adds its points and its reason. */
  fits: readonly Rule[];
  /** Any firing rule rules the kind out, whatever the points. */
  blocks: readonly Rule[];
  /** Firing rules add a caveat to a recommendation without changing it. */
  caveats: readonly Rule[];
  /**
   * Ids of fitting rules that explain, when the kind is not recommended, what would speak for it:
   * the first one that does not hold for the reader is the reason (`missing[id]` in the dictionary),
   * shown with the reader's own answer to its field.
   */
  missing: readonly string[];
}

/**
 * Whether a rule's condition holds for the answers.
 * @example holds(['reichweite', 'lokal', 'regional'], { …, reichweite: 'regional' }) // true
 */
export function holds(condition: Condition, answers: Answers): boolean {
  const [field, ...values] = condition;
  if (field === 'always') return true;
  if (field === 'hours-below') {
    const hours = hoursPerMonth(answers);
    return hours !== null && hours < (values[0] as number);
  }
  const answer = answers[field];
  return Array.isArray(answer) ? values.some((v) => answer.includes(v as never)) : values.includes(answer as never);
}

/** A kind is recommended with at least this many points and no blocking rule. */
export const RECOMMEND_MIN_POINTS = 2;


export interface Recommendation {
  kind: KindId;
  points: number;
  /** Why it fits: the ids of every firing rule, strongest first (their reasons are `rules[id]`). */
  reasons: string[];
  /** What to keep in mind: the ids of the firing caveats. */
  caveats: string[];
  /** The guide chapter that explains it. */
  chapter: ChapterSlug;
  /** The ids of the rules that fired, for tests and debugging. */
  ruleIds: string[];
}

/**
 * Why a kind is not recommended, in terms of the reader's answers: a blocking rule (`rules[rule]`);
 * a defining answer the reader gave differently (`missing[rule]`, with the reader's answer to
 * `field`); the points it has from the reader's answers (`fewPoints`); or the time verdict, which
 * allows only `max` kinds (`timeCap`).
 */
export type NotReason =
  | { code: 'block'; rule: string }
  | { code: 'missing'; rule: string; field: keyof Answers }
  | { code: 'few-points'; points: number }
  | { code: 'time-cap'; max: number };

export interface NotRecommended {
  kind: KindId;
  reason: NotReason;
  ruleIds: string[];
}

/**
 * Which recommendation to start with, and why: the strongest (`points`), or – with too little
 * time – the one that costs least time of those that fit (`effort`).
 */
export interface FirstStep {
  kind: KindId;
  why: 'points' | 'effort';
  /** With too little time: the second kind, to take up once the first is running. */
  then: KindId | null;
}

export interface RecommendationResult {
  recommended: Recommendation[];
  notRecommended: NotRecommended[];
  first: FirstStep | null;
}

/** With too little time for the main purpose („zu wenig“), at most this many kinds are recommended. */
export const TIME_CAP = 2;

/** The reason a kind without a blocking rule is not recommended, from its `missing` rules. */
function missingReason(kindRules: KindRules, answers: Answers, points: number): NotReason {
  for (const id of kindRules.missing) {
    const rule = kindRules.fits.find((r) => r.id === id);
    if (!rule || holds(rule.if, answers)) continue;
    const [field] = rule.if;
    if (field !== 'always' && field !== 'hours-below') return { code: 'missing', rule: id, field };
  }
  // Every `missing` rule holds, so they gave points: the kind has some, just not enough.
  return { code: 'few-points', points };
}

/**
 * Applies the rules (RULES in recommendation-rules.ts) to the answers. Kinds with at least
 * RECOMMEND_MIN_POINTS and no blocking rule are recommended, strongest first (ties keep the
 * order of the rules); all others come with the reason they are not. When the time verdict says
 * „zu wenig“, only TIME_CAP kinds stay, those costing least time first (then by points); the
 * others are listed as not recommended because of the time.
 */
export function recommend(answers: Answers, rules: readonly KindRules[]): RecommendationResult {
  let recommended: Recommendation[] = [];
  const notRecommended: NotRecommended[] = [];
  const ids = (rules: readonly Rule[]) => rules.map((r) => r.id);
  for (const kindRules of rules) {
    const fits = kindRules.fits.filter((r) => holds(r.if, answers)).sort((x, y) => (y.points ?? 0) - (x.points ?? 0));
    const block = kindRules.blocks.find((r) => holds(r.if, answers));
    const points = fits.reduce((sum, r) => sum + (r.points ?? 0), 0);
    if (block || points < RECOMMEND_MIN_POINTS) {
      const reason: NotReason = block ? { code: 'block', rule: block.id } : missingReason(kindRules, answers, points);
      notRecommended.push({ kind: kindRules.kind, reason, ruleIds: ids(block ? [block, ...fits] : fits) });
      continue;
    }
    const caveats = kindRules.caveats.filter((r) => holds(r.if, answers));
    recommended.push({
      kind: kindRules.kind,
      points,
      reasons: ids(fits),
      caveats: ids(caveats),
      chapter: kindRules.chapter,
      ruleIds: ids([...fits, ...caveats]),
    });
  }
  recommended.sort((x, y) => y.points - x.points);
  if (timeVerdict(answers).level !== 'zu-wenig' || recommended.length === 0) {
    return { recommended, notRecommended, first: recommended[0] ? { kind: recommended[0].kind, why: 'points', then: null } : null };
  }
  const effortOf = new Map(rules.map((k) => [k.kind, EFFORTS.indexOf(k.effort)]));
  const effort = (r: Recommendation) => effortOf.get(r.kind) ?? EFFORTS.length;
  recommended.sort((x, y) => effort(x) - effort(y) || y.points - x.points);
  const dropped = recommended.slice(TIME_CAP).map((r): NotRecommended => ({ kind: r.kind, reason: { code: 'time-cap', max: TIME_CAP }, ruleIds: r.ruleIds }));
  recommended = recommended.slice(0, TIME_CAP);
  return { recommended, notRecommended: [...dropped, ...notRecommended], first: { kind: recommended[0]!.kind, why: 'effort', then: recommended[1]?.kind ?? null } };
}

/**
 * Advice on the form of taking part (FORMAT_RULES in recommendation-rules.ts): the ids of the
 * rules that hold for the reader's comfort answers, in the order of the rules.
 */
export function formatAdvice(answers: Answers, rules: readonly Rule[]): string[] {
  return rules.filter((r) => holds(r.if, answers)).map((r) => r.id);
}

/** The ids of the recommended kinds, best first – for the network check and the plan. */
export function recommendedKinds(answers: Answers, rules: readonly KindRules[]): KindId[] {
  return recommend(answers, rules).recommended.map((r) => r.kind);
}

// ---------------------------------------------------------------------------------------------
// Time budget

/**
 * Hours per month a purpose needs: below `minimum` it is not realistic, from `comfortable` on
 * there is room to take part regularly, follow up and contribute. Our own rule of thumb, not a
 * study: one evening meeting with travel and follow-up takes about three hours; winning clients
 * needs steady presence, staying informed little more than reading and an occasional event.
 */
export const TIME_NEEDS: Readonly<Record<Purpose, { minimum: number; comfortable: number }>> = {
  trends: { minimum: 1, comfortable: 3 },
  austausch: { minimum: 2, comfortable: 4 },
  karriere: { minimum: 4, comfortable: 8 },
  kooperation: { minimum: 4, comfortable: 8 },
  auftraege: { minimum: 6, comfortable: 10 },
};

/** Meeting only in person adds travel: this many hours on both thresholds. */
export const IN_PERSON_EXTRA_HOURS = 1;

export type TimeLevel = 'realistisch' | 'knapp' | 'zu-wenig' | 'offen';

/**
 * One sentence of the time verdict: `time[code]` in the dictionary, a plural form when `count`
 * is given (the hours, or the number of other purposes).
 */
export interface TimeSentence {
  code: 'purposeOpen' | 'starter' | 'starterWithHours' | 'hoursOpen' | 'zero' | 'tooLittle' | 'tooLittleAdvice' | 'tight' | 'realistic' | 'others';
  count?: number;
}

export interface TimeVerdict {
  level: TimeLevel;
  /** The verdict, sentence by sentence. */
  sentences: TimeSentence[];
  /** The thresholds used, when a main purpose is known. */
  need: { minimum: number; comfortable: number } | null;
  /** The values the sentences name. */
  hours: number | null;
  purpose: Purpose | null;
  /** The other purposes chosen, which the hours are not judged for. */
  others: Purpose[];
}

/** The hours a purpose needs for this reader (in person costs travel). */
export function timeNeed(purpose: Purpose, form: Answers['form']): { minimum: number; comfortable: number } {
  const base = TIME_NEEDS[purpose];
  const extra = form === 'praesenz' ? IN_PERSON_EXTRA_HOURS : 0;
  return { minimum: base.minimum + extra, comfortable: base.comfortable + extra };
}

/**
 * Whether the main purpose is realistic for the hours given, with the thresholds of TIME_NEEDS:
 * below minimum „zu wenig“, from minimum „knapp“, from comfortable „realistisch“; „offen“ when
 * the hours or the purpose are unknown.
 */
export function timeVerdict(answers: Answers): TimeVerdict {
  const main = mainPurpose(answers);
  const hours = hoursPerMonth(answers);
  const need = main === null ? null : timeNeed(main, answers.form);
  const others = main === null ? [] : chosenPurposes(answers).filter((p) => p !== main);
  const verdict = (level: TimeLevel, ...sentences: TimeSentence[]): TimeVerdict => ({ level, sentences, need, hours, purpose: main, others });
  const othersNote: TimeSentence[] = others.length === 0 ? [] : [{ code: 'others', count: others.length }];

  if (need === null) return verdict('offen', { code: 'purposeOpen' }, { code: hours === null || hours < 2 ? 'starter' : 'starterWithHours' });
  if (hours === null) return verdict('offen', { code: 'hoursOpen' });
  if (hours < need.minimum) return verdict('zu-wenig', hours === 0 ? { code: 'zero' } : { code: 'tooLittle', count: hours }, { code: 'tooLittleAdvice' }, ...othersNote);
  if (hours < need.comfortable) return verdict('knapp', { code: 'tight', count: hours }, ...othersNote);
  return verdict('realistisch', { code: 'realistic' });
}

// ---------------------------------------------------------------------------------------------
// Give before take

export interface GiveReminder {
  /** The reader does not know yet what to offer: the reminder encourages them with general first gifts. */
  unsure: boolean;
  /** What the reader can offer, one first gift each. */
  offers: Offer[];
  /** The reader's own keywords, if any. */
  ownWords: string[];
}

/** The give-before-take reminder, built from what the reader said they can offer: one first gift per offer. */
export function giveBeforeTake(answers: Answers): GiveReminder {
  const offers = chosenOffers(answers);
  return { unsure: offers.length === 0, offers, ownWords: ownOfferWords(answers) };
}
