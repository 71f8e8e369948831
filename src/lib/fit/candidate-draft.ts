/**
 * The add/edit form of the network check: the draft the reader types, its validation (codes
 * with the numbers a message needs; the words are in src/i18n/de/netzwerk-check.ts) and the
 * candidate it becomes.
 */
import { CANDIDATE_LIMITS, MEETING_HOURS_MAX, openChecklist, unknownRatings, type Candidate, type Checklist, type Ratings, type Rhythm } from './candidates-schema';
import type { KindId } from '../profile/network-kinds';
import { parseHours } from '../questionnaire/hours';
import { formatNumber } from '../../i18n/fill';
import { safeHref } from '../text/safe-href';

/** What the add/edit form holds while the reader types. */
export interface CandidateDraft {
  name: string;
  kind: KindId | '';
  link: string;
  notes: string;
  ratings: Ratings;
  checklist: Checklist;
  rhythmus: Rhythm | 'unklar';
  /** Hours per meeting as typed („2,5“); empty while unknown. */
  stunden: string;
}

/** Tighter than storage, so a reader never reaches the hard limit by typing. */
export const FORM_LIMITS = { name: 120, link: 500, notes: 2000, stunden: MEETING_HOURS_MAX } as const;

/** The ids of the form's text fields; the error summary links to them. */
export const DRAFT_FIELD_IDS = { name: 'kandidat-name', link: 'kandidat-link', notes: 'kandidat-notizen', stunden: 'kandidat-stunden' } as const;

/** A text field of the form that can be wrong. */
export type DraftField = keyof typeof DRAFT_FIELD_IDS;

/** Why a draft cannot be saved yet; each code has a message in the dictionary. */
export const DRAFT_ERROR_CODES = ['nameRequired', 'nameTooLong', 'linkInvalid', 'linkTooLong', 'notesTooLong', 'hoursInvalid'] as const;
export type DraftErrorCode = (typeof DRAFT_ERROR_CODES)[number];

/**
 * One reason a draft cannot be saved. `max` is the limit and `n` the current length, set for
 * the „too long“ codes; a message template may use `{max}` and `{n}`.
 */
export type DraftError = {
  field: DraftField;
  code: DraftErrorCode;
  max?: number;
  n?: number;
};

/** An empty form. */
export function emptyDraft(): CandidateDraft {
  return { name: '', kind: '', link: '', notes: '', ratings: unknownRatings(), checklist: openChecklist(), rhythmus: 'unklar', stunden: '' };
}

/** The form filled with a saved candidate, for editing. */
export function draftFromCandidate(candidate: Candidate): CandidateDraft {
  return {
    name: candidate.name,
    kind: candidate.kind ?? '',
    link: candidate.link,
    notes: candidate.notes,
    ratings: structuredClone(candidate.ratings),
    checklist: { ...candidate.checklist },
    rhythmus: candidate.rhythmus,
    stunden: candidate.stunden === null ? '' : formatNumber(candidate.stunden, { maximumFractionDigits: 2, useGrouping: false }),
  };
}

/** Hours per meeting from the form's text, or null when empty or not a number up to the limit. */
function meetingHours(text: string): number | null {
  const hours = parseHours(text);
  return hours !== null && hours <= MEETING_HOURS_MAX ? hours : null;
}

/**
 * The first other candidate (not `ownId`) with the same name, case and surrounding spaces aside –
 * „LinkedIn“ and „ linkedin“; undefined when there is none or the name is empty.
 * @example candidateNamed(' linkedin', [{ id: 'a', name: 'LinkedIn' }], null)?.id // 'a'
 */
export function candidateNamed<C extends Pick<Candidate, 'id' | 'name'>>(name: string, candidates: readonly C[], ownId: string | null): C | undefined {
  const fold = (text: string) => text.trim().toLocaleLowerCase();
  const folded = fold(name);
  return folded === '' ? undefined : candidates.find((c) => c.id !== ownId && fold(c.name) === folded);
}

/**
 * Whether another candidate (not `ownId`) has the same name (see candidateNamed). Only a hint in
 * the form: two chapters of one club may share a name.
 * @example sameName(' linkedin', [{ id: 'a', name: 'LinkedIn' }], 'b') // true
 */
export function sameName(name: string, candidates: readonly Pick<Candidate, 'id' | 'name'>[], ownId: string | null): boolean {
  return candidateNamed(name, candidates, ownId) !== undefined;
}

/**
 * A link as the reader typed it, made complete: „www.beispiel.de“ becomes „https://www.beispiel.de“,
 * „name@beispiel.de“ becomes „mailto:name@beispiel.de“. Anything with a scheme stays as it is.
 * @example normalizeLink(' beispiel.de/treffen ') // 'https://beispiel.de/treffen'
 */
export function normalizeLink(input: string): string {
  const text = input.trim();
  if (text === '' || /^[a-z][a-z0-9+.-]*:/i.test(text)) return text;
  if (/^[^\s@/]+@[^\s@]+\.[^\s@]+$/.test(text)) return `mailto:${text}`;
  return `https://${text.replace(/^\/+/, '')}`;
}

/**
 * What keeps the draft from being saved, in the order of the form; empty when it can be saved.
 * @example validateDraft({ …emptyDraft(), name: 'x'.repeat(121) }) // [{ field: 'name', code: 'nameTooLong', max: 120, n: 121 }]
 */
export function validateDraft(draft: CandidateDraft): DraftError[] {
  const errors: DraftError[] = [];
  const tooLong = (field: DraftField, code: DraftErrorCode, n: number) => errors.push({ field, code, max: FORM_LIMITS[field], n });

  const name = draft.name.trim();
  if (name === '') errors.push({ field: 'name', code: 'nameRequired' });
  else if (name.length > FORM_LIMITS.name) tooLong('name', 'nameTooLong', name.length);

  const link = normalizeLink(draft.link);
  if (link.length > FORM_LIMITS.link) tooLong('link', 'linkTooLong', link.length);
  else if (link !== '' && safeHref(link) === null) errors.push({ field: 'link', code: 'linkInvalid' });

  if (draft.notes.length > FORM_LIMITS.notes) tooLong('notes', 'notesTooLong', draft.notes.length);
  if (draft.stunden.trim() !== '' && meetingHours(draft.stunden) === null) errors.push({ field: 'stunden', code: 'hoursInvalid', max: MEETING_HOURS_MAX });
  return errors;
}

/**
 * The address as the card shows it: without `https://`, `http://` or `mailto:` and a final slash.
 * @example linkText('https://www.beispiel.de/') // 'www.beispiel.de'
 */
export function linkText(href: string): string {
  return href.replace(/^(https?:\/\/|mailto:)/, '').replace(/\/$/, '');
}

/** The candidate to save from a valid draft. */
export function candidateFromDraft(draft: CandidateDraft, id: string): Candidate {
  return {
    id: id.slice(0, CANDIDATE_LIMITS.id),
    name: draft.name.trim(),
    kind: draft.kind === '' ? null : draft.kind,
    link: normalizeLink(draft.link),
    notes: draft.notes.trim(),
    ratings: structuredClone(draft.ratings),
    checklist: { ...draft.checklist },
    rhythmus: draft.rhythmus,
    stunden: meetingHours(draft.stunden),
  };
}
