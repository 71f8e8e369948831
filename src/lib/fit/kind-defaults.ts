/**
 * Typical starting values per kind of network, so that a new candidate needs only a name and a
 * kind. They are generic rules of thumb about the kind (a platform is online, a fair is once a
 * year and takes a day), never facts about one organisation; the form shows them as editable
 * starting values, and the reader's own answer always wins.
 */
import type { KindId } from '../profile/network-kinds';
import type { Access, Form, Reach } from '../questionnaire/profile-options';
import type { CandidateDraft } from './candidate-draft';
import type { Rhythm } from './candidates-schema';

export interface KindDefaults {
  form: Form;
  reichweite: Reach;
  zugang: Access;
  rhythmus: Rhythm;
  /** Hours per meeting, travel included, as the form's text field holds them. */
  stunden: string;
}

/** „sonstiges“ has none: there is nothing typical to say. */
export const KIND_DEFAULTS: Readonly<Partial<Record<KindId, KindDefaults>>> = {
  kammer: { form: 'praesenz', reichweite: 'regional', zugang: 'offen', rhythmus: 'vierteljaehrlich', stunden: '3' },
  fachverband: { form: 'gemischt', reichweite: 'national', zugang: 'geschlossen', rhythmus: 'vierteljaehrlich', stunden: '3' },
  messe: { form: 'praesenz', reichweite: 'national', zugang: 'offen', rhythmus: 'jaehrlich', stunden: '8' },
  jobmesse: { form: 'praesenz', reichweite: 'regional', zugang: 'offen', rhythmus: 'jaehrlich', stunden: '5' },
  unternehmertreffen: { form: 'praesenz', reichweite: 'lokal', zugang: 'offen', rhythmus: 'monatlich', stunden: '2,5' },
  alumni: { form: 'gemischt', reichweite: 'national', zugang: 'geschlossen', rhythmus: 'vierteljaehrlich', stunden: '3' },
  plattform: { form: 'online', reichweite: 'international', zugang: 'offen', rhythmus: 'woechentlich', stunden: '1' },
  meetup: { form: 'praesenz', reichweite: 'lokal', zugang: 'offen', rhythmus: 'monatlich', stunden: '3' },
  sport: { form: 'praesenz', reichweite: 'lokal', zugang: 'offen', rhythmus: 'woechentlich', stunden: '2' },
  expertenkreis: { form: 'gemischt', reichweite: 'national', zugang: 'geschlossen', rhythmus: 'vierteljaehrlich', stunden: '3' },
  halbprivat: { form: 'praesenz', reichweite: 'lokal', zugang: 'geschlossen', rhythmus: 'monatlich', stunden: '3' },
};

/** The draft keys a kind pre-fills, as the form names its fields. */
export const PREFILLED_KEYS = ['ratings.form', 'ratings.reichweite', 'ratings.zugang', 'rhythmus', 'stunden'] as const;
export type PrefilledKey = (typeof PREFILLED_KEYS)[number];

/**
 * The draft after choosing `kind`: every pre-fillable field the reader has not set (`kept`) takes
 * the kind's typical value, or goes back to unknown for a kind without defaults – so switching
 * the kind replaces earlier starting values but never the reader's own.
 * @example withKindDefaults(draft, 'plattform', new Set(['stunden'])).ratings.form // 'online'
 */
export function withKindDefaults(draft: CandidateDraft, kind: KindId | '', kept: ReadonlySet<string>): CandidateDraft {
  const d = kind === '' ? undefined : KIND_DEFAULTS[kind];
  const pick = <T>(key: PrefilledKey, current: T, typical: T): T => (kept.has(key) ? current : typical);
  const { ratings } = draft;
  return {
    ...draft,
    kind,
    ratings: {
      ...ratings,
      form: pick('ratings.form', ratings.form, d?.form ?? 'unklar'),
      reichweite: pick('ratings.reichweite', ratings.reichweite, d?.reichweite ?? 'unklar'),
      zugang: pick('ratings.zugang', ratings.zugang, d?.zugang ?? 'unklar'),
    },
    rhythmus: pick('rhythmus', draft.rhythmus, d?.rhythmus ?? 'unklar'),
    stunden: pick('stunden', draft.stunden, d?.stunden ?? ''),
  };
}

/** The pre-fillable fields a saved candidate already has answers for: editing keeps them. */
export function answeredKeys(draft: CandidateDraft): Set<string> {
  const values: Record<PrefilledKey, string> = {
    'ratings.form': draft.ratings.form,
    'ratings.reichweite': draft.ratings.reichweite,
    'ratings.zugang': draft.ratings.zugang,
    rhythmus: draft.rhythmus,
    stunden: draft.stunden,
  };
  return new Set(PREFILLED_KEYS.filter((key) => values[key] !== 'unklar' && values[key] !== ''));
}
