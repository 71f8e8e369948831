/**
 * What the questionnaire's answers mean: the ideal network in plain words, the kinds of network
 * that fit (by explicit rules, each with its reason), the time-budget verdict and the
 * give-before-take reminder. Pure functions of the answers.
 */
import type { Answers } from './answers-schema';
import { chapterLink, type ChapterLink } from './guide-links';
import { NETWORK_KINDS, type KindId } from './network-kinds';
import { LABELS, OFFERS, UNKNOWN, joinGerman, type Level, type Offer, type Purpose } from './profile-options';
import { HOURS_MAX, chosenPurposes, formatHours, mainPurpose, parseHours } from './questionnaire';

// ---------------------------------------------------------------------------------------------
// Values the planner reuses

/**
 * The hours per month the reader can give, or null when unknown or not (validly) answered.
 * @example hoursPerMonth({ …, stunden: '2,5', stundenUnklar: false }) // 2.5
 */
export function hoursPerMonth(answers: Answers): number | null {
  if (answers.stundenUnklar) return null;
  const hours = parseHours(answers.stunden);
  return hours !== null && hours <= HOURS_MAX ? hours : null;
}

/**
 * The reader's own keywords for their offer, split at commas, semicolons and line breaks.
 * @example ownOfferWords({ …, angebotDetails: 'Excel-Kniffe, Raum im Büro' }) // ['Excel-Kniffe', 'Raum im Büro']
 */
export function ownOfferWords(answers: Answers): string[] {
  return answers.angebotDetails
    .split(/[,;\n]/)
    .map((word) => word.trim())
    .filter((word) => word !== '')
    .slice(0, 12);
}

/** The offer kinds chosen, without „Weiß ich noch nicht“. */
export function chosenOffers(answers: Answers): Offer[] {
  return OFFERS.filter((o) => answers.angebot.includes(o));
}

/**
 * What the reader can give, as a list the planner can show: their own keywords first,
 * then the kinds they ticked („Wissen und Erfahrung“, „Kontakte“ …). Empty when unknown.
 * @example offerItems({ …, angebot: ['kontakte'], angebotDetails: 'Excel-Kniffe' }) // ['Excel-Kniffe', 'Kontakte']
 */
export function offerItems(answers: Answers): string[] {
  const items = [...ownOfferWords(answers), ...chosenOffers(answers).map((o) => LABELS[o])];
  return [...new Set(items)];
}

// ---------------------------------------------------------------------------------------------
// The profile in plain words

export interface ProfileLine {
  /** The dimension („Treffpunkt“). */
  label: string;
  /** Completes the sentence „Dein ideales Netzwerk …“. */
  text: string;
  /** Where to read on, for answers that are still open. */
  chapter?: ChapterLink;
}

const PURPOSE_PHRASES: Record<Purpose, string> = {
  austausch: 'Erfahrungen und Wissen auszutauschen',
  auftraege: 'Kundschaft und Aufträge zu gewinnen',
  karriere: 'Job- und Karrierechancen zu finden',
  trends: 'bei Neuigkeiten und Trends auf dem Laufenden zu bleiben',
  kooperation: 'Partner für Kooperationen zu finden',
};

const LEVEL_DATIVE: Record<Level, string> = {
  geschaeftsfuehrung: 'Geschäftsführerinnen und Geschäftsführern',
  abteilungsleitung: 'Abteilungsleitungen',
  fachleute: 'Fachleuten aus der Praxis',
};

const stillOpen = ' – das lässt du noch offen.';

/**
 * The ideal network, one plain sentence per dimension, each completing „Dein ideales Netzwerk …“.
 * Unanswered questions are left out.
 */
