/**
 * The German words the SMART check looks for (src/lib/planner/smart.ts takes them as its
 * `SmartLexicon`, so lib holds no German). All entries are lower case; stems match the start of a
 * word, so „veröffentlich“ finds „veröffentlicht“ and „Veröffentlichung“.
 */
const NUMBERS = ['zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'fünfzehn', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'hundert'] as const;

export const SMART_WORDS = {
  /** Words that turn a goal into a wish („mehr Kontakte“); whole words. */
  vague: ['mehr', 'besser', 'irgendwie', 'irgendwann', 'einige', 'viele', 'möglichst', 'paar', 'etwas', 'generell', 'allgemein', 'öfter', 'bald'],
  /** Number words and counted repetitions („drei“, „dreimal“, „ein Dutzend“, „monatlich“); whole words. */
  amounts: [...NUMBERS, ...NUMBERS.map((n) => `${n}mal`), 'einmal', 'beide', 'beiden', 'dutzend', 'täglich', 'wöchentlich', 'monatlich', 'quartalsweise', 'jährlich'],
  /**
   * Outcomes someone else can check without a number: a signed offer or contract, a published
   * article, a talk given, a certificate, a new job, a client won. Stems.
   */
  outcomes: [
    'zusage', 'unterschrieb', 'unterzeichn', 'vertrag', 'arbeitsvertrag', 'jobangebot', 'stellenangebot',
    'veröffentlich', 'publiziert', 'artikel', 'fachartikel', 'gastbeitrag', 'blogbeitrag',
    'vortrag', 'vorgetragen', 'keynote', 'podium', 'workshop gehalten',
    'zertifikat', 'zertifiziert', 'zertifizierung', 'abschluss', 'bestanden',
    'neue stelle', 'neuen stelle', 'neue position', 'neuen position', 'neuer job', 'neuen job', 'eingestellt', 'befördert', 'beförderung',
    'beauftragt', 'folgeauftrag', 'auftrag gewinn', 'auftrag gewonnen', 'neukund', 'neue kundin', 'neuen kunden', 'neue kunden', 'kunden gewinn', 'kunden gewonnen', 'kundin gewinn', 'kundin gewonnen', 'mandat gewinn', 'mandat gewonnen',
  ],
  /** Counting reach instead of conversations goes against „Klasse statt Masse“; stems. */
  reach: ['vernetzungsanfrage', 'kontaktanfrage', 'follower', 'likes', 'abonnent', 'connections', 'visitenkarte'],
} as const;
