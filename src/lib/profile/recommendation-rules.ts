/**
 * The recommendation rules as data: for each kind of network, what speaks for it, what rules it
 * out and what to keep in mind. `recommend()` in recommendations.ts applies them; the page hands
 * the table to the island as data. Reasons live in recommendation-texts.ts under the same ids.
 */
import type { KindRules } from './recommendations';
import { UNKNOWN } from '../questionnaire/profile-options';

const NEAR = ['reichweite', 'lokal', 'regional'] as const;
const ONLINE = ['form', 'online'] as const;

/**
 * All rules, kind by kind; ties between kinds keep this order. Points: 2 for what defines a kind
 * („Kammern sind regional“), 1 for what adds to it. Tests check that each rule fires in some
 * fixture profile and not in another.
 */
export const RULES: readonly KindRules[] = [
  {
    kind: 'kammer',
    fits: [
      { id: 'kammer-region', points: 2, if: NEAR },
      { id: 'kammer-geschaeft', points: 1, if: ['zwecke', 'auftraege', 'kooperation'] },
      { id: 'kammer-chefs', points: 1, if: ['ebenen', 'geschaeftsfuehrung'] },
      { id: 'kammer-quer', points: 1, if: ['zusammensetzung', 'branchenuebergreifend'] },
    ],
    blocks: [
      { id: 'kammer-online', if: ONLINE },
    ],
    caveats: [],
  },
  {
    kind: 'fachverband',
    fits: [
      { id: 'verband-fach', points: 2, if: ['zusammensetzung', 'eigene-branche'] },
      { id: 'verband-austausch', points: 1, if: ['zwecke', 'austausch', 'trends'] },
      { id: 'verband-rolle', points: 1, if: ['angebot', 'rollen'] },
    ],
    blocks: [],
    caveats: [
      { id: 'verband-zeit', if: ['hours-below', 4] },
    ],
  },
  {
    kind: 'messe',
    fits: [
      { id: 'messe-trends', points: 2, if: ['zwecke', 'trends'] },
      { id: 'messe-kunden', points: 1, if: ['zwecke', 'auftraege'] },
      { id: 'messe-weit', points: 1, if: ['reichweite', 'national', 'international'] },
      { id: 'messe-gross', points: 1, if: ['groesse', 'gross'] },
      { id: 'messe-erkunden', points: 2, if: ['zwecke', UNKNOWN] },
    ],
    blocks: [
      { id: 'messe-online', if: ONLINE },
    ],
    caveats: [
      { id: 'messe-zeit', if: ['hours-below', 8] },
    ],
  },
  {
    kind: 'unternehmertreffen',
    fits: [
      { id: 'treffen-geschaeft', points: 2, if: ['zwecke', 'auftraege', 'kooperation'] },
      { id: 'treffen-quer', points: 1, if: ['zusammensetzung', 'branchenuebergreifend'] },
      { id: 'treffen-region', points: 1, if: NEAR },
    ],
    blocks: [
      { id: 'treffen-online', if: ONLINE },
    ],
    caveats: [],
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
  },
  {
    kind: 'halbprivat',
    fits: [
      { id: 'halbprivat-ton', points: 1, if: ['ton', 'teils-privat'] },
      { id: 'halbprivat-nah', points: 1, if: NEAR },
    ],
    blocks: [
      { id: 'halbprivat-beruflich', if: ['ton', 'beruflich'] },
    ],
    caveats: [
      { id: 'halbprivat-nachricht', if: ['always'] },
    ],
  },
];