export function describeProfile(answers: Answers): ProfileLine[] {
  const lines: ProfileLine[] = [];
  const add = (label: string, text: string | null, chapter?: ChapterLink) => {
    if (text !== null) lines.push(chapter ? { label, text, chapter } : { label, text });
  };

  add('Treffpunkt', pick(answers.form, {
    online: 'trifft sich online – auf Plattformen, in Gruppen und per Video.',
    praesenz: 'trifft sich persönlich, bei Treffen und Veranstaltungen vor Ort.',
    gemischt: 'verbindet beides: Online bahnst du Kontakte an, vor Ort vertiefst du sie.',
    unklar: `trifft sich online oder vor Ort${stillOpen}`,
  }));

  const purposes = chosenPurposes(answers);
  const main = mainPurpose(answers);
  if (answers.zwecke.includes(UNKNOWN)) {
    add('Zweck', 'hat noch keinen klaren Zweck. Genau den zu finden, ist dein erster Schritt.', chapterLink('ziele-und-zielgruppen'));
  } else if (main !== null) {
    const others = purposes.filter((p) => p !== main).map((p) => PURPOSE_PHRASES[p]);
    const rest = others.length > 0 ? `; außerdem hilft es dir, ${joinGerman(others)}` : '';
    add('Zweck', `dient vor allem dazu, ${PURPOSE_PHRASES[main]}${rest}.`);
  }

  add('Größe', pick(answers.groesse, {
    klein: 'ist ein kleiner, vertrauter Kreis.',
    gross: 'ist groß – mit vielen Mitgliedern und Gesprächspartnern.',
    unklar: `ist klein oder groß${stillOpen}`,
  }));
  add('Zusammensetzung', pick(answers.zusammensetzung, {
    'eigene-branche': 'bringt dich mit Menschen aus deinem Beruf zusammen.',
    branchenuebergreifend: 'bringt dich mit Menschen aus vielen Branchen zusammen.',
    unklar: `besteht aus Menschen deines Berufs oder vieler Branchen${stillOpen}`,
  }));
  add('Reichweite', pick(answers.reichweite, {
    lokal: 'ist lokal – in deiner Stadt und der Umgebung.',
    regional: 'ist regional – in deinem Bundesland oder deiner Region.',
    national: 'reicht über den ganzen deutschsprachigen Raum (DACH).',
    international: 'reicht über Ländergrenzen hinweg.',
    unklar: `reicht lokal, regional, national oder international${stillOpen}`,
  }));
  add('Zugang', pick(answers.zugang, {
    offen: 'steht allen offen.',
    geschlossen: 'ist geschlossen und nimmt Mitglieder nach festen Regeln auf.',
    unklar: `ist offen oder geschlossen${stillOpen}`,
  }));

  const hours = hoursPerMonth(answers);
  if (answers.stundenUnklar) add('Zeit', `bekommt so viel Zeit von dir, wie du erübrigen kannst${stillOpen}`, chapterLink('passendes-netzwerk-finden'));
  else if (hours === 0) add('Zeit', 'bekommt von dir im Moment keine Zeit.');
  else if (hours !== null) add('Zeit', `bekommt von dir etwa ${formatHours(hours)} im Monat.`);

  if (answers.angebot.includes(UNKNOWN)) {
    add('Dein Beitrag', 'lebt auch von dem, was du einbringst – was das sein kann, findest du gerade heraus.', chapterLink('passendes-netzwerk-finden'));
  } else if (answers.angebot.length > 0) {
    const own = ownOfferWords(answers);
    add('Dein Beitrag', `lebt auch von dem, was du einbringst: ${joinGerman(chosenOffers(answers).map((o) => LABELS[o]))}${own.length > 0 ? ` (${own.join(', ')})` : ''}.`);
  }

  if (answers.ebenen.includes(UNKNOWN)) {
    add('Kontakte', `verbindet dich mit Menschen auf der Ebene, die dir am meisten nützt${stillOpen}`, chapterLink('ziele-und-zielgruppen'));
  } else if (answers.ebenen.length > 0) {
    add('Kontakte', `bringt dich mit ${joinGerman((answers.ebenen as Level[]).map((l) => LEVEL_DATIVE[l]))} zusammen.`);
  }

  add('Ton', pick(answers.ton, {
    beruflich: 'pflegt einen sachlichen, professionellen Ton.',
    'teils-privat': 'darf auch persönlich werden.',
    unklar: `ist sachlich oder persönlich${stillOpen}`,
  }));
  return lines;
}

/** The text for an answer, or null while unanswered. */
function pick<T extends string>(value: T | null, texts: Record<T, string>): string | null {
  return value === null ? null : texts[value];
}

// ---------------------------------------------------------------------------------------------
// Recommendations: explicit rules per kind of network

/** A rule that speaks for or against a kind of network, with the reason the reader sees. */
export interface Rule {
  /** Stable id, used by the tests to check every rule. */
  id: string;
  when: (a: Answers) => boolean;
  reason: string;
  /** Only for fitting rules: how strongly the rule speaks for the kind. */
  points?: number;
}

