import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DRAFT_PLACEHOLDERS, DRAFT_TEMPLATES, DRAFT_TEXTS } from '../../../src/i18n/de/drafts';
import { fill } from '../../../src/i18n/format';
import {
  DRAFT_FIELDS,
  DRAFT_SITUATIONS,
  draftPieces,
  draftText,
  draftValues,
  isEmailAddress,
  mailtoHref,
  placeholdersOf,
  type DraftField,
  type DraftTemplate,
  type DraftValues,
} from '../../../src/lib/drafts/drafts';

const full = {
  name: 'Fatma Yılmaz',
  met: 'auf der Jahrestagung in Köln',
  topics: 'Förderprogramme für Gründerinnen',
  offerThem: 'einen Kontakt zur Gründungsberatung',
  organisation: 'Stadtwerke Bonn',
  position: 'Leiterin Vertrieb',
};
const intro = 'Ich bin Projektleiterin in der Medizintechnik und suche den Weg in eine Lead-Rolle.';
const OPTIONAL = ['met', 'topics', 'offerThem', 'organisation', 'position'] as const;
/** „an“ is left out: it ends „biete … an“ as a verb particle. */
const PREPOSITIONS = ['bei', 'als', 'über', 'für', 'um', 'zu', 'zur', 'zum', 'mit', 'von', 'in', 'auf', 'aus'];

/** Everything that would show a gap left by a missing field. */
function gaps(text: string): string[] {
  const found: string[] = [];
  if (/\{|\}/.test(text)) found.push('placeholder');
  if (/\(\s*\)/.test(text)) found.push('empty brackets');
  if (/ {2}/.test(text)) found.push('double space');
  if (/ [.,;:!?)]/.test(text)) found.push('space before punctuation');
  if (/\n{3,}/.test(text) || /^\s|\s$/.test(text)) found.push('empty paragraph');
  if (/[.,;:!?]{2}/.test(text.replace(/…/g, ''))) found.push('double punctuation');
  const dangling = new RegExp(`\\b(${PREPOSITIONS.join('|')})(\\s*[.,;:!?)–]|\\s*$)`, 'imu');
  if (dangling.test(text)) found.push('dangling preposition');
  return found;
}

const subsets = <T,>(items: readonly T[]): T[][] => items.reduce<T[][]>((all, item) => [...all, ...all.map((s) => [...s, item])], [[]]);

describe('every situation with every combination of missing fields', () => {
  for (const situation of DRAFT_SITUATIONS) {
    test(`${situation}: no gaps, whatever is missing`, () => {
      for (const missing of subsets(OPTIONAL)) {
        for (const ownIntro of [intro, '']) {
          const contact = { ...full, ...Object.fromEntries(missing.map((f) => [f, ''])) };
          const text = draftText(DRAFT_TEMPLATES[situation], draftValues(contact, ownIntro), fill);
          expect(gaps(text), `${situation} without ${missing.join(', ') || 'nothing'}${ownIntro ? '' : ' and intro'}:\n${text}`).toEqual([]);
          expect(text.startsWith(`${situation === 'followUp' || situation === 'infoInterview' ? 'Guten Tag' : 'Hallo'} Fatma Yılmaz,`)).toBe(true);
        }
      }
    });
  }

  test('a contact with only spaces in its optional fields drafts like one without them', () => {
    for (const situation of DRAFT_SITUATIONS) {
      const blank = { name: 'Ada', met: '  ', topics: '\n', offerThem: ' \t', organisation: '', position: ' ' };
      const empty = { name: 'Ada', met: '', topics: '', offerThem: '', organisation: '', position: '' };
      expect(draftText(DRAFT_TEMPLATES[situation], draftValues(blank, ' '), fill)).toBe(draftText(DRAFT_TEMPLATES[situation], draftValues(empty, ''), fill));
    }
  });

  test('random field contents never leave a gap or a stray placeholder', () => {
    const field = fc.oneof(fc.constant(''), fc.string({ maxLength: 30 }).map((s) => s.replace(/[{}()]/g, '')), fc.constantFrom('  Köln  ', 'Vertrieb.', 'a\nb', 'Förderung, '));
    fc.assert(
      fc.property(fc.constantFrom(...DRAFT_SITUATIONS), field, field, field, field, field, field, (s, met, topics, offerThem, organisation, position, own) => {
        const text = draftText(DRAFT_TEMPLATES[s], draftValues({ name: 'Ada', met, topics, offerThem, organisation, position }, own), fill);
        expect(text).not.toMatch(/[{}]/);
        expect(text).not.toMatch(/\(\s*\)/);
        expect(text).not.toMatch(/\n{3,}/);
      }),
    );
  });
});

