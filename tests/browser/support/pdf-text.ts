/**
 * Just enough of a PDF reader to get the text out of what Chromium's `page.pdf()` writes (Skia):
 * it inflates the streams, reads each font's ToUnicode map and decodes the glyphs that the pages'
 * text operators show. No dependency – node:zlib does the inflating. It is not a general PDF
 * parser: no object streams, no encryption, no simple-font encodings beyond ToUnicode.
 */
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\s*/g;
  for (let m = header.exec(text); m; m = header.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endobj', start);
    const body = text.slice(start, end);
    const streamAt = body.indexOf('stream');
    let stream: Buffer | null = null;
    let dict = body;
    if (streamAt >= 0 && /\/Length\s+\d+/.test(body.slice(0, streamAt))) {
      dict = body.slice(0, streamAt);
      const length = Number(/\/Length\s+(\d+)/.exec(dict)![1]);
      let dataStart = start + streamAt + 'stream'.length;
      if (text[dataStart] === '\r') dataStart++;
      if (text[dataStart] === '\n') dataStart++;
      const raw = pdf.subarray(dataStart, dataStart + length);
      stream = dict.includes('/FlateDecode') ? inflateSync(raw) : raw;
    }
    objects.set(Number(m[1]), { dict, stream });
    header.lastIndex = end;
  }
  return objects;
}

/** glyph code (hex) → text, from a ToUnicode CMap. */
function readCMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const pair of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(pair[1]!.toLowerCase(), utf16(pair[2]!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const range of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]+>|\[[^\]]*\])/g)) {
      const [from, to] = [parseInt(range[1]!, 16), parseInt(range[2]!, 16)];
      const width = range[1]!.length;
      const targets = range[3]!.startsWith('[') ? [...range[3]!.matchAll(/<([0-9a-fA-F]+)>/g)].map((t) => t[1]!) : null;
      for (let code = from; code <= to; code++) {
        const key = code.toString(16).padStart(width, '0');
        if (targets) map.set(key, utf16(targets[code - from] ?? ''));
        else {
          const base = parseInt(range[3]!.slice(1, -1), 16);
          map.set(key, String.fromCharCode(base + code - from));
        }
      }
    }
  }
  return map;
}

const ref = (dict: string, key: string) => {
  const m = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
  return m ? Number(m[1]) : null;
};

/** The text of every page, in order; glyph runs are separated by spaces. */
export function pdfText(pdf: Buffer): string[] {
  const objects = readObjects(pdf);
  const dictOf = (id: number | null) => (id === null ? '' : (objects.get(id)?.dict ?? ''));
  const cmaps = new Map<number, Map<string, string>>();
  const cmapOf = (fontId: number) => {
    if (!cmaps.has(fontId)) {
      const stream = objects.get(ref(dictOf(fontId), 'ToUnicode') ?? -1)?.stream;
      cmaps.set(fontId, stream ? readCMap(stream.toString('latin1')) : new Map());
    }
    return cmaps.get(fontId)!;
  };

  const pages: string[] = [];
  for (const [, object] of objects) {
    if (!/\/Type\s*\/Page\b/.test(object.dict)) continue;
    const resources = /\/Resources\s*<</.test(object.dict) ? object.dict : dictOf(ref(object.dict, 'Resources'));
    const fontDict = /\/Font\s*<<([^>]*)>>/.exec(resources)?.[1] ?? dictOf(ref(resources, 'Font'));
    const fonts = new Map([...fontDict.matchAll(/\/([\w.+-]+)\s+(\d+) 0 R/g)].map((f) => [f[1]!, Number(f[2])]));
    const contentRefs = /\/Contents\s*\[([^\]]*)\]/.exec(object.dict)?.[1] ?? /\/Contents\s+(\d+ 0 R)/.exec(object.dict)?.[1] ?? '';
    let text = '';
    for (const c of contentRefs.matchAll(/(\d+) 0 R/g)) {
      const content = objects.get(Number(c[1]))?.stream?.toString('latin1') ?? '';
      let cmap = new Map<string, string>();
      let width = 4;
      for (const op of content.matchAll(/\/([\w.+-]+)\s+[\d.]+\s+Tf|(\[(?:[^\]]*)\]\s*TJ|<[0-9a-fA-F]*>\s*Tj)|(ET|T\*|Td|TD)\b/g)) {
        if (op[1]) {
          const fontId = fonts.get(op[1]);
          cmap = fontId === undefined ? new Map() : cmapOf(fontId);
          width = [...cmap.keys()][0]?.length ?? 4;
        } else if (op[2]) {
          for (const hex of op[2].matchAll(/<([0-9a-fA-F]*)>/g)) {
            for (const code of hex[1]!.toLowerCase().match(new RegExp(`.{${width}}`, 'g')) ?? []) text += cmap.get(code) ?? '';
          }
        } else text += ' ';
      }
    }
    // NFKC turns the ligatures Skia uses (ﬁ, ﬀ, ﬂ) back into plain letters.
    pages.push(text.normalize('NFKC').replace(/\s+/g, ' ').trim());
  }
  return pages;
}

/** Whether `needle` occurs in the PDF's text, ignoring how lines and runs were broken. */
export function pdfContains(pages: readonly string[], needle: string): boolean {
  const squash = (s: string) => s.replace(/\s+/g, '');
  return squash(pages.join(' ')).includes(squash(needle));
}