export interface KindRules {
  kind: KindId;
  /** Each firing rule adds its points and its reason. */
  fits: readonly Rule[];
  /** Any firing rule rules the kind out, whatever the points. */
  blocks: readonly Rule[];
  /** Firing rules add a caveat to a recommendation without changing it. */
  caveats: readonly Rule[];
}

/** A kind is recommended with at least this many points and no blocking rule. */
export const RECOMMEND_MIN_POINTS = 2;

const has = (list: readonly string[], ...values: string[]) => values.some((value) => list.includes(value));
const purposeUnknown = (a: Answers) => a.zwecke.includes(UNKNOWN);
const hoursBelow = (limit: number) => (a: Answers) => {
  const hours = hoursPerMonth(a);
  return hours !== null && hours < limit;
};

/** All rules, kind by kind. Tests check that each rule fires in some fixture and not in another. */
export const RULES: readonly KindRules[] = [
  {
    kind: 'kammer',
    fits: [
      { id: 'kammer-region', points: 2, when: (a) => has([a.reichweite ?? ''], 'lokal', 'regional'), reason: 'Kammern bringen Unternehmen aus deiner Region zusammen – genau die Reichweite, die du suchst.' },
      { id: 'kammer-geschaeft', points: 1, when: (a) => has(a.zwecke, 'auftraege', 'kooperation'), reason: 'Bei Kammer-Veranstaltungen triffst du Unternehmerinnen und Unternehmer, die Aufträge vergeben oder Partner suchen.' },
      { id: 'kammer-chefs', points: 1, when: (a) => has(a.ebenen, 'geschaeftsfuehrung'), reason: 'Dort sind viele Inhaberinnen und Geschäftsführer unterwegs – die Ebene, die du erreichen willst.' },
      { id: 'kammer-quer', points: 1, when: (a) => a.zusammensetzung === 'branchenuebergreifend', reason: 'Kammern sind branchenübergreifend: Du triffst Menschen, denen du in deinem Fach nie begegnen würdest.' },
    ],
    blocks: [{ id: 'kammer-online', when: (a) => a.form === 'online', reason: 'Kammern leben von Treffen vor Ort – du möchtest dich online vernetzen.' }],
    caveats: [],
  },
  {
    kind: 'fachverband',
    fits: [
      { id: 'verband-fach', points: 2, when: (a) => a.zusammensetzung === 'eigene-branche', reason: 'Fachverbände versammeln Menschen aus deinem Beruf.' },
      { id: 'verband-austausch', points: 1, when: (a) => has(a.zwecke, 'austausch', 'trends'), reason: 'In Ausschüssen und Arbeitskreisen tauschst du dich gezielt über Fachthemen aus und hörst früh, was sich tut.' },
      { id: 'verband-rolle', points: 1, when: (a) => has(a.angebot, 'rollen'), reason: 'Gremien suchen Leute, die eine Aufgabe übernehmen – und du bist bereit, mit anzupacken.' },
    ],
    blocks: [],
    caveats: [{ id: 'verband-zeit', when: hoursBelow(4), reason: 'Gremienarbeit braucht regelmäßig Zeit. Bei deinem Budget reicht es eher für die Mitgliedschaft als für ein Amt.' }],
  },
  {
    kind: 'messe',
    fits: [
      { id: 'messe-trends', points: 2, when: (a) => has(a.zwecke, 'trends'), reason: 'Auf Messen und Fachtagungen erfährst du nebenbei, was sich in deinem Fach gerade tut.' },
      { id: 'messe-kunden', points: 1, when: (a) => has(a.zwecke, 'auftraege'), reason: 'Messen sind ein klassischer Ort, um künftige Kundschaft persönlich kennenzulernen.' },
      { id: 'messe-weit', points: 1, when: (a) => has([a.reichweite ?? ''], 'national', 'international'), reason: 'Große Konferenzen ziehen Menschen aus dem ganzen Land und darüber hinaus an.' },
      { id: 'messe-gross', points: 1, when: (a) => a.groesse === 'gross', reason: 'Du triffst an einem Tag mehr Menschen als sonst in Monaten.' },
      { id: 'messe-erkunden', points: 2, when: purposeUnknown, reason: 'Dein Zweck ist noch offen: Auf einer Fachmesse siehst du an einem Tag viele Verbände und Gruppen auf einmal.' },
    ],
    blocks: [{ id: 'messe-online', when: (a) => a.form === 'online', reason: 'Messen und Konferenzen finden vor allem vor Ort statt – du möchtest dich online vernetzen.' }],
    caveats: [{ id: 'messe-zeit', when: hoursBelow(8), reason: 'Ein Messetag kostet mit Anreise schnell acht Stunden – bei deinem Budget eher ein- oder zweimal im Jahr.' }],
  },
  {
    kind: 'unternehmertreffen',
    fits: [
      { id: 'treffen-geschaeft', points: 2, when: (a) => has(a.zwecke, 'auftraege', 'kooperation'), reason: 'Business-Events und regionale Unternehmertreffen sind darauf ausgelegt, dass Aufträge und Kooperationen entstehen.' },
      { id: 'treffen-quer', points: 1, when: (a) => a.zusammensetzung === 'branchenuebergreifend', reason: 'Dort kommen Menschen aus vielen Branchen zusammen.' },
      { id: 'treffen-region', points: 1, when: (a) => has([a.reichweite ?? ''], 'lokal', 'regional'), reason: 'Solche Treffen finden in deiner Region statt – kurze Wege, Gesichter, die du wiedersiehst.' },
    ],
    blocks: [{ id: 'treffen-online', when: (a) => a.form === 'online', reason: 'Business-Events leben von der persönlichen Begegnung – du möchtest dich online vernetzen.' }],
    caveats: [],
  },
  {
    kind: 'alumni',
    fits: [
      { id: 'alumni-karriere', points: 2, when: (a) => has(a.zwecke, 'karriere'), reason: 'Ehemalige helfen einander gern bei der Jobsuche, und der gemeinsame Studienort ist ein leichter Gesprächseinstieg.' },
      { id: 'alumni-quer', points: 1, when: (a) => a.zusammensetzung === 'branchenuebergreifend', reason: 'Deine Ehemaligen arbeiten heute in vielen Branchen.' },
      { id: 'alumni-ton', points: 1, when: (a) => a.ton === 'teils-privat', reason: 'Unter Ehemaligen ist der Ton oft persönlich – das liegt dir.' },
    ],
    blocks: [],
    caveats: [],
  },
  {
    kind: 'plattform',
    fits: [
      { id: 'plattform-online', points: 2, when: (a) => has([a.form ?? ''], 'online', 'gemischt'), reason: 'Du willst dich (auch) online vernetzen: In Fachgruppen auf LinkedIn und Xing geht das ohne Anfahrt.' },
      { id: 'plattform-karriere', points: 1, when: (a) => has(a.zwecke, 'karriere'), reason: 'Arbeitgeber suchen auf diesen Plattformen gezielt nach Fachleuten.' },
      { id: 'plattform-kunden', points: 1, when: (a) => has(a.zwecke, 'auftraege'), reason: 'Viele Selbstständige zeigen sich dort bewusst als Dienstleister und gewinnen so Kundschaft.' },
      { id: 'plattform-international', points: 1, when: (a) => a.reichweite === 'international', reason: 'Für internationale Kontakte gilt LinkedIn als die passende Plattform.' },
      { id: 'plattform-wenig-zeit', points: 1, when: hoursBelow(4), reason: 'Online-Gruppen kannst du in kurzen Zeitfenstern pflegen – passend zu deinem knappen Budget.' },
    ],
    blocks: [],
    caveats: [
      { id: 'plattform-ton', when: (a) => a.ton === 'teils-privat', reason: 'Auf Business-Plattformen ist der Ton sachlich; Persönliches hat dort weniger Platz.' },
      { id: 'plattform-praesenz', when: (a) => a.form === 'praesenz', reason: 'Auch wenn du dich lieber vor Ort triffst: Ein gepflegtes Profil hilft dir, nach einem Treffen in Kontakt zu bleiben.' },
    ],
  },
  {
    kind: 'meetup',
    fits: [
      { id: 'meetup-austausch', points: 1, when: (a) => has(a.zwecke, 'austausch'), reason: 'Meetup- und Interessengruppen bringen Menschen mit demselben Thema zusammen – vor Ort oder per Video.' },
      { id: 'meetup-offen', points: 1, when: (a) => a.zugang === 'offen', reason: 'Solche Gruppen stehen allen offen; du kannst einfach vorbeikommen.' },
      { id: 'meetup-lokal', points: 1, when: (a) => a.reichweite === 'lokal', reason: 'Die meisten Gruppen treffen sich in deiner Stadt.' },
      { id: 'meetup-erkunden', points: 2, when: purposeUnknown, reason: 'Dein Zweck ist noch offen: In offenen Themengruppen findest du unverbindlich heraus, was dir liegt.' },
    ],
    blocks: [{ id: 'meetup-geschlossen', when: (a) => a.zugang === 'geschlossen', reason: 'Du suchst einen geschlossenen Kreis; Meetup-Gruppen stehen allen offen.' }],
    caveats: [],
  },
  {
    kind: 'sport',
    fits: [
      { id: 'sport-ton', points: 1, when: (a) => a.ton === 'teils-privat', reason: 'Du magst es, wenn sich Berufliches und Privates mischen – beim Golfturnier oder Firmenlauf ist die Stimmung entspannt.' },
      { id: 'sport-chefs', points: 1, when: (a) => has(a.ebenen, 'geschaeftsfuehrung'), reason: 'Turniere von Unternehmen und Wirtschaftsverbänden ziehen viele Entscheiderinnen und Entscheider an.' },
      { id: 'sport-geschaeft', points: 1, when: (a) => has(a.zwecke, 'auftraege', 'kooperation'), reason: 'Im lockeren Rahmen entstehen Geschäftskontakte, ohne dass du sie erzwingen musst.' },
    ],
    blocks: [
      { id: 'sport-beruflich', when: (a) => a.ton === 'beruflich', reason: 'Du suchst einen streng beruflichen Ton; beim Sport mischt sich Privates hinein.' },
      { id: 'sport-online', when: (a) => a.form === 'online', reason: 'Sportveranstaltungen finden vor Ort statt – du möchtest dich online vernetzen.' },
    ],
    caveats: [],
  },
  {
    kind: 'expertenkreis',
    fits: [
      { id: 'experten-geschlossen', points: 2, when: (a) => a.zugang === 'geschlossen', reason: 'Du suchst einen geschlossenen Kreis mit Aufnahmeregeln – dort ist der Austausch oft besonders vertraut.' },
      { id: 'experten-klein', points: 1, when: (a) => a.groesse === 'klein', reason: 'Du wünschst dir einen kleinen Kreis; Expertenrunden sind meist überschaubar.' },
      { id: 'experten-fach', points: 1, when: (a) => a.zusammensetzung === 'eigene-branche', reason: 'Solche Runden sind fast immer auf ein Fach zugeschnitten.' },
      { id: 'experten-austausch', points: 1, when: (a) => has(a.zwecke, 'austausch'), reason: 'Fachlicher Rat unter Gleichgesinnten ist ihr Kern.' },
    ],
    blocks: [{ id: 'experten-offen', when: (a) => a.zugang === 'offen', reason: 'Du möchtest ein Netzwerk, das allen offensteht.' }],
    caveats: [{ id: 'experten-aufnahme', when: () => true, reason: 'Rechne mit Voraussetzungen für die Aufnahme, etwa einer Empfehlung oder nachgewiesener Berufserfahrung.' }],
  },
  {
    kind: 'halbprivat',
    fits: [
      { id: 'halbprivat-ton', points: 1, when: (a) => a.ton === 'teils-privat', reason: 'Du magst einen persönlichen Ton: In Vereinen und halb privaten Gruppen kennt man sich auch privat.' },
      { id: 'halbprivat-nah', points: 1, when: (a) => has([a.reichweite ?? ''], 'lokal', 'regional'), reason: 'Vereine und Gruppen in deiner Nähe findest du direkt vor deiner Haustür.' },
    ],
    blocks: [{ id: 'halbprivat-beruflich', when: (a) => a.ton === 'beruflich', reason: 'Du suchst einen streng beruflichen Ton.' }],
    caveats: [{ id: 'halbprivat-nachricht', when: () => true, reason: 'Schreib dort kurz und erklär in einem Satz, woher ihr euch kennt und worum es dir geht.' }],
  },
];

