import type { PlanerTexts } from '../../i18n/de/planer';

// A module variable instead of a Preact context: each planner page has one island, and
// `createContext` would add its code to the runtime that every page of the site loads.
let current: PlanerTexts['common'] | null = null;

/** Makes the page's shared words available to the island's fields, items and done box; `SectionFrame` calls it. */
export function provideCommonTexts(texts: PlanerTexts['common']): void {
  current = texts;
}

/** The shared words of the planner (field marks, the done box, list items, number checks). */
export function useCommonTexts(): PlanerTexts['common'] {
  if (!current) throw new Error('Planner texts missing: render inside SectionFrame');
  return current;
}