describe('what the drafts say', () => {
  const text = (situation: (typeof DRAFT_SITUATIONS)[number], contact = full, own = intro) => draftText(DRAFT_TEMPLATES[situation], draftValues(contact, own), fill);

  test('a follow-up names where you met, your topic, your offer and their organisation', () => {
    const t = text('followUp');
    for (const v of [full.met, full.topics, full.offerThem, full.organisation]) expect(t).toContain(v);
  });

  test('congratulations use position and organisation, or what of them is known', () => {
    expect(text('congrats')).toContain('als Leiterin Vertrieb bei Stadtwerke Bonn!');
    expect(text('congrats', { ...full, position: '' })).toContain('zur neuen Aufgabe bei Stadtwerke Bonn!');
    expect(text('congrats', { ...full, organisation: '' })).toContain('als Leiterin Vertrieb!');
    expect(text('congrats', { ...full, organisation: '', position: '' })).toContain('zur neuen Aufgabe!');
  });

  test('an introduction request carries the self-introduction as its own paragraph to forward', () => {
    expect(text('introduction').split('\n\n')).toContain(intro);
    expect(text('introduction', full, '')).not.toContain('weiterleiten kannst:');
  });

  test('the information interview adds the self-introduction with a full stop', () => {
    expect(text('infoInterview', full, 'Ich bin Ada')).toContain('Kurz zu mir: Ich bin Ada.');
  });

  test('every field reaches at least one situation', () => {
    const all = DRAFT_SITUATIONS.map((s) => text(s)).join('\n');
    for (const v of [...Object.values(full), intro]) expect(all).toContain(v);
  });

  test('paragraphs are separated by one blank line, sentences by one space', () => {
    const template: DraftTemplate = [['Hallo {name},'], ['Eins.', [{ needs: ['met'], text: 'Zwei ({met}).' }], 'Drei.'], [[{ needs: ['topics'], text: '{topics}' }]]];
    expect(draftText(template, { name: 'Ada' }, fill)).toBe('Hallo Ada,\n\nEins. Drei.');
    expect(draftText(template, { name: 'Ada', met: 'Köln', topics: 'X' }, fill)).toBe('Hallo Ada,\n\nEins. Zwei (Köln). Drei.\n\nX');
  });
});

describe('draftValues', () => {
  test('trims, joins lines and drops trailing separators, keeps the intro a sentence', () => {
    expect(draftValues({ name: ' Ada ', met: 'auf dem Barcamp.', topics: 'KI,\nDaten;', offerThem: '', organisation: '' }, 'Ich bin Ada')).toEqual({
      name: 'Ada',
      met: 'auf dem Barcamp',
      topics: 'KI, Daten',
      intro: 'Ich bin Ada.',
    });
  });

  test('reads the position when the contact has one', () => {
    expect(draftValues({ ...full }, '').position).toBe('Leiterin Vertrieb');
  });
});

describe('the templates in the dictionary', () => {
  test('use only placeholders their variant needs, and each situation has a subject and a name', () => {
    for (const situation of DRAFT_SITUATIONS) {
      for (const paragraph of DRAFT_TEMPLATES[situation] as DraftTemplate) {
        for (const sentence of paragraph) {
          const variants = typeof sentence === 'string' ? [{ needs: [] as readonly DraftField[], text: sentence }] : sentence;
          for (const v of variants) {
            for (const p of placeholdersOf(v.text)) expect([...v.needs, 'name'], `${situation}: ${v.text}`).toContain(p);
          }
        }
      }
      expect(DRAFT_TEXTS.subjects[situation]).toBeTruthy();
      expect(DRAFT_TEXTS.situations[situation]).toBeTruthy();
    }
    expect(Object.keys(DRAFT_TEMPLATES).sort()).toEqual([...DRAFT_SITUATIONS].sort());
  });

  test('have a placeholder for the guide for every field', () => {
    expect(Object.keys(DRAFT_PLACEHOLDERS).sort()).toEqual([...DRAFT_FIELDS].sort());
  });

  test('with the guide’s placeholders show every gap in brackets', () => {
    const values: DraftValues = DRAFT_PLACEHOLDERS;
    const t = draftText(DRAFT_TEMPLATES.followUp, values, fill);
    expect(t).toContain('Guten Tag [Name],');
    expect(t).toContain('[Anlass]');
    expect(draftPieces(DRAFT_TEMPLATES.congrats, values)[1]![0]!.params).toEqual({ position: '[neue Position]', organisation: '[Firma]' });
  });
});

describe('mailtoHref', () => {
  test('encodes subject and body with CRLF line breaks', () => {
    expect(mailtoHref('ada@example.org', 'Hallo', 'Zeile 1\nZeile 2')).toBe('mailto:ada@example.org?subject=Hallo&body=Zeile%201%0D%0AZeile%202');
  });

  test('keeps characters of the body from becoming parameters', () => {
    const href = mailtoHref('ada@example.org', 'A&B', 'x=1&cc=evil@example.org?')!;
    expect(new URL(href).searchParams.get('cc')).toBeNull();
    expect(new URL(href).searchParams.get('body')).toBe('x=1&cc=evil@example.org?');
  });

  test('refuses what is not one address', () => {
    for (const bad of ['', 'ada', 'ada@', '@example.org', 'a b@example.org', 'ada@example.org, eve@example.org?cc=x']) {
      expect(isEmailAddress(bad), bad).toBe(false);
      expect(mailtoHref(bad, 's', 'b')).toBeNull();
    }
  });
});
