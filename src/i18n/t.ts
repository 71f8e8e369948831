import de from './de.json';

export type UiKey = keyof typeof de;

/** The German text for a UI key; one dictionary keeps wording consistent across pages. */
export function t(key: UiKey): string {
  return de[key];
}
