/**
 * Message drafts („Nachricht entwerfen“): a template per situation, filled from a contact and the
 * reader's own self-introduction. A template is paragraphs of sentences; each sentence lists
 * variants, and the first variant whose fields all exist is taken – a sentence without a fitting
 * variant is left out. So a missing field never leaves a gap like „bei “: every placeholder a
 * variant uses must be among the fields it `needs` (the dictionary test checks that).
 * The words live in the dictionary; this module only chooses and fills.
 */

export const DRAFT_SITUATIONS = ['followUp', 'revive', 'birthday', 'congrats', 'infoInterview', 'introduction'] as const;
export type DraftSituation = (typeof DRAFT_SITUATIONS)[number];

/** What a draft can be filled with; `name` always exists (a contact needs one). */
export const DRAFT_FIELDS = ['name', 'met', 'topics', 'offer', 'organisation', 'position', 'intro'] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];
export type DraftValues = Partial<Record<DraftField, string>>;

/** One way to say a sentence, for when all of `needs` are known. */
export interface DraftVariant {
  readonly needs: readonly DraftField[];
  readonly text: string;
}
/** A sentence: always the same text, or variants tried in order. */
export type DraftSentence = string | readonly DraftVariant[];
export type DraftTemplate = readonly (readonly DraftSentence[])[];

/** A chosen sentence: its template text and the values to fill in. */
export interface DraftPiece {
  text: string;
  params: Readonly<Record<string, string>>;
}

/** Whatever turns a template text and its values into words (the locale's `fill`). */
export type Fill = (text: string, params: Readonly<Record<string, string>>) => string;

/** The `{name}` placeholders in a template text. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
}

/** A value as it goes into a sentence: one line, single spaces, no trailing separator. */
function clean(value: string | undefined, keepEnd: boolean): string {
  const line = (value ?? '').replace(/\s+/g, ' ').trim();
  return keepEnd ? line : line.replace(/[\s.,;:–-]+$/u, '');
}

/**
 * The values a draft is filled from: trimmed to one line each; a value that is only spaces counts
 * as missing. The self-introduction keeps its closing punctuation (it is whole sentences) and gets a
 * full stop when it has none.
 * @example draftValues({ name: ' Ada ', met: 'auf dem Barcamp.', topics: '', offerThem: '', organisation: '' }, 'Ich bin Ada')
 * // { name: 'Ada', met: 'auf dem Barcamp', intro: 'Ich bin Ada.' }
 */
export function draftValues(
  contact: { name: string; met: string; topics: string; offerThem: string; organisation: string; position?: string },
  intro: string,
): DraftValues {
  const values: DraftValues = {};
  const put = (field: DraftField, raw: string | undefined) => {
    const v = clean(raw, field === 'intro');
    if (v !== '') values[field] = field === 'intro' && !/[.!?…]$/u.test(v) ? `${v}.` : v;
  };
  put('name', contact.name);
  put('met', contact.met);
  put('topics', contact.topics);
  put('offer', contact.offerThem);
  put('organisation', contact.organisation);
  put('position', contact.position);
  put('intro', intro);
  return values;
}

function choose(sentence: DraftSentence, values: DraftValues): string | null {
  if (typeof sentence === 'string') return sentence;
  return sentence.find((v) => v.needs.every((f) => values[f] !== undefined))?.text ?? null;
}

/**
 * The sentences of a draft, paragraph by paragraph, each with the values it uses; empty
 * paragraphs are left out.
 */
export function draftPieces(template: DraftTemplate, values: DraftValues): DraftPiece[][] {
  return template
    .map((paragraph) =>
      paragraph.flatMap((sentence) => {
        const text = choose(sentence, values);
        if (text === null) return [];
        const params = Object.fromEntries(placeholdersOf(text).map((p) => [p, values[p as DraftField] ?? '']));
        return [{ text, params }];
      }),
    )
    .filter((p) => p.length > 0);
}

/**
 * The whole draft as text: sentences of a paragraph joined by a space, paragraphs by a blank line.
 * @example draftText([['Hallo {name},'], ['Schön, dass wir uns kennen.']], { name: 'Ada' }, fill) // 'Hallo Ada,\n\nSchön, dass wir uns kennen.'
 */
export function draftText(template: DraftTemplate, values: DraftValues, fill: Fill): string {
  return draftPieces(template, values)
    .map((paragraph) => paragraph.map((piece) => fill(piece.text, piece.params)).join(' '))
    .join('\n\n');
}

/** Whether a text looks like one email address (something@something, no spaces). */
export function isEmailAddress(text: string): boolean {
  return /^[^\s@<>"]+@[^\s@<>"]+$/.test(text.trim());
}

/**
 * A `mailto:` link with subject and body, or null when `email` is no address. Line breaks become
 * CRLF as RFC 6068 asks.
 * @example mailtoHref('ada@example.org', 'Hallo', 'Zeile 1\nZeile 2') // 'mailto:ada@example.org?subject=Hallo&body=Zeile%201%0D%0AZeile%202'
 */
export function mailtoHref(email: string, subject: string, body: string): string | null {
  if (!isEmailAddress(email)) return null;
  const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
  const address = email
    .trim()
    .split('@')
    .map((part) => encodeURIComponent(part))
    .join('@');
  return `mailto:${address}?subject=${enc(subject)}&body=${enc(body)}`;
}
