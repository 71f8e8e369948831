/**
 * The printed plan's PDF read with Debian's poppler-utils (pdftotext, pdftoppm; `.ci/run` installs
 * them): its text page by page as `pdftotext -layout` lays it out, and how much of each page is
 * left blank, measured from the rendered pixels.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Writes the PDF to a fresh temporary folder and returns its path. */
export function savePdf(pdf: Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'nk-plan-')), 'plan.pdf');
  writeFileSync(path, pdf);
  return path;
}

/** Each page's text, from `pdftotext -layout` (pages are separated by form feeds). */
export function layoutText(path: string): string[] {
  const text = execFileSync('/usr/bin/pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, -1);
}

/**
 * Per page, the share of the printable area (inside the 18 mm top and 20 mm bottom margins of
 * plan.css, so the page footer does not count) below the lowest inked pixel row: 0 for a full page,
 * 0.7 for a page whose content ends after the first 30 %. Rendered in grey at 30 dpi by pdftoppm.
 */
export function blankShares(path: string): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'nk-plan-px-'));
  execFileSync('/usr/bin/pdftoppm', ['-r', '30', '-gray', path, join(dir, 'p')]);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.pgm'))
    .sort()
    .map((f) => {
      const data = readFileSync(join(dir, f));
      const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 40).toString('latin1'))!;
      const [width, height] = [Number(header[1]), Number(header[2])];
      const pixels = data.subarray(header[0].length);
      const top = Math.floor((height * 18) / 297);
      const bottom = Math.ceil((height * (297 - 20)) / 297);
      let last = top;
      for (let y = top; y < bottom; y++) {
        for (let x = 0; x < width; x++) {
          if (pixels[y * width + x]! < 160) {
            last = y;
            break;
          }
        }
      }
      return (bottom - last) / (bottom - top);
    });
}

/** Renders page 1 as a PNG at `path` (96 dpi). */
export function firstPagePng(pdfPath: string, path: string): void {
  execFileSync('/usr/bin/pdftoppm', ['-r', '96', '-png', '-f', '1', '-l', '1', '-singlefile', pdfPath, path.replace(/\.png$/, '')]);
}

/**
 * Whether a word is in the text unbroken, or broken at a line end with a hyphen: as a whole token
 * between non-letters, or as one once line-end hyphens are joined. A word broken without a hyphen
 * („Austausc|h“) is neither.
 */
export function hasWord(pages: readonly string[], word: string): boolean {
  const text = pages.join('\n');
  const letters = /\p{L}+/gu;
  const tokens = (s: string): string[] => s.match(letters) ?? [];
  if (tokens(text).includes(word)) return true;
  const joined = text.replace(/-[ \t]*\n[ \t]*/g, '');
  return new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'u').test(joined) || tokens(joined).includes(word);
}
