import { describe, expect, test } from 'vitest';
import { missingParams, templateParts } from '../../../src/lib/site/template-parts';

describe('templateParts', () => {
  test('cuts a template at its placeholders, keeping text and names in order', () => {
    expect(templateParts('Von der {home} oder dem {guide} aus.')).toEqual([
      { kind: 'text', text: 'Von der ' },
      { kind: 'param', name: 'home' },
      { kind: 'text', text: ' oder dem ' },
      { kind: 'param', name: 'guide' },
      { kind: 'text', text: ' aus.' },
    ]);
  });

  test('leaves out empty texts between, before and after placeholders', () => {
    expect(templateParts('{a}{b}')).toEqual([{ kind: 'param', name: 'a' }, { kind: 'param', name: 'b' }]);
  });

  test('gives a template without placeholders back as one text', () => {
    expect(templateParts('Impressum')).toEqual([{ kind: 'text', text: 'Impressum' }]);
  });

  test('gives nothing for an empty template', () => {
    expect(templateParts('')).toEqual([]);
  });
});

describe('missingParams', () => {
  test('names each placeholder without a value', () => {
    expect(missingParams('{a}, {b} und {c}', { a: 1 })).toEqual(['b', 'c']);
  });

  test('accepts an empty string as a value', () => {
    expect(missingParams('{a}', { a: '' })).toEqual([]);
  });

  test('does not take inherited properties for values', () => {
    expect(missingParams('{toString}', {})).toEqual(['toString']);
  });
});