export interface Recommendation {
  kind: KindId;
  title: string;
  examples: string;
  points: number;
  /** Why it fits: the reasons of every firing rule, strongest first. */
  reasons: string[];
  /** What to keep in mind. */
  caveats: string[];
  chapter: ChapterLink;
  /** The ids of the rules that fired, for tests and debugging. */
  ruleIds: string[];
}

export interface NotRecommended {
  kind: KindId;
  title: string;
  /** Why not: the first blocking rule, or that too little speaks for it. */
  reason: string;
  ruleIds: string[];
}

export interface RecommendationResult {
  recommended: Recommendation[];
  notRecommended: NotRecommended[];
}

/**
 * Applies every rule to the answers. Kinds with at least RECOMMEND_MIN_POINTS and no blocking
 * rule are recommended, strongest first (ties keep the order of RULES); all others come with
 * the reason they are not.
 */
export function recommend(answers: Answers): RecommendationResult {
  const recommended: Recommendation[] = [];
  const notRecommended: NotRecommended[] = [];
  for (const rules of RULES) {
    const kind = NETWORK_KINDS[rules.kind];
    const fits = rules.fits.filter((r) => r.when(answers)).sort((x, y) => (y.points ?? 0) - (x.points ?? 0));
    const block = rules.blocks.find((r) => r.when(answers));
    const points = fits.reduce((sum, r) => sum + (r.points ?? 0), 0);
    if (block || points < RECOMMEND_MIN_POINTS) {
      notRecommended.push({
        kind: rules.kind,
        title: kind.title,
        reason: block ? block.reason : 'Zu deinen Antworten passt davon zu wenig.',
        ruleIds: [...(block ? [block.id] : []), ...fits.map((r) => r.id)],
      });
      continue;
    }
    const caveats = rules.caveats.filter((r) => r.when(answers));
    recommended.push({
      kind: rules.kind,
      title: kind.title,
      examples: kind.examples,
      points,
      reasons: fits.map((r) => r.reason),
      caveats: caveats.map((r) => r.reason),
      chapter: chapterLink(kind.chapter),
      ruleIds: [...fits, ...caveats].map((r) => r.id),
    });
  }
  recommended.sort((x, y) => y.points - x.points);
  return { recommended, notRecommended };
}

