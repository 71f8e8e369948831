/**
 * The recommendation rules as data: for each kind of network, what speaks for it, what rules it
 * out and what to keep in mind. `recommend()` in recommendations.ts applies them; the page hands
 * the table to the island as data. Reasons live in recommendation-texts.ts under the same ids.
 */
import type { KindRules, Rule } from './recommendations';
import { NETWORK_KINDS } from './network-kinds';
import { UNKNOWN } from '../questionnaire/profile-options';

const LOCAL = ['reichweite', 'lokal'] as const;
const REGIONAL = ['reichweite', 'regional'] as const;
const ONLINE = ['form', 'online'] as const;
const QUIET = ['energie', 'kleine-runde'] as const;
const LIVELY = ['energie', 'grosse-runde'] as const;

/**
 * All rules, kind by kind; ties between kinds keep this order. Points: 2 for what defines a kind
 * („Kammern sind regional“), 1 for what adds to it. Tests check that each rule fires in some
 * fixture profile and not in another, and that each reason's words fit the answers it fires on
 * (a rule for „Lokal“ never speaks of „deiner Region“). `missing` names the fitting rules whose
 * absence explains, in the reader's answers, why a kind is not recommended: the first of them
 * that does not hold is the reason.
 */
const KIND_RULES: readonly Omit<KindRules, 'chapter' | 'effort'>[] = [
  {
    kind: 'kammer',
    fits: [
      { id: 'kammer-region', points: 2, if: REGIONAL },
      { id: 'kammer-lokal', points: 2, if: LOCAL },
      { id: 'kammer-geschaeft', points: 1, if: ['zwecke', 'auftraege', 'kooperation'] },
      { id: 'kammer-chefs', points: 1, if: ['ebenen', 'geschaeftsfuehrung'] },
      { id: 'kammer-quer', points: 1, if: ['zusammensetzung', 'branchenuebergreifend'] },
    ],
    blocks: [
      { id: 'kammer-online', if: ONLINE },
    ],
    caveats: [],
    missing: ['kammer-region', 'kammer-geschaeft'],
  },
  {
    kind: 'fachverband',
    fits: [
      { id: 'verband-fach', points: 2, if: ['zusammensetzung', 'eigene-branche'] },
      { id: 'verband-austausch', points: 1, if: ['zwecke', 'austausch', 'trends'] },
      { id: 'verband-rolle', points: 1, if: ['angebot', 'rollen'] },
      { id: 'verband-klein', points: 1, if: QUIET },
    ],
    blocks: [],
    caveats: [
      { id: 'verband-zeit', if: ['hours-below', 4] },
    ],
    missing: ['verband-fach'],
  },
  {
    kind: 'messe',
    fits: [
      { id: 'messe-trends', points: 2, if: ['zwecke', 'trends'] },
      { id: 'messe-kunden', points: 1, if: ['zwecke', 'auftraege'] },
      { id: 'messe-weit', points: 1, if: ['reichweite', 'national', 'international'] },
      { id: 'messe-gross', points: 1, if: ['groesse', 'gross'] },
      { id: 'messe-erkunden', points: 2, if: ['zwecke', UNKNOWN] },
      { id: 'messe-energie', points: 1, if: LIVELY },
    ],
    blocks: [
      { id: 'messe-online', if: ONLINE },
    ],
    caveats: [
      { id: 'messe-zeit', if: ['hours-below', 8] },
      { id: 'messe-leise', if: QUIET },
    ],
    missing: ['messe-trends', 'messe-kunden'],
  },
  {
    kind: 'jobmesse',
    fits: [
      { id: 'jobmesse-karriere', points: 2, if: ['zwecke', 'karriere'] },
      { id: 'jobmesse-energie', points: 1, if: LIVELY },
      { id: 'jobmesse-fachleute', points: 1, if: ['ebenen', 'fachleute', 'abteilungsleitung'] },
    ],
    blocks: [
      { id: 'jobmesse-online', if: ONLINE },
    ],
    caveats: [
      { id: 'jobmesse-vorbereiten', if: ['zwecke', 'karriere'] },
      { id: 'jobmesse-leise', if: QUIET },
    ],
    missing: ['jobmesse-karriere'],
  },
  {
    kind: 'unternehmertreffen',
    fits: [
      { id: 'treffen-geschaeft', points: 2, if: ['zwecke', 'auftraege', 'kooperation'] },
      { id: 'treffen-quer', points: 1, if: ['zusammensetzung', 'branchenuebergreifend'] },
      { id: 'treffen-region', points: 1, if: REGIONAL },
      { id: 'treffen-lokal', points: 1, if: LOCAL },
    ],
    blocks: [
      { id: 'treffen-online', if: ONLINE },
    ],
    caveats: [],
    missing: ['treffen-geschaeft'],
  },
  {
    kind: 'alumni',
    fits: [
      { id: 'alumni-karriere', points: 2, if: ['zwecke', 'karriere'] },
      { id: 'alumni-quer', points: 1, if: ['zusammensetzung', 'branchenuebergreifend'] },
      { id: 'alumni-ton', points: 1, if: ['ton', 'teils-privat'] },
    ],
    blocks: [],
    caveats: [],
    missing: ['alumni-karriere'],
  },
  {
    kind: 'plattform',
    fits: [
      { id: 'plattform-online', points: 2, if: ['form', 'online', 'gemischt'] },
      { id: 'plattform-karriere', points: 1, if: ['zwecke', 'karriere'] },
      { id: 'plattform-kunden', points: 1, if: ['zwecke', 'auftraege'] },
      { id: 'plattform-international', points: 1, if: ['reichweite', 'international'] },
      { id: 'plattform-wenig-zeit', points: 1, if: ['hours-below', 4] },
    ],
    blocks: [],
    caveats: [
      { id: 'plattform-ton', if: ['ton', 'teils-privat'] },
      { id: 'plattform-praesenz', if: ['form', 'praesenz'] },
    ],
    missing: ['plattform-online'],
  },
  {
    kind: 'meetup',
    fits: [
      { id: 'meetup-austausch', points: 1, if: ['zwecke', 'austausch'] },
      { id: 'meetup-offen', points: 1, if: ['zugang', 'offen'] },
      { id: 'meetup-lokal', points: 1, if: ['reichweite', 'lokal'] },
      { id: 'meetup-erkunden', points: 2, if: ['zwecke', UNKNOWN] },
    ],
    blocks: [
      { id: 'meetup-geschlossen', if: ['zugang', 'geschlossen'] },
    ],
    caveats: [],
    missing: ['meetup-austausch', 'meetup-lokal'],
  },
  {
    kind: 'sport',
    fits: [
      { id: 'sport-ton', points: 1, if: ['ton', 'teils-privat'] },
      { id: 'sport-chefs', points: 1, if: ['ebenen', 'geschaeftsfuehrung'] },
      { id: 'sport-geschaeft', points: 1, if: ['zwecke', 'auftraege', 'kooperation'] },
    ],
    blocks: [
      { id: 'sport-beruflich', if: ['ton', 'beruflich'] },
      { id: 'sport-online', if: ONLINE },
    ],
    caveats: [],
    missing: ['sport-ton'],
  },
  {
    kind: 'expertenkreis',
    fits: [
      { id: 'experten-geschlossen', points: 2, if: ['zugang', 'geschlossen'] },
      { id: 'experten-klein', points: 1, if: ['groesse', 'klein'] },
      { id: 'experten-fach', points: 1, if: ['zusammensetzung', 'eigene-branche'] },
      { id: 'experten-austausch', points: 1, if: ['zwecke', 'austausch'] },
    ],
    blocks: [
      { id: 'experten-offen', if: ['zugang', 'offen'] },
    ],
    caveats: [
      { id: 'experten-aufnahme', if: ['always'] },
    ],
    missing: ['experten-geschlossen'],
  },
  {
    kind: 'halbprivat',
    fits: [
      { id: 'halbprivat-ton', points: 1, if: ['ton', 'teils-privat'] },
      { id: 'halbprivat-nah', points: 1, if: ['reichweite', 'lokal', 'regional'] },
    ],
    blocks: [
      { id: 'halbprivat-beruflich', if: ['ton', 'beruflich'] },
    ],
    caveats: [
      { id: 'halbprivat-nachricht', if: ['always'] },
    ],
    missing: ['halbprivat-ton'],
  },
];

/** The rules with each kind's chapter and time cost from NETWORK_KINDS, as `recommend()` takes them. */
export const RULES: readonly KindRules[] = KIND_RULES.map((k) => ({ ...k, chapter: NETWORK_KINDS[k.kind].chapter, effort: NETWORK_KINDS[k.kind].effort }));

/**
 * Advice on the form of taking part, from the comfort question: which formats suit the reader and
 * how to make a first visit easier. Shown with the result whatever is recommended; the words are
 * `formats[id]` in the dictionary.
 */
export const FORMAT_RULES: readonly Rule[] = [
  { id: 'format-klein', if: QUIET },
  { id: 'format-gross', if: LIVELY },
  { id: 'format-zuhoeren', if: ['rolle', 'zuhoeren'] },
  { id: 'format-frueh', if: ['rolle', 'zuhoeren'] },
  { id: 'format-reden', if: ['rolle', 'reden'] },
  { id: 'format-begleitung', if: ['begleitung', 'mit-begleitung'] },
  { id: 'format-allein', if: ['begleitung', 'allein'] },
];
