/**
 * Property tests for a calendar export (.ics), written against any generator (`build` turns a text
 * into a whole file), so the same checks run on the site's writer (ics.property.test.ts) and on the
 * reference and broken writers of ics-reference.ts (ics-properties.test.ts).
 *
 * Two kinds of use, two kinds of setting:
 * - a check that a writer is *correct* runs unseeded over `icsText` and `foldBoundaryText`, so every
 *   run explores new texts (fast-check prints the seed of a failure to replay it);
 * - a check that a broken writer is *caught* must not depend on luck: it takes a generator that
 *   produces the breaking case in every text (`foldBoundaryText`, `lineBreakText`) and a fixed `seed`.
 */
import fc from 'fast-check';
import ICAL from 'ical.js';

/** Characters that calendar files must escape, fold or keep intact. */
export const ICS_HOSTILE_UNITS = ['\r', '\n', '\r\n', ';', ',', '\\', ':', '"', '\\n', '\\,', '😀', '👩‍👩‍👧', 'e\u0301', 'ñ', '„', '\t', ' ', '€', '\u00a0'];

/**
 * Random texts made of the troublemakers above and any other code point. `size: 'max'` lets the
 * lengths spread over the whole range: with fast-check's default size texts stay near ten units,
 * and hardly one in a thousand needed a fold at all.
 */
export const icsText = fc.string({
  unit: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...ICS_HOSTILE_UNITS) }, { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) }),
  minLength: 1,
  maxLength: 120,
  size: 'max',
});

/** Single code points of two, three and four octets in UTF-8 that need no escaping. */
export const MULTI_OCTET_CHARS = ['ä', 'ß', 'ñ', '\u00a0', '\u0301', '€', '„', '“', '–', '…', '中', '\uFFFD', '😀', '🎉', '𝄞'];

/** How long the ASCII padding and the run of multi-octet characters are; why, see `foldBoundaryText`. */
const PAD = { min: 40, max: 64 } as const;
const RUN = { min: 26, max: 60 } as const;

/**
 * Texts that always put multi-octet characters across the first fold: plain ASCII up to near the
 * 75th octet of the line, then a run of two-, three- and four-octet characters, then any text.
 * Of the first 74 characters of a `SUMMARY:` line at most 8 + 64 = 72 are ASCII, so at least two
 * come from the run and the 74 take at least 76 octets: a writer that cuts lines by characters
 * instead of octets is caught by every one of these texts, and a correct writer has to fold inside
 * the run (at every offset, for every character size) without splitting a character.
 */
export const foldBoundaryText = fc
  .tuple(
    fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCXYZ0123456789 -.'), minLength: PAD.min, maxLength: PAD.max, size: 'max' }),
    fc.array(fc.constantFrom(...MULTI_OCTET_CHARS), { minLength: RUN.min, maxLength: RUN.max, size: 'max' }),
    fc.string({ maxLength: 40 }),
  )
  .map(([pad, run, tail]) => pad + run.join('') + tail);

/** Texts that always hold a line break (LF, CR or CRLF), which a writer has to escape. */
export const lineBreakText = fc.tuple(icsText, fc.constantFrom('\n', '\r', '\r\n'), icsText).map(([before, lineBreak, after]) => before + lineBreak + after);

export interface IcsCheckOptions {
  /** Generated texts; the issue asks for 10,000. */
  numRuns?: number;
  /** Where the texts come from; `icsText` unless given. */
  texts?: fc.Arbitrary<string>;
  /** A fixed seed makes the run repeatable; give one wherever the test expects a failure. */
  seed?: number;
  /** Event properties that must give the text back (lower case, as ical.js names them). */
  fields?: readonly string[];
  /**
   * What the text is expected to look like after the round trip. iCalendar text cannot hold a bare
   * CR (RFC 5545 has no escape for it), so by default every CR, LF and CRLF comes back as LF;
   * pass `(t) => t` if the generator promises exact CRs.
   */
  normalize?: (text: string) => string;
  /** An ical.js-independent check of the whole file, e.g. the presence of a PRODID. */
  extra?: (ics: string, text: string) => void;
}

const encoder = new TextEncoder();

/** Throws a readable error when `ics` breaks one of the rules for `text`; returns nothing otherwise. */
export function checkOneIcs(ics: string, text: string, { fields = ['summary'], normalize = (t: string) => t.replace(/\r\n?/g, '\n'), extra }: IcsCheckOptions = {}): void {
  if (!ics.endsWith('\r\n')) throw new Error('the file must end with CRLF');
  const lines = ics.slice(0, -2).split('\r\n');
  for (const line of lines) {
    if (/[\r\n]/.test(line)) throw new Error(`bare CR or LF inside a line: ${JSON.stringify(line)}`);
    const octets = encoder.encode(line).length;
    if (octets > 75) throw new Error(`line of ${octets} octets (max 75): ${JSON.stringify(line)}`);
    if (!line.isWellFormed()) throw new Error(`a fold split a character: ${JSON.stringify(line)}`);
  }
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const event = calendar.getFirstSubcomponent('vevent');
  if (!event) throw new Error('no VEVENT in the file');
  for (const field of fields) {
    const value = event.getFirstPropertyValue(field);
    if (value !== normalize(text)) throw new Error(`${field} came back as ${JSON.stringify(value)} instead of ${JSON.stringify(normalize(text))}`);
  }
  extra?.(ics, text);
}

/**
 * Runs `build` on generated texts and checks every result: no line over 75 octets, CRLF line
 * breaks only, folds never split a character, and ical.js reads each field back as the text.
 * Throws fast-check's report (with the smallest failing text) on the first failure.
 */
export function checkIcsProperties(build: (text: string) => string, options: IcsCheckOptions = {}): { runs: number } {
  const { numRuns = 10_000, texts = icsText, seed } = options;
  let runs = 0;
  fc.assert(
    fc.property(texts, (text) => {
      runs++;
      checkOneIcs(build(text), text, options);
    }),
    seed === undefined ? { numRuns } : { numRuns, seed },
  );
  return { runs };
}
