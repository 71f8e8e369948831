/**
 * The values a network profile is described with – shared by the questionnaire (the reader's
 * ideal) and the network check (a real candidate) – with short German labels for summaries.
 * Kept free of question texts so the network check can use it without loading them.
 */
import { formatList } from '../../i18n/format';

/** „Weiß ich noch nicht“: an honest answer that must neither reward nor punish. */
export const UNKNOWN = 'unklar';
export type Unknown = typeof UNKNOWN;

export const FORMS = ['online', 'praesenz', 'gemischt'] as const;
export type Form = (typeof FORMS)[number];

export const PURPOSES = ['austausch', 'auftraege', 'karriere', 'trends', 'kooperation'] as const;
export type Purpose = (typeof PURPOSES)[number];

export const SIZES = ['klein', 'gross'] as const;
export type Size = (typeof SIZES)[number];

export const COMPOSITIONS = ['eigene-branche', 'branchenuebergreifend'] as const;
export type Composition = (typeof COMPOSITIONS)[number];

/** Ordered from near to far; the order matters for partial matches. */
export const REACHES = ['lokal', 'regional', 'national', 'international'] as const;
export type Reach = (typeof REACHES)[number];

export const ACCESSES = ['offen', 'geschlossen'] as const;
export type Access = (typeof ACCESSES)[number];

export const OFFERS = ['wissen', 'ressourcen', 'rollen', 'kontakte'] as const;
export type Offer = (typeof OFFERS)[number];

export const LEVELS = ['geschaeftsfuehrung', 'abteilungsleitung', 'fachleute'] as const;
export type Level = (typeof LEVELS)[number];

export const TONES = ['beruflich', 'teils-privat'] as const;
export type Tone = (typeof TONES)[number];

/** Short labels, as they appear in summaries and score explanations. */
export const LABELS = {
  unklar: 'Weiß ich noch nicht',
  online: 'Online',
  praesenz: 'Vor Ort',
  gemischt: 'Gemischt (online und vor Ort)',
  austausch: 'Erfahrungsaustausch',
  auftraege: 'Neue Aufträge',
  karriere: 'Karrierechancen',
  trends: 'Neuigkeiten aus der Branche',
  kooperation: 'Kooperationspartner',
  klein: 'Kleiner, vertrauter Kreis',
  gross: 'Großes Netzwerk',
  'eigene-branche': 'Aus meinem Beruf',
  branchenuebergreifend: 'Über viele Branchen hinweg',
  lokal: 'Lokal',
  regional: 'Regional',
  national: 'National (DACH)',
  international: 'International',
  offen: 'Offen für alle',
  geschlossen: 'Geschlossen, mit Aufnahmeregeln',
  wissen: 'Wissen',
  ressourcen: 'Ressourcen',
  rollen: 'Aufgaben',
  kontakte: 'Kontakte',
  geschaeftsfuehrung: 'Geschäftsführung',
  abteilungsleitung: 'Abteilungsleitung',
  fachleute: 'Fachleute',
  beruflich: 'Streng beruflich',
  'teils-privat': 'Teils privat',
} as const satisfies Record<string, string>;

export type OptionValue = keyof typeof LABELS;

/** The type of LABELS, for texts handed to an island. */
export type Labels = Readonly<Record<OptionValue, string>>;

/** The short German label of an option value. */
export function label(value: OptionValue): string {
  return LABELS[value];
}

/**
 * Labels of several values, joined the German way.
 * @example listLabels(['online', 'praesenz']) // 'Online und Vor Ort'
 */
export function listLabels(values: readonly OptionValue[]): string {
  return formatList(values.map(label));
}


