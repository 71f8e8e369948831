/**
 * What the planner keeps in this browser (`nk:planer`): goals, target groups, channels, the time
 * budget, what the reader offers, actions and contacts with their interaction logs, plus the two
 * settings of the printable plan. Every string and list is bounded so that a damaged or hostile
 * value cannot grow without limit.
 */
import * as v from 'valibot';
import { isIsoDay, isMonthDay, daysInMonth } from '../dates/iso-day';
import { isoDaySchema, optionalIsoDaySchema, NOT_A_DATE } from '../dates/day-schema';
import type { StoredValueDefinition } from '../storage/stored-value';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
/** A real calendar day (`YYYY-MM-DD`); `optionalDay` also takes '' for „no date“. */
const day = isoDaySchema;
const optionalDay = optionalIsoDaySchema;
const count = (max: number) => v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(max));

/** The planner's sections, in the order of the page. */
export const SECTION_IDS = ['ziele', 'zielgruppen', 'kanaele', 'zeitbudget', 'geben', 'aktionen', 'kontakte'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export const GOAL_KINDS = ['job', 'kunden', 'wissen', 'sichtbarkeit', 'kooperation'] as const;
export type GoalKind = (typeof GOAL_KINDS)[number];

export const GROUP_KINDS = ['organisation', 'institution', 'fachbereich', 'thema'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

/** '' means the reader has not decided yet. */
export const GROUP_LEVELS = ['', 'geschaeftsfuehrung', 'leitung', 'fachleute', 'alle'] as const;
export type GroupLevel = (typeof GROUP_LEVELS)[number];

/** The channel types of the guide; `netzwerk` is a named network, e.g. one from the network check. */
export const CHANNEL_TYPES = ['linkedin', 'xing', 'halbprivat', 'events', 'messen', 'verbaende', 'kammern', 'alumni', 'sport', 'netzwerk'] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];

export const PERIODS = ['woche', 'monat', 'quartal', 'jahr'] as const;
export type Period = (typeof PERIODS)[number];

/** How often to get in touch with a contact; '' means no fixed rhythm. */
export const RHYTHMS = ['', '2w', '1m', '2m', '3m', '6m', '12m'] as const;
export type Rhythm = (typeof RHYTHMS)[number];

export const PRIORITIES = ['A', 'B', 'C'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** How an interaction happened; '' when the reader only noted that it did. */
export const INTERACTION_CHANNELS = ['', 'treffen', 'telefon', 'video', 'nachricht', 'email', 'veranstaltung'] as const;
export type InteractionChannel = (typeof INTERACTION_CHANNELS)[number];

/** When the calendar file reminds the reader: none, on the day at 9:00, the day before at 18:00, a week before. */
export const ALARMS = ['keine', 'tag', 'vortag', 'woche'] as const;
export type Alarm = (typeof ALARMS)[number];

/**
 * Every bound of the stored planner in one place: the schema checks stored values against it, and
 * the islands take their `maxlength` and number ranges from it, so a field never allows less (or
 * more) than storage keeps.
 */
export const PLANNER_LIMITS = {
  goal: { text: 500, measure: 300 },
  group: { name: 300, people: 1000 },
  channel: { name: 200, times: 99, minutes: 1440 },
  interaction: { note: 1000 },
  contact: {
    name: 120,
    organisation: 200,
    met: 500,
    introducedBy: 200,
    topics: 1000,
    offerThem: 500,
    offerMe: 500,
    log: 1000,
    emails: 5,
    email: 254,
    phones: 5,
    phone: 40,
    profileUrl: 500,
    position: 200,
    tags: 20,
    tag: 40,
    notes: 2000,
    /** The earliest birth year a birthday takes; the latest is this year. */
    firstBirthYear: 1900,
  },
  action: { title: 300, contactIds: 50 },
  goals: 30,
  groups: 50,
  channels: 50,
  /** The reader's own hours a month, 0 to 200 (decimals allowed). */
  hoursPerMonth: 200,
  minutesPerFollowUp: 240,
  offer: 2000,
  intro: 1200,
  actions: 1000,
  contacts: 10000,
  owner: 120,
} as const;
const L = PLANNER_LIMITS;

export const goalSchema = v.object({
  id,
  kind: v.picklist(GOAL_KINDS),
  /** What the reader wants to achieve, in one sentence. */
  text: text(L.goal.text),
  /** How success is measured, e.g. „drei Gespräche“. */
  measure: text(L.goal.measure),
  deadline: optionalDay,
});

export const groupSchema = v.object({
  id,
  kind: v.picklist(GROUP_KINDS),
  /** Which organisations, institutions, fields or topics. */
  name: text(L.group.name),
  level: v.picklist(GROUP_LEVELS),
  /** Named people the reader wants to meet (optional). */
  people: text(L.group.people),
});

export const channelSchema = v.object({
  id,
  type: v.picklist(CHANNEL_TYPES),
  /** The network's name for `netzwerk`; an optional detail for the others. */
  name: text(L.channel.name),
  /** Occasions per period. */
  times: count(L.channel.times),
  per: v.picklist(PERIODS),
  minutes: count(L.channel.minutes),
});

export const interactionSchema = v.object({
  id,
  date: day,
  channel: v.picklist(INTERACTION_CHANNELS),
  note: text(L.interaction.note),
});

/** Whether `value` is a birthday the planner keeps: '' , `MM-DD` or a real `YYYY-MM-DD` from 1900 to `thisYear`. */
export function isStoredBirthday(value: string, thisYear: number): boolean {
  if (value === '' || isMonthDay(value)) return true;
  if (!isIsoDay(value)) return false;
  const year = Number(value.slice(0, 4));
  return year >= L.contact.firstBirthYear && year <= thisYear;
}

/**
 * Whether `value` is an http(s) address with a host and no spaces. A pattern, not `new URL`: it runs
 * on every planner page's first load, and links are rendered only through `safeHref`, which parses them.
 */
export function isProfileUrl(value: string): boolean {
  return /^https?:\/\/[^\s/?#:@]+(:\d+)?([/?#]\S*)?$/i.test(value);
}

const trimmed = (max: number) => v.pipe(text(max), v.check((value) => value === value.trim(), 'notTrimmed'));

export const contactSchema = v.object({
  id,
  /** Name or initials only: the planner keeps as little about other people as it can. */
  name: v.pipe(text(L.contact.name), v.minLength(1)),
  organisation: text(L.contact.organisation),
  /** Where and how the reader met this person. */
  met: text(L.contact.met),
  introducedBy: text(L.contact.introducedBy),
  /** Topics of the first conversation. */
  topics: text(L.contact.topics),
  offerThem: text(L.contact.offerThem),
  offerMe: text(L.contact.offerMe),
  /** '' , `MM-DD` (a day that exists, 29 February included) or, when the reader knows the year, `YYYY-MM-DD` (1900 to this year). */
  // The year is read from the clock only for the few birthdays that carry one: a planner of
  // thousands of contacts is checked on every load, and most birthdays are `MM-DD` or ''.
  birthday: v.pipe(v.string(), v.check((value) => isStoredBirthday(value, value.length === 10 ? new Date().getFullYear() : 0), NOT_A_DATE)),
  rhythm: v.picklist(RHYTHMS),
  priority: v.picklist(PRIORITIES),
  /** The day the contact was added; the first follow-up counts from here while the log is empty. */
  added: day,
  /** A snoozed follow-up is not due before this day; '' when not snoozed. */
  snoozedUntil: optionalDay,
  log: v.pipe(v.array(interactionSchema), v.maxLength(L.contact.log)),
  /** Up to five addresses, each trimmed and non-empty. */
  emails: v.pipe(v.array(v.pipe(trimmed(L.contact.email), v.minLength(1))), v.maxLength(L.contact.emails)),
  /** Up to five numbers, each trimmed and non-empty. */
  phones: v.pipe(v.array(v.pipe(trimmed(L.contact.phone), v.minLength(1))), v.maxLength(L.contact.phones)),
  /** '' or an http(s) address; rendered only through `safeHref`. */
  profileUrl: v.pipe(text(L.contact.profileUrl), v.check((value) => value === '' || isProfileUrl(value), 'notAUrl')),
  /** The role or job title at the organisation. */
  position: text(L.contact.position),
  /**
   * Up to 20 tags of 1 to 40 characters. That no two are the same after folding is a rule of the
   * places that add tags (`tags.ts`), not of storage: a backup with „Köln“ and „koeln“ must not be
   * refused whole, and the folding code stays out of every planner page's first load.
   */
  tags: v.pipe(v.array(v.pipe(trimmed(L.contact.tag), v.minLength(1))), v.maxLength(L.contact.tags)),
  /** Free notes of the reader. */
  notes: text(L.contact.notes),
});

export const actionSchema = v.object({
  id,
  title: v.pipe(text(L.action.title), v.minLength(1)),
  due: optionalDay,
  done: v.boolean(),
  /** '' or the id of a goal; an id of a removed goal reads as '' (see `actionGoalId`), nothing is cascaded. */
  goalId: v.union([v.literal(''), id]),
  /** The contacts this action is about; ids of removed contacts are dropped when read. */
  contactIds: v.pipe(v.array(id), v.maxLength(L.action.contactIds)),
});

export const plannerSchema = v.object({
  goals: v.pipe(v.array(goalSchema), v.maxLength(L.goals)),
  groups: v.pipe(v.array(groupSchema), v.maxLength(L.groups)),
  channels: v.pipe(v.array(channelSchema), v.maxLength(L.channels)),
  /** The reader's own budget; null takes the one from the questionnaire. */
  hoursPerMonth: v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(L.hoursPerMonth))),
  /** Minutes one follow-up takes, for the budget. */
  minutesPerFollowUp: count(L.minutesPerFollowUp),
  /** One offer per line; null takes the offer from the questionnaire. */
  offer: v.nullable(text(L.offer)),
  intro: text(L.intro),
  actions: v.pipe(v.array(actionSchema), v.maxLength(L.actions)),
  contacts: v.pipe(v.array(contactSchema), v.maxLength(L.contacts)),
  /** Sections the reader has marked as done. */
  done: v.pipe(v.array(v.picklist(SECTION_IDS)), v.maxLength(SECTION_IDS.length)),
  /** Name printed at the top of the plan (optional). */
  owner: text(L.owner),
  alarm: v.picklist(ALARMS),
});

export type Goal = v.InferOutput<typeof goalSchema>;
export type TargetGroup = v.InferOutput<typeof groupSchema>;
export type Channel = v.InferOutput<typeof channelSchema>;
export type Interaction = v.InferOutput<typeof interactionSchema>;
export type Contact = v.InferOutput<typeof contactSchema>;
export type Action = v.InferOutput<typeof actionSchema>;
export type PlannerData = v.InferOutput<typeof plannerSchema>;

/** A fresh, empty planner. */
export function emptyPlanner(): PlannerData {
  return {
    goals: [],
    groups: [],
    channels: [],
    hoursPerMonth: null,
    minutesPerFollowUp: 15,
    offer: null,
    intro: '',
    actions: [],
    contacts: [],
    done: [],
    owner: '',
    alarm: 'keine',
  };
}

type Fields = Record<string, unknown>;
const isFields = (value: unknown): value is Fields => value !== null && typeof value === 'object' && !Array.isArray(value);
const DAY_SHAPE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A day version 1 took but that does not exist (`2026-02-30`) as the last day of its month; anything else unchanged. */
function lastRealDay(value: unknown): unknown {
  const m = typeof value === 'string' && !isIsoDay(value) ? DAY_SHAPE.exec(value) : null;
  return m ? `${m[1]}-${m[2]}-${String(daysInMonth(Number(m[1]), Number(m[2]))).padStart(2, '0')}` : value;
}
/** An optional day or birthday version 1 took but that does not exist, as '' („none“); anything else unchanged. */
function noImpossible(value: unknown, real: (text: string) => boolean, shape: RegExp): unknown {
  return typeof value === 'string' && shape.test(value) && !real(value) ? '' : value;
}
const optional = (value: unknown) => noImpossible(value, isIsoDay, DAY_SHAPE);
const birthday = (value: unknown) => noImpossible(value, isMonthDay, /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
/** Each object of a list, changed by `fix`; what is not a list or not an object stays for the schema to refuse. */
function each(list: unknown, fix: (item: Fields) => Fields): unknown {
  return Array.isArray(list) ? list.map((item) => (isFields(item) ? fix(item) : item)) : list;
}

/**
 * Version 1 → 2: version 1 took days that do not exist (`02-30`, `2026-04-31`), version 2 takes
 * real dates only. Rather than putting a whole planner aside for one impossible date, an
 * impossible birthday, deadline, due day or snooze day is cleared, and an impossible day a
 * contact was added or met becomes the last day of its month. Everything else is kept as it is;
 * the snapshot taken before the update keeps the old state.
 */
export function plannerV1toV2(data: unknown): unknown {
  if (!isFields(data)) throw new Error('planner v1: not an object');
  return {
    ...data,
    goals: each(data.goals, (goal) => ({ ...goal, deadline: optional(goal.deadline) })),
    actions: each(data.actions, (action) => ({ ...action, due: optional(action.due) })),
    contacts: each(data.contacts, (contact) => ({
      ...contact,
      birthday: birthday(contact.birthday),
      added: lastRealDay(contact.added),
      snoozedUntil: optional(contact.snoozedUntil),
      log: each(contact.log, (entry) => ({ ...entry, date: lastRealDay(entry.date) })),
    })),
  };
}

/** The fields version 3 adds to a contact, with their empty values (fresh lists each time). */
export function emptyContactDetails(): Pick<Contact, 'emails' | 'phones' | 'profileUrl' | 'position' | 'tags' | 'notes'> {
  return { emails: [], phones: [], profileUrl: '', position: '', tags: [], notes: '' };
}
/** The fields version 3 adds to an action, with their empty values (a fresh list each time). */
export function emptyActionLinks(): Pick<Action, 'goalId' | 'contactIds'> {
  return { goalId: '', contactIds: [] };
}

/**
 * Version 2 → 3: contacts gain emails, phones, a profile URL, a position, tags and notes, actions
 * a goal and contacts – all empty. A field that is already there (a later file read as an older
 * one) is kept for the schema to check. Nothing else changes.
 */
export function plannerV2toV3(data: unknown): unknown {
  if (!isFields(data)) throw new Error('planner v2: not an object');
  return {
    ...data,
    actions: each(data.actions, (action) => ({ ...emptyActionLinks(), ...action })),
    contacts: each(data.contacts, (contact) => ({ ...emptyContactDetails(), ...contact })),
  };
}

/**
 * Version 3 → 4: the data is the same; version 4 is stored with its contacts in shards
 * (`src/lib/storage/shards.ts`), which a site that knows only version 3 must not read as a planner
 * without contacts – the newer version makes it leave them alone. A fresh copy, as every step.
 */
export function plannerV3toV4(data: unknown): unknown {
  if (!isFields(data)) throw new Error('planner v3: not an object');
  return { ...data };
}

export const plannerDefinition: StoredValueDefinition<PlannerData> = {
  key: 'nk:planer',
  version: 4,
  schema: plannerSchema,
  migrations: { 1: plannerV1toV2, 2: plannerV2toV3, 3: plannerV3toV4 },
  initial: emptyPlanner,
  // Once the planner is large: 400 contacts to a shard at most (runs of 200 after a split), so an
  // edit of one contact among 10,000 of LinkedIn size packs ~140 KB of JSON into ~5,000 units.
  shards: { list: 'contacts', item: contactSchema, maxItems: L.contacts, max: 400 },
};
