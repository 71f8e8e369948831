/**
 * What the questionnaire's answers mean: the ideal network in plain words, the kinds of network
 * that fit (by explicit rules, each with its reason), the time-budget verdict and the
 * give-before-take reminder. Pure functions of the answers.
 *
 * The words come in as `RecommendationTexts` (see recommendation-texts.ts), so that the page can
 * hand them to the island as HTML data; the rules and thresholds live here.
 */
import type { Answers } from '../questionnaire/answers-schema';
import type { ChapterSlug } from '../guide/guide-links';
import { NETWORK_KINDS, type KindId } from './network-kinds';
import type { KindWords } from '../../i18n/de/network-kinds';
import { type Access, type Composition, type Form, type Labels, type Level, type Offer, type Purpose, type Reach, type Size, type Tone, type Unknown } from '../questionnaire/profile-options';
import { fill, formatList } from '../../i18n/format';
import { hoursPerMonth } from '../questionnaire/hours';
import { chosenOffers, offerItems, ownOfferWords } from '../questionnaire/offer';
import { describeProfile, type ProfileLine } from './profile';
import { chosenPurposes, mainPurpose } from '../questionnaire/questionnaire';
import { formatHours } from '../../i18n/units';

export { hoursPerMonth };
export { chosenOffers, offerItems, ownOfferWords };
export { describeProfile, type ProfileLine };

// ---------------------------------------------------------------------------------------------
// Values the planner reuses

// ---------------------------------------------------------------------------------------------
// The words

type Sentences<T extends string> = Readonly<Record<T | Unknown, string>>;

/** Every sentence the result is made of; `{name}` marks a value filled in by the rules. */
export interface RecommendationTexts {
  /** Short names of the options (profile-options LABELS). */
  labels: Labels;
  profile: {
    /** Dimension names, in the order of the profile. */
    labels: Readonly<Record<'form' | 'zweck' | 'groesse' | 'zusammensetzung' | 'reichweite' | 'zugang' | 'zeit' | 'beitrag' | 'kontakte' | 'ton', string>>;
    form: Sentences<Form>;
    groesse: Sentences<Size>;
    zusammensetzung: Sentences<Composition>;
    reichweite: Sentences<Reach>;
    zugang: Sentences<Access>;
    ton: Sentences<Tone>;
    /** „to …“ phrases of the purposes, for „dient vor allem dazu, {ziel}“. */
    purposes: Readonly<Record<Purpose, string>>;
    zweck: string;
    zweckWeitere: string;
    zweckUnklar: string;
    zeit: string;
    zeitNull: string;
    zeitUnklar: string;
    beitrag: string;
    beitragUnklar: string;
    /** Dative forms of the levels, for „bringt dich mit {ebenen} zusammen“. */
    levels: Readonly<Record<Level, string>>;
    kontakte: string;
    kontakteUnklar: string;
  };
  /** The reason each rule gives, by rule id. */
  rules: Readonly<Record<string, string>>;
  /** Why a kind without blocking rule is still not recommended. */
  tooLittle: string;
  kinds: Readonly<Record<KindId, KindWords>>;
  time: {
    titles: Readonly<Record<TimeLevel, string>>;
    purposeOpen: string;
    starter: string;
    starterWithHours: string;
    hoursOpen: string;
    zero: string;
    tooLittleOne: string;
    tooLittle: string;
    tooLittleAdvice: string;
    tightOne: string;
    tight: string;
    realistic: string;
    otherOne: string;
    otherMany: string;
  };
  give: {
    intro: string;
    unsure: string;
    unsureIdeas: readonly string[];
    ideas: Readonly<Record<Offer, string>>;
  };
}

// ---------------------------------------------------------------------------------------------
// Recommendations: explicit rules per kind of network

/**
 * When a rule fires: `[field, ...values]` – the answer to `field` is (or, for several answers,
 * includes) one of `values`; `['stunden-unter', n]` – fewer than n hours a month are known;
 * `['immer']` – always (general advice shown with a recommendation).
 */
export type Condition = readonly [field: keyof Answers, ...values: string[]] | readonly ['stunden-unter', number] | readonly ['immer'];

/** A rule that speaks for or against a kind of network; its reason is `texts.rules[id]`. */
export interface Rule {
  /** Stable id; also the key of its reason. */
  id: string;
  if: Condition;
  /** Only for fitting rules: how strongly the rule speaks for the kind. */
  points?: number;
}

export interface KindRules {
  kind: KindId;
  /** Each firing rule adds its points and its reason. */
  fits: readonly Rule[];
  /** Any firing rule rules the kind out, whatever the points. */
  blocks: readonly Rule[];
  /** Firing rules add a caveat to a recommendation without changing it. */
  caveats: readonly Rule[];
}

/**
 * Whether a rule's condition holds for the answers.
 * @example holds(['reichweite', 'lokal', 'regional'], { …, reichweite: 'regional' }) // true
 */