/** The ids of the recommended kinds, best first – for the network check and the plan. */
export function recommendedKinds(answers: Answers): KindId[] {
  return recommend(answers).recommended.map((r) => r.kind);
}

// ---------------------------------------------------------------------------------------------
// Time budget

/**
 * Hours per month a purpose needs: below `minimum` it is not realistic, from `comfortable` on
 * there is room to take part regularly, follow up and contribute. Our own rule of thumb, not a
 * study: one evening meeting with travel and follow-up takes about three hours; winning clients
 * needs steady presence, staying informed little more than reading and an occasional event.
 */
export const TIME_NEEDS: Readonly<Record<Purpose, { minimum: number; comfortable: number }>> = {
  trends: { minimum: 1, comfortable: 3 },
  austausch: { minimum: 2, comfortable: 4 },
  karriere: { minimum: 4, comfortable: 8 },
  kooperation: { minimum: 4, comfortable: 8 },
  auftraege: { minimum: 6, comfortable: 10 },
};

/** Meeting only in person adds travel: this many hours on both thresholds. */
export const IN_PERSON_EXTRA_HOURS = 1;

export type TimeLevel = 'realistisch' | 'knapp' | 'zu-wenig' | 'offen';

export interface TimeVerdict {
  level: TimeLevel;
  /** Short verdict for the status tag. */
  title: string;
  text: string;
  /** The thresholds used, when a main purpose is known. */
  need: { minimum: number; comfortable: number } | null;
}

