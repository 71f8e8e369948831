/**
 * Pure changes to the planner's state and what is derived from it for the overview. Every function
 * returns a new state and leaves its input untouched; ids are passed in, never made up here.
 */
import type { IsoDay } from '../dates/iso-day';
import type { SectionStatus } from '../plan/plan-inputs';
import type { AnswerInputs } from './answer-inputs';
import { SECTION_IDS, type Action, type Channel, type ChannelType, type Goal, type PlannerData, type SectionId, type TargetGroup } from './planner-schema';

type WithId = { id: string };
/** The fields of an item that may be changed; the id stays. */
export type Patch<T extends WithId> = Partial<Omit<T, 'id'>>;

/**
 * A list with one item changed; the same list when no item has that id.
 * @example patchById([{ id: 'a', n: 1 }], 'a', { n: 2 }) // [{ id: 'a', n: 2 }]
 */
export function patchById<T extends WithId>(list: readonly T[], id: string, patch: Patch<T>): T[] {
  return list.map((item) => (item.id === id ? { ...item, ...patch } : item));
}

/** A list without the item of that id. */
export function removeById<T extends WithId>(list: readonly T[], id: string): T[] {
  return list.filter((item) => item.id !== id);
}

// Lists --------------------------------------------------------------------------------------

/** The planner's lists of items with ids. */
export type ListKey = 'goals' | 'groups' | 'channels' | 'actions' | 'contacts';
export type ItemOf<K extends ListKey> = PlannerData[K][number];

/**
 * The state with an item appended to one of its lists.
 * @example addItem(state, 'goals', newGoal('g1')).goals.at(-1) // { id: 'g1', kind: 'job', … }
 */
export function addItem<K extends ListKey>(state: PlannerData, key: K, item: ItemOf<K>): PlannerData {
  return { ...state, [key]: [...state[key], item] };
}

/** The state with the fields of one item changed. */
export function patchItem<K extends ListKey>(state: PlannerData, key: K, id: string, patch: Patch<ItemOf<K>>): PlannerData {
  return { ...state, [key]: patchById<ItemOf<K>>(state[key], id, patch) };
}

/** The state without one item. */
export function removeItem(state: PlannerData, key: ListKey, id: string): PlannerData {
  return { ...state, [key]: removeById<{ id: string }>(state[key], id) };
}

/**
 * Where an item stands in its list, for undoing its removal; null when it is not there.
 * @example itemAt(state, 'goals', 'g2') // { item: { id: 'g2', … }, index: 1 }
 */
export function itemAt<K extends ListKey>(state: PlannerData, key: K, id: string): { item: ItemOf<K>; index: number } | null {
  const list = state[key] as readonly ItemOf<K>[];
  const index = list.findIndex((item) => item.id === id);
  return index < 0 ? null : { item: list[index]!, index };
}

/**
 * The state with a removed item back at its place (or at the end when the list got shorter);
 * unchanged when an item with its id is there already, so undoing twice restores it once.
 */
export function restoreItem<K extends ListKey>(state: PlannerData, key: K, item: ItemOf<K>, index: number): PlannerData {
  const list = state[key] as readonly ItemOf<K>[];
  if (list.some((other) => other.id === item.id)) return state;
  const at = Math.min(Math.max(0, index), list.length);
  return { ...state, [key]: [...list.slice(0, at), item, ...list.slice(at)] };
}

/** The state with one plain setting changed. */
export function setField<K extends 'hoursPerMonth' | 'minutesPerFollowUp' | 'offer' | 'intro' | 'owner' | 'alarm'>(state: PlannerData, key: K, value: PlannerData[K]): PlannerData {
  return { ...state, [key]: value };
}

/** An empty goal. */
export function newGoal(id: string): Goal {
  return { id, kind: 'job', text: '', measure: '', deadline: '' };
}

/** An empty target group. */
export function newGroup(id: string): TargetGroup {
  return { id, kind: 'organisation', name: '', level: '', people: '' };
}

// Channels ------------------------------------------------------------------------------------

/** A starting estimate per channel type, which the reader adjusts to their calendar. */
export const CHANNEL_DEFAULTS: Record<ChannelType, Pick<Channel, 'times' | 'per' | 'minutes'>> = {
  linkedin: { times: 2, per: 'woche', minutes: 20 },
  xing: { times: 1, per: 'woche', minutes: 20 },
  halbprivat: { times: 2, per: 'monat', minutes: 15 },
  events: { times: 1, per: 'monat', minutes: 180 },
  messen: { times: 2, per: 'jahr', minutes: 480 },
  verbaende: { times: 1, per: 'monat', minutes: 120 },
  kammern: { times: 1, per: 'quartal', minutes: 120 },
  alumni: { times: 1, per: 'quartal', minutes: 150 },
  sport: { times: 1, per: 'quartal', minutes: 240 },
  netzwerk: { times: 1, per: 'monat', minutes: 120 },
};

/** A channel of `type` with the default estimate for it. */
export function newChannel(id: string, type: ChannelType, name = ''): Channel {
  return { id, type, name, ...CHANNEL_DEFAULTS[type] };
}

// Time and offer ------------------------------------------------------------------------------

/**
 * The hours a month that count: the reader's own figure, else the questionnaire's.
 * @example effectiveHours({ hoursPerMonth: null, … }, { hoursPerMonth: 6, … }) // 6
 */