export function holds(condition: Condition, answers: Answers): boolean {
  const [field, ...values] = condition;
  if (field === 'immer') return true;
  if (field === 'stunden-unter') {
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
  title: string;
  examples: string;
  points: number;
  /** Why it fits: the reasons of every firing rule, strongest first. */
  reasons: string[];
  /** What to keep in mind. */
  caveats: string[];
  /** The guide chapter that explains it. */
  chapter: ChapterSlug;
  /** The ids of the rules that fired, for tests and debugging. */
  ruleIds: string[];
}

export interface NotRecommended {
  kind: KindId;
  title: string;
  /** Why not: the first blocking rule, or that too little speaks for it. */
  reason: string;
  ruleIds: string[];
}

export interface RecommendationResult {
  recommended: Recommendation[];
  notRecommended: NotRecommended[];
}

/**
 * Applies the rules (RULES in recommendation-rules.ts) to the answers. Kinds with at least
 * RECOMMEND_MIN_POINTS and no blocking rule are recommended, strongest first (ties keep the
 * order of the rules); all others come with
 * the reason they are not.
 */
export function recommend(answers: Answers, rules: readonly KindRules[], texts: RecommendationTexts): RecommendationResult {
  const recommended: Recommendation[] = [];
  const notRecommended: NotRecommended[] = [];
  const reason = (rule: Rule) => texts.rules[rule.id] ?? '';
  const ids = (rules: readonly Rule[]) => rules.map((r) => r.id);
  for (const kindRules of rules) {
    const kind = texts.kinds[kindRules.kind];
    const fits = kindRules.fits.filter((r) => holds(r.if, answers)).sort((x, y) => (y.points ?? 0) - (x.points ?? 0));
    const block = kindRules.blocks.find((r) => holds(r.if, answers));
    const points = fits.reduce((sum, r) => sum + (r.points ?? 0), 0);
    if (block || points < RECOMMEND_MIN_POINTS) {
      notRecommended.push({ kind: kindRules.kind, title: kind.title, reason: block ? reason(block) : texts.tooLittle, ruleIds: ids(block ? [block, ...fits] : fits) });
      continue;
    }
    const caveats = kindRules.caveats.filter((r) => holds(r.if, answers));
    recommended.push({
      kind: kindRules.kind,
      title: kind.title,
      examples: kind.examples,
      points,
      reasons: fits.map(reason),
      caveats: caveats.map(reason),
      chapter: NETWORK_KINDS[kindRules.kind].chapter,
      ruleIds: ids([...fits, ...caveats]),
    });
  }
  recommended.sort((x, y) => y.points - x.points);
  return { recommended, notRecommended };
}

/** The ids of the recommended kinds, best first – for the network check and the plan. */
export function recommendedKinds(answers: Answers, rules: readonly KindRules[], texts: RecommendationTexts): KindId[] {
  return recommend(answers, rules, texts).recommended.map((r) => r.kind);
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

export interface TimeVerdict {
  level: TimeLevel;
  /** Short verdict for the status tag. */
  title: string;
  text: string;
  /** The thresholds used, when a main purpose is known. */
  need: { minimum: number; comfortable: number } | null;
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
export function timeVerdict(answers: Answers, texts: RecommendationTexts): TimeVerdict {
  const t = texts.time;
  const main = mainPurpose(answers);
  const hours = hoursPerMonth(answers);
  const need = main === null ? null : timeNeed(main, answers.form);
  const verdict = (level: TimeLevel, text: string): TimeVerdict => ({ level, title: t.titles[level], text, need });
  const stunden = hours === null ? '' : formatHours(hours);

  if (main === null || need === null) {
    return verdict('offen', t.purposeOpen + (hours === null || hours < 2 ? t.starter : fill(t.starterWithHours, { stunden })));
  }
  const values = { stunden, ziel: texts.profile.purposes[main], minimum: formatHours(need.minimum), bequem: formatHours(need.comfortable) };
  if (hours === null) return verdict('offen', fill(t.hoursOpen, values));

  const others = chosenPurposes(answers).filter((p) => p !== main);
  const othersNote = others.length === 0 ? '' : fill(others.length === 1 ? t.otherOne : t.otherMany, { andere: formatList(others.map((p) => texts.labels[p])) });
  if (hours < need.minimum) {
    const start = hours === 0 ? t.zero : fill(hours === 1 ? t.tooLittleOne : t.tooLittle, values);
    return verdict('zu-wenig', start + fill(t.tooLittleAdvice, values) + othersNote);
  }
  if (hours < need.comfortable) return verdict('knapp', fill(hours === 1 ? t.tightOne : t.tight, values) + othersNote);
  return verdict('realistisch', fill(t.realistic, values));
}

// ---------------------------------------------------------------------------------------------
// Give before take

export interface GiveReminder {
  text: string;
  /** Concrete first gifts, one per thing the reader can offer. */
  ideas: string[];
  /** The reader's own keywords, if any. */
  ownWords: string[];
}

/** The give-before-take reminder, built from what the reader said they can offer. */
export function giveBeforeTake(answers: Answers, texts: RecommendationTexts): GiveReminder {
  const t = texts.give;
  const offers = chosenOffers(answers);
  const ownWords = ownOfferWords(answers);
  if (offers.length === 0) return { text: t.unsure, ideas: [...t.unsureIdeas], ownWords };
  return { text: fill(t.intro, { angebot: formatList(offers.map((o) => texts.labels[o])) }), ideas: offers.map((o) => t.ideas[o]), ownWords };
}