const TIME_TITLES: Record<TimeLevel, string> = {
  realistisch: 'Realistisch',
  knapp: 'Knapp',
  'zu-wenig': 'Zu wenig Zeit',
  offen: 'Noch offen',
};

/** The hours a purpose needs for this reader (in person costs travel). */
export function timeNeed(purpose: Purpose, form: Answers['form']): { minimum: number; comfortable: number } {
  const base = TIME_NEEDS[purpose];
  const extra = form === 'praesenz' ? IN_PERSON_EXTRA_HOURS : 0;
  return { minimum: base.minimum + extra, comfortable: base.comfortable + extra };
}

/**
 * Whether the main purpose is realistic for the hours given, with the thresholds of TIME_NEEDS:
 * below minimum „zu wenig“, from minimum „knapp“, from comfortable „realistisch“; „offen“ when
 * the hours or the purpose are unknown.
 */
export function timeVerdict(answers: Answers): TimeVerdict {
  const main = mainPurpose(answers);
  const hours = hoursPerMonth(answers);
  const need = main === null ? null : timeNeed(main, answers.form);
  const verdict = (level: TimeLevel, text: string): TimeVerdict => ({ level, title: TIME_TITLES[level], text, need });

  if (main === null || need === null) {
    const budget = hours === null || hours < 2 ? 'Für den Anfang genügen zwei, drei Stunden im Monat, um ein oder zwei Netzwerke als Gast kennenzulernen.' : `Mit ${formatHours(hours)} im Monat kannst du in Ruhe zwei, drei Netzwerke als Gast ausprobieren.`;
    return verdict('offen', `Solange dein Zweck offen ist, lässt sich nicht sagen, ob deine Zeit reicht. ${budget}`);
  }
  const goal = PURPOSE_PHRASES[main];
  if (hours === null) {
    return verdict('offen', `Du weißt noch nicht, wie viel Zeit du hast. Um ${goal}, solltest du mit mindestens ${formatHours(need.minimum)} im Monat rechnen, besser ${formatHours(need.comfortable)}.`);
  }
  const others = chosenPurposes(answers).filter((p) => p !== main);
  const othersList = joinGerman(others.map((p) => LABELS[p]));
  const othersNote =
    others.length === 0 ? '' : others.length === 1 ? ` Dein weiterer Zweck (${othersList}) kommt dabei wahrscheinlich zu kurz.` : ` Deine weiteren Zwecke (${othersList}) kommen dabei wahrscheinlich zu kurz.`;
  if (hours < need.minimum) {
    const start = hours === 0 ? 'Ohne Zeit wächst kein Netzwerk.' : `${formatHours(hours)} im Monat ${hours === 1 ? 'ist' : 'sind'} zu wenig, um ${goal}.`;
    return verdict('zu-wenig', `${start} Dafür brauchst du erfahrungsgemäß mindestens ${formatHours(need.minimum)}. Nimm dir ein kleineres Ziel vor – oder schaff dir feste Zeit im Kalender.${othersNote}`);
  }
  if (hours < need.comfortable) {
    return verdict('knapp', `${formatHours(hours)} im Monat ${hours === 1 ? 'reicht' : 'reichen'} gerade so, um ${goal}. Konzentrier dich auf ein einziges Netzwerk und trag dir feste Termine ein.${othersNote}`);
  }
  return verdict('realistisch', `Mit ${formatHours(hours)} im Monat hast du genug Luft, um ${goal}: regelmäßig dabei sein, nachfassen und dich einbringen.`);
}