export function effectiveHours(state: Pick<PlannerData, 'hoursPerMonth'>, inputs: Pick<AnswerInputs, 'hoursPerMonth'>): number | null {
  return state.hoursPerMonth ?? inputs.hoursPerMonth;
}

/**
 * What the reader offers, one item per line: their own text, else the questionnaire's offer.
 * @example effectiveOffer({ offer: null, … }, { offer: ['Kontakte zu Kliniken'], … }) // ['Kontakte zu Kliniken']
 */
export function effectiveOffer(state: Pick<PlannerData, 'offer'>, inputs: Pick<AnswerInputs, 'offer'>): string[] {
  const lines = state.offer === null ? (inputs.offer ?? []) : state.offer.split('\n');
  return lines.map((l) => l.replace(/^\s*[-•*]\s*/, '').trim()).filter((l) => l !== '');
}

/**
 * What the offer field shows: the reader's own text, else the questionnaire's offer one item per
 * line (`fromTest` tells the page to say where it came from).
 * @example offerField(null, ['Texte redigieren', 'Protokoll führen']) // { text: 'Texte redigieren\nProtokoll führen', fromTest: true }
 */
export function offerField(offer: string | null, asked: readonly string[] | null): { text: string; fromTest: boolean } {
  return offer === null ? { text: (asked ?? []).join('\n'), fromTest: asked !== null && asked.length > 0 } : { text: offer, fromTest: false };
}

/**
 * A hint for the self-introduction, which should say in two or three sentences what the reader does
 * and what they are looking for: only one sentence (`oneSentence`), more than three (`manySentences`,
 * with their number `n`), or nothing about what is sought (`noSearch`).
 */
export type IntroHint = { code: 'oneSentence' } | { code: 'manySentences'; n: number } | { code: 'noSearch' };

/**
 * Gentle hints for the self-introduction; none for an empty one.
 * @example introHints('Ich bin Ingenieurin.') // [{ code: 'oneSentence' }, { code: 'noSearch' }]
 */
export function introHints(intro: string): IntroHint[] {
  const text = intro.trim();
  if (text === '') return [];
  const sentences = text.split(/[.!?]+(?:\s|$)/).filter((s) => s.trim() !== '').length;
  const hints: IntroHint[] = [];
  if (sentences < 2) hints.push({ code: 'oneSentence' });
  if (sentences > 3) hints.push({ code: 'manySentences', n: sentences });
  if (!/\b(such|suche|suchen|interessier|freue mich|wünsche|möchte|will)/i.test(text)) hints.push({ code: 'noSearch' });
  return hints;
}

// Actions -------------------------------------------------------------------------------------

/** Whether an open action's due day lies before today. */
export function isOverdue(action: Pick<Action, 'due' | 'done'>, today: IsoDay): boolean {
  return !action.done && action.due !== '' && action.due < today;
}

/**
 * Open actions first, by due day (undated ones last), then the done ones; stable otherwise.
 */
export function sortActions(actions: readonly Action[]): Action[] {
  const rank = (a: Action) => (a.done ? 2 : a.due === '' ? 1 : 0);
  return [...actions].sort((a, b) => rank(a) - rank(b) || (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}

/** The actions as the Aktionen section lists them: open ones and done ones (each in `sortActions` order) and how many open ones are overdue. */
export interface ActionLists {
  open: Action[];
  done: Action[];
  overdue: number;
}

/**
 * Splits the actions into open and done; overdue ones are counted only once `today` is known.
 * @example actionLists([{ title: 'A', due: '2026-03-01', done: false, … }], '2026-03-02').overdue // 1
 */
export function actionLists(actions: readonly Action[], today: IsoDay | null): ActionLists {
  const sorted = sortActions(actions);
  const open = sorted.filter((a) => !a.done);
  return { open, done: sorted.filter((a) => a.done), overdue: today ? open.filter((a) => isOverdue(a, today)).length : 0 };
}

// Contacts ------------------------------------------------------------------------------------

// Sections and plan settings ------------------------------------------------------------------

/** The state with a section marked as done, or no longer done; `done` keeps the page order. */
export function setSectionDone(state: PlannerData, section: SectionId, done: boolean): PlannerData {
  const others = state.done.filter((s) => s !== section);
  return { ...state, done: done ? SECTION_IDS.filter((s) => s === section || others.includes(s)) : others };
}

/** Whether the reader has entered anything in a section. */
export function sectionHasContent(state: PlannerData, section: SectionId, inputs: AnswerInputs): boolean {
  switch (section) {
    case 'ziele':
      return state.goals.length > 0;
    case 'zielgruppen':
      return state.groups.length > 0;
    case 'kanaele':
      return state.channels.length > 0;
    case 'zeitbudget':
      return effectiveHours(state, inputs) !== null;
    case 'geben':
      return state.intro.trim() !== '' || effectiveOffer(state, inputs).length > 0;
    case 'aktionen':
      return state.actions.length > 0;
    case 'kontakte':
      return state.contacts.length > 0;
  }
}

/**
 * Each section's status for the overview: done when the reader marked it so, in progress once
 * something is entered, otherwise not started.
 */
export function sectionStatuses(state: PlannerData, inputs: AnswerInputs): Record<SectionId, SectionStatus> {
  const result = {} as Record<SectionId, SectionStatus>;
  for (const id of SECTION_IDS) {
    result[id] = state.done.includes(id) ? 'done' : sectionHasContent(state, id, inputs) ? 'progress' : 'todo';
  }
  return result;
}
