/**
 * Pagefind's excerpts are HTML: the page's text with `&`, `<`, `>`, quotes escaped as entities and
 * each hit wrapped in `<mark>…</mark>`. The site never hands markup to the DOM, so this turns such
 * an excerpt into plain text segments, each marked or not, which the page renders as text nodes
 * and `<mark>` elements. Any other tag is dropped; nothing in an excerpt can become markup.
 */

/** A run of excerpt text; `marked` when it is a hit. */
export interface ExcerptSegment {
  text: string;
  marked: boolean;
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Text with HTML character references decoded; unknown or invalid references stay as written.
 * @example decodeEntities('Fit &amp; fair &#8211; &lt;b&gt;') // 'Fit & fair – <b>'
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/**
 * The segments of an excerpt, adjacent ones of the same kind merged, empty ones left out.
 * @example parseExcerpt('Wer <mark>Kontakte</mark> pflegt &amp; …')
 * // [{ text: 'Wer ', marked: false }, { text: 'Kontakte', marked: true }, { text: ' pflegt & …', marked: false }]
 */
export function parseExcerpt(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let marked = false;
  const push = (raw: string) => {
    const text = decodeEntities(raw);
    if (text === '') return;
    const last = segments.at(-1);
    if (last && last.marked === marked) last.text += text;
    else segments.push({ text, marked });
  };
  let from = 0;
  for (const tag of excerpt.matchAll(/<\s*(\/?)\s*([a-z][a-z0-9]*)\b[^<>]*>/gi)) {
    push(excerpt.slice(from, tag.index));
    from = tag.index + tag[0].length;
    if (tag[2]!.toLowerCase() === 'mark') marked = tag[1] !== '/';
  }
  // A stray „<“ that opens no tag was text all along.
  push(excerpt.slice(from));
  return segments;
}