// ---------------------------------------------------------------------------------------------
// Give before take

const GIVE_IDEAS: Record<Offer, string> = {
  wissen: 'Beantworte eine Frage aus deinem Fachgebiet oder empfiehl einen lesenswerten Artikel.',
  ressourcen: 'Biete einen Raum für ein Treffen an oder hilf mit Technik und Zeit bei der Vorbereitung.',
  rollen: 'Frag nach einer Aufgabe: Kasse, Protokoll, Co-Moderation oder die Organisation des nächsten Treffens.',
  kontakte: 'Mach zwei Menschen miteinander bekannt, die einander weiterhelfen können.',
};

export interface GiveReminder {
  text: string;
  /** Concrete first gifts, one per thing the reader can offer. */
  ideas: string[];
  /** The reader's own keywords, if any. */
  ownWords: string[];
}

/** The give-before-take reminder, built from what the reader said they can offer. */
export function giveBeforeTake(answers: Answers): GiveReminder {
  const offers = chosenOffers(answers);
  const ownWords = ownOfferWords(answers);
  if (offers.length === 0) {
    return {
      text: 'Du bist unsicher, was du beisteuern kannst? Das geht fast allen Neuen so – und stimmt fast nie. Schon eine kleine Geste zählt:',
      ideas: [GIVE_IDEAS.wissen, 'Leite einen Hinweis auf eine passende Veranstaltung weiter.'],
      ownWords,
    };
  }
  return {
    text: `Bring zuerst etwas ein, bevor du etwas erwartest. Du hast ${joinGerman(offers.map((o) => LABELS[o]))} zu bieten – so könnte dein erster Beitrag aussehen:`,
    ideas: offers.map((o) => GIVE_IDEAS[o]),
    ownWords,
  };
}
