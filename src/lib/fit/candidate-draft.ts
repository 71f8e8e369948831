/**
 * The add/edit form of the network check: the draft the reader types, its validation (with
 * German messages handed in, see fit-texts.ts) and the candidate it becomes.
 */
import { CANDIDATE_LIMITS, openChecklist, unknownRatings, type Candidate, type Checklist, type Ratings } from './candidates-schema';
import type { KindId } from '../profile/network-kinds';
import { fill } from '../../i18n/format';
import { safeHref } from '../text/safe-href';

/** What the add/edit form holds while the reader types. */
export interface CandidateDraft {
  name: string;
  kind: KindId | '';
  link: string;
  notes: string;
  ratings: Ratings;
  checklist: Checklist;
}

/** Tighter than storage, so a reader never reaches the hard limit by typing. */
export const FORM_LIMITS = { name: 120, link: 500, notes: 2000 } as const;

/** The ids of the form's text fields; the error summary links to them. */
export const DRAFT_FIELD_IDS = { name: 'kandidat-name', link: 'kandidat-link', notes: 'kandidat-notizen' } as const;

/** The form's messages; `{n}` is the current length. See fit-texts.ts. */
export interface DraftMessages {
  nameRequired: string;
  nameTooLong: string;
  linkInvalid: string;
  linkTooLong: string;
  notesTooLong: string;
}

export interface DraftError {
  field: keyof typeof DRAFT_FIELD_IDS;
  fieldId: string;
  message: string;
}

/** An empty form. */
export function emptyDraft(): CandidateDraft {
  return { name: '', kind: '', link: '', notes: '', ratings: unknownRatings(), checklist: openChecklist() };
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
  };
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
 * @example validateDraft({ …emptyDraft(), name: '' }, DRAFT_MESSAGES)[0].message // 'Gib den Namen des Netzwerks ein.'
 */
export function validateDraft(draft: CandidateDraft, messages: DraftMessages): DraftError[] {
  const errors: DraftError[] = [];
  const error = (field: DraftError['field'], message: string, n = 0) => errors.push({ field, fieldId: DRAFT_FIELD_IDS[field], message: fill(message, { n: n.toLocaleString('de-DE') }) });

  const name = draft.name.trim();
  if (name === '') error('name', messages.nameRequired);
  else if (name.length > FORM_LIMITS.name) error('name', messages.nameTooLong, name.length);

  const link = normalizeLink(draft.link);
  if (link.length > FORM_LIMITS.link) error('link', messages.linkTooLong);
  else if (link !== '' && safeHref(link) === null) error('link', messages.linkInvalid);

  if (draft.notes.length > FORM_LIMITS.notes) error('notes', messages.notesTooLong, draft.notes.length);
  return errors;
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
  };
}
