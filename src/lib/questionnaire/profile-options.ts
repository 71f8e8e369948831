/**
 * The values a network profile is described with – shared by the questionnaire (the reader's
 * ideal) and the network check (a real candidate) – as codes; their words are in `src/i18n/de/options.ts`.
 * Kept free of question texts so the network check can use it without loading them.
 */

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

/** Comfort: where the reader draws energy from, which part they take in a conversation, whether they like company. */
export const ENERGIES = ['grosse-runde', 'kleine-runde'] as const;
export type Energy = (typeof ENERGIES)[number];

export const ROLES = ['reden', 'zuhoeren'] as const;
export type ConversationRole = (typeof ROLES)[number];

export const COMPANIONS = ['mit-begleitung', 'allein'] as const;
export type Companion = (typeof COMPANIONS)[number];


/** Every value an answer or a candidate rating can take. */
export type OptionValue = Unknown | Form | Purpose | Size | Composition | Reach | Access | Offer | Level | Tone | Energy | ConversationRole | Companion;

/** The words for every option value (`src/i18n/de/options.ts`), as handed to an island. */
export type Labels = Readonly<Record<OptionValue, string>>;

