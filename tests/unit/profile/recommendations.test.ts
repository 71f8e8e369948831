import { optionLabels } from '../../../src/i18n/de/options';
import { describe, expect, test } from 'vitest';
import { emptyAnswers, type Answers } from '../../../src/lib/questionnaire/answers-schema';
import { KIND_IDS, NETWORK_KINDS, type KindId } from '../../../src/lib/profile/network-kinds';
import { kindWords } from '../../../src/i18n/de/network-kinds';
import { RULES } from '../../../src/lib/profile/recommendation-rules';
import { recommendationTexts as R } from '../../../src/i18n/de/recommendations';
import { profileLineText, timeText } from '../../../src/islands/selbsttest/render';
import {
  IN_PERSON_EXTRA_HOURS,
  RECOMMEND_MIN_POINTS,
  TIME_NEEDS,
  holds,
  describeProfile,
  giveBeforeTake,
  hoursPerMonth,
  offerItems,
  ownOfferWords,
  recommend,
  recommendedKinds,
  timeNeed,
  timeVerdict,
  type TimeLevel,
} from '../../../src/lib/profile/recommendations';
import { PURPOSES } from '../../../src/lib/questionnaire/profile-options';
import { PROFILES, type ProfileName } from '../../fixtures/answers-states';

const profileNames = Object.keys(PROFILES) as ProfileName[];

describe('hoursPerMonth', () => {
  test.each([
    ['6', false, 6],
    ['12,5', false, 12.5],
    ['0', false, 0],
    ['', true, null],
    ['viel', false, null],
    ['161', false, null],
    ['', false, null],
  ] as const)('gives „%s“ (unknown: %s) as %s', (stunden, stundenUnklar, hours) => {
    expect(hoursPerMonth({ ...emptyAnswers(), stunden, stundenUnklar })).toBe(hours);
  });
});

describe('ownOfferWords', () => {
  test('splits at commas, semicolons and line breaks and drops empty pieces', () => {
    expect(ownOfferWords({ ...emptyAnswers(), angebotDetails: ' Excel-Kniffe, Raum im Büro;\n\nKasse ,' })).toEqual(['Excel-Kniffe', 'Raum im Büro', 'Kasse']);
  });
});

describe('offerItems', () => {
  test.each([
    ['freiberuflerinRegional', ['Texte redigieren', 'Kontakte zu Druckereien', 'Wissen', 'Kontakte']],
    ['jobsucheInternational', ['Wissen']],
    ['lockerLokal', ['Besprechungsraum im Büro', 'Ressourcen']],
    ['allesUnklar', []],
  ] as const)('lists what the %s profile can give', (name, items) => {
    expect(offerItems(PROFILES[name], optionLabels)).toEqual(items);
  });

  test('lists a keyword once even if it repeats a kind', () => {
    expect(offerItems({ ...emptyAnswers(), angebot: ['kontakte'], angebotDetails: 'Kontakte' }, optionLabels)).toEqual(['Kontakte']);
  });
});

/** The profile in words, as the result page shows it. */
const profileInWords = (answers: Answers) => describeProfile(answers).map((line) => ({ ...line, ...profileLineText(line, R) }));

describe('describeProfile', () => {
  test('gives one line per answered part, in the order of the questions, as codes', () => {
    expect(describeProfile(PROFILES.freiberuflerinRegional).slice(0, 2)).toEqual([
      { field: 'form', sentence: 'gemischt', params: {} },
      { field: 'zwecke', sentence: 'mainWithOthers', params: { main: 'auftraege', others: ['austausch'] } },
    ]);
    expect(describeProfile(PROFILES.freiberuflerinRegional).map((l) => l.field)).toEqual(['form', 'zwecke', 'groesse', 'zusammensetzung', 'reichweite', 'zugang', 'stunden', 'angebot', 'ebenen', 'ton', 'energie', 'rolle', 'begleitung']);
  });

  test('describes the freelancer in plain words, one line per dimension', () => {
    expect(profileInWords(PROFILES.freiberuflerinRegional).map((l) => `${l.label}: ${l.text}`)).toEqual([
      'Treffpunkt: verbindet beides: Online bahnst du Kontakte an, vor Ort vertiefst du sie.',
      'Zweck: dient vor allem dazu, Kundschaft und Aufträge zu gewinnen; außerdem hilft es dir, Erfahrungen und Wissen auszutauschen.',
      'Größe: ist ein kleiner, vertrauter Kreis.',
      'Zusammensetzung: bringt dich mit Menschen aus vielen Branchen zusammen.',
      'Reichweite: ist regional – in deinem Bundesland oder deiner Region.',
      'Zugang: steht allen offen.',
      'Zeit: bekommt von dir etwa 6 Stunden im Monat.',
      'Dein Beitrag: lebt auch von dem, was du einbringst: Wissen und Kontakte (Texte redigieren, Kontakte zu Druckereien).',
      'Kontakte: bringt dich mit Geschäftsführerinnen und Geschäftsführern zusammen.',
      'Ton: pflegt einen sachlichen, professionellen Ton.',
      'Energie: lässt dir Luft: kleine Runden, in denen du nicht untergehst.',
      'Im Gespräch: gibt dir Gelegenheit, das Wort zu ergreifen und dich zu zeigen.',
      'Hingehen: erkundest du ohne Weiteres auch allein.',
    ]);
  });

  test('says for every „Weiß ich noch nicht“ that it is still open, with chapters where it helps', () => {
    const lines = profileInWords(PROFILES.allesUnklar);
    expect(lines).toHaveLength(13);
    for (const line of lines) expect(line.text, line.label).toMatch(/noch offen|keinen klaren Zweck|findest du gerade heraus/);
    expect(lines.filter((l) => l.chapter).map((l) => l.chapter)).toEqual(['ziele-und-zielgruppen', 'passendes-netzwerk-finden', 'passendes-netzwerk-finden', 'ziele-und-zielgruppen']);
  });

  test('leaves unanswered questions out', () => {
    expect(describeProfile(emptyAnswers())).toEqual([]);
    expect(profileInWords({ ...emptyAnswers(), form: 'online' }).map((l) => l.label)).toEqual(['Treffpunkt']);
  });

  test('says plainly when there is no time', () => {
    expect(profileInWords({ ...emptyAnswers(), stunden: '0' })[0]!.text).toBe('bekommt von dir im Moment keine Zeit.');
  });

  test('names one purpose without „außerdem“, and the own keywords only when there are some', () => {
    expect(profileInWords(PROFILES.jobsucheInternational)[1]!.text).toBe('dient vor allem dazu, Job- und Karrierechancen zu finden.');
    expect(profileInWords(PROFILES.jobsucheInternational).find((l) => l.field === 'angebot')!.text).toBe('lebt auch von dem, was du einbringst: Wissen.');
  });
});

describe('recommend', () => {
  const expected: Record<ProfileName, { recommended: KindId[]; blocked: KindId[] }> = {
    freiberuflerinRegional: { recommended: ['kammer', 'unternehmertreffen', 'plattform', 'fachverband', 'meetup'], blocked: ['sport', 'expertenkreis', 'halbprivat'] },
    // Three hours for a career goal are too little: two kinds, the one costing least time first.
    jobsucheInternational: { recommended: ['plattform', 'fachverband'], blocked: ['kammer', 'messe', 'jobmesse', 'unternehmertreffen', 'sport', 'expertenkreis', 'halbprivat'] },
    fachkreisGeschlossen: { recommended: ['fachverband', 'expertenkreis', 'messe'], blocked: ['meetup'] },
    lockerLokal: { recommended: ['kammer', 'unternehmertreffen', 'sport', 'messe', 'alumni', 'meetup', 'halbprivat'], blocked: ['expertenkreis'] },
    allesUnklar: { recommended: ['messe', 'meetup'], blocked: [] },
    knappeZeit: { recommended: ['plattform', 'kammer'], blocked: ['sport', 'expertenkreis', 'halbprivat'] },
  };

  test.each(profileNames)('recommends the expected kinds for the %s profile, best first', (name) => {
    expect(recommendedKinds(PROFILES[name], RULES)).toEqual(expected[name].recommended);
  });

  test.each(profileNames)('rules out the expected kinds for the %s profile with the blocking reason', (name) => {
    const { notRecommended } = recommend(PROFILES[name], RULES);
    const blocked = notRecommended.filter((n) => n.reason.code === 'block' && RULES.find((r) => r.kind === n.kind)!.blocks.some((b) => n.reason.code === 'block' && b.id === n.reason.rule));
    expect(blocked.map((n) => n.kind).sort()).toEqual([...expected[name].blocked].sort());
  });

  test.each(profileNames)('accounts for every kind exactly once for the %s profile', (name) => {
    const { recommended, notRecommended } = recommend(PROFILES[name], RULES);
    const all = [...recommended.map((r) => r.kind), ...notRecommended.map((n) => n.kind)].sort();
    expect(all).toEqual(KIND_IDS.filter((k) => k !== 'sonstiges').sort());
  });

  test.each(profileNames)('gives every recommendation for the %s profile a reason and its chapter', (name) => {
    for (const r of recommend(PROFILES[name], RULES).recommended) {
      expect(r.reasons.length).toBeGreaterThan(0);
      expect(r.points).toBeGreaterThanOrEqual(RECOMMEND_MIN_POINTS);
      expect(r.chapter).toBe(NETWORK_KINDS[r.kind].chapter);
      expect(kindWords[r.kind].title.length).toBeGreaterThan(3);
      for (const id of [...r.reasons, ...r.caveats]) expect(r.ruleIds).toContain(id);
    }
  });

  test('orders the reasons strongest first', () => {
    const kammer = recommend(PROFILES.freiberuflerinRegional, RULES).recommended[0]!;
    expect(kammer.ruleIds).toEqual(['kammer-region', 'kammer-geschaeft', 'kammer-chefs', 'kammer-quer']);
    expect(R.rules[kammer.reasons[0]!]).toContain('aus deiner Region');
  });

  test('shows the time caveat on trade fairs for a small budget', () => {
    const messe = recommend({ ...PROFILES.knappeZeit, stunden: '7' }, RULES).recommended.find((r) => r.kind === 'messe')!;
    expect(messe.caveats).toEqual(['messe-zeit', 'messe-leise']);
  });

  test('recommends nothing for empty answers and says why for each kind', () => {
    const { recommended, notRecommended } = recommend(emptyAnswers(), RULES);
    expect(recommended).toEqual([]);
    for (const n of notRecommended) expect(n.reason.code, n.kind).toBe('missing');
  });

  test('lets a blocking rule win over any number of points', () => {
    const online = { ...PROFILES.lockerLokal, form: 'online' as const };
    expect(recommendedKinds(online, RULES)).not.toContain('kammer');
    const reason = recommend(online, RULES).notRecommended.find((n) => n.kind === 'kammer')!.reason;
    expect(reason.code === 'block' && R.rules[reason.rule]).toContain('online vernetzen');
  });
});


describe('holds', () => {
  test.each([
    [['reichweite', 'lokal', 'regional'], { reichweite: 'regional' }, true],
    [['reichweite', 'lokal', 'regional'], { reichweite: 'national' }, false],
    [['zwecke', 'auftraege'], { zwecke: ['austausch', 'auftraege'] }, true],
    [['zwecke', 'auftraege'], { zwecke: ['austausch'] }, false],
    [['hours-below', 4], { stunden: '3,5' }, true],
    [['hours-below', 4], { stunden: '4' }, false],
    [['hours-below', 4], { stundenUnklar: true }, false],
    [['always'], {}, true],
  ] as const)('checks %j against %j as %s', (condition, answers, result) => {
    expect(holds(condition as never, { ...emptyAnswers(), ...(answers as Partial<Answers>) })).toBe(result);
  });
});


describe('timeNeed', () => {
  test('adds travel time for readers who only meet in person', () => {
    expect(timeNeed('austausch', 'praesenz')).toEqual({ minimum: 2 + IN_PERSON_EXTRA_HOURS, comfortable: 4 + IN_PERSON_EXTRA_HOURS });
    expect(timeNeed('austausch', 'gemischt')).toEqual(TIME_NEEDS.austausch);
  });

  test('asks at least as much for comfort as for the minimum, for every purpose', () => {
    for (const p of PURPOSES) expect(TIME_NEEDS[p].comfortable).toBeGreaterThan(TIME_NEEDS[p].minimum);
  });
});

describe('timeVerdict', () => {
  test.each([
    ['freiberuflerinRegional', 'knapp'],
    ['jobsucheInternational', 'zu-wenig'],
    ['fachkreisGeschlossen', 'realistisch'],
    ['lockerLokal', 'realistisch'],
    ['allesUnklar', 'offen'],
    ['knappeZeit', 'zu-wenig'],
  ] as const)('judges the %s profile %s', (name, level) => {
    expect(timeVerdict(PROFILES[name]).level).toBe(level);
  });

  const withHours = (stunden: string, zwecke: Answers['zwecke'] = ['auftraege'], form: Answers['form'] = 'gemischt'): Answers => ({ ...emptyAnswers(), zwecke, form, stunden });

  test.each([
    ['5,5', 'zu-wenig'],
    ['6', 'knapp'],
    ['9,5', 'knapp'],
    ['10', 'realistisch'],
    ['0', 'zu-wenig'],
  ] as [string, TimeLevel][])('puts %s hours for clients at the threshold as %s', (stunden, level) => {
    expect(timeVerdict(withHours(stunden)).level).toBe(level);
  });

  test('raises the thresholds by the travel time for readers who meet in person', () => {
    expect(timeVerdict(withHours('10', ['auftraege'], 'praesenz')).level).toBe('knapp');
    expect(timeVerdict(withHours('11', ['auftraege'], 'praesenz')).level).toBe('realistisch');
  });

  test('judges by the main purpose and warns that the others fall short', () => {
    const verdict = timeVerdict(PROFILES.knappeZeit);
    expect(verdict.need).toEqual({ minimum: 6, comfortable: 10 });
    expect(verdict.sentences).toEqual([{ code: 'tooLittle', count: 1 }, { code: 'tooLittleAdvice' }, { code: 'others', count: 1 }]);
    expect(timeText(verdict, R)).toBe(
      '1 Stunde im Monat ist zu wenig, um Kundschaft und Aufträge zu gewinnen. Dafür brauchst du erfahrungsgemäß mindestens 6 Stunden. Nimm dir ein kleineres Ziel vor – oder schaff dir feste Zeit im Kalender. Dein weiterer Zweck (Neuigkeiten aus der Branche) kommt dabei wahrscheinlich zu kurz.',
    );
  });

  test('names the hours a purpose needs when the reader does not know their time', () => {
    const verdict = timeVerdict({ ...emptyAnswers(), zwecke: ['karriere'], stundenUnklar: true });
    expect(verdict).toMatchObject({ level: 'offen' });
    expect(R.time.titles[verdict.level]).toBe('Noch offen');
    expect(timeText(verdict, R)).toContain('mindestens 4 Stunden im Monat rechnen, besser 8 Stunden');
  });

  test('counts the hours and the other purposes for the plural forms', () => {
    expect(timeText(timeVerdict(withHours('2')), R)).toMatch(/^2 Stunden im Monat sind zu wenig/);
    expect(timeText(timeVerdict({ ...withHours('2', ['auftraege', 'trends', 'austausch']), hauptzweck: 'auftraege' }), R)).toContain('Deine weiteren Zwecke (Erfahrungsaustausch und Neuigkeiten aus der Branche) kommen');
    expect(timeText(timeVerdict(withHours('7', ['auftraege'])), R)).toMatch(/^7 Stunden im Monat reichen gerade so/);
  });

  test('does not judge time while the purpose is open', () => {
    expect(timeVerdict({ ...emptyAnswers(), zwecke: ['unklar'], stunden: '5' })).toMatchObject({ level: 'offen', need: null, sentences: [{ code: 'purposeOpen' }, { code: 'starterWithHours' }] });
  });

  test('says „Ohne Zeit wächst kein Netzwerk“ for zero hours', () => {
    expect(timeText(timeVerdict(withHours('0', ['trends'])), R)).toMatch(/^Ohne Zeit wächst kein Netzwerk\./);
  });
});

describe('giveBeforeTake', () => {
  test('builds one idea per thing the reader can offer, with their own words', () => {
    const reminder = giveBeforeTake(PROFILES.freiberuflerinRegional);
    expect(reminder).toEqual({ unsure: false, offers: ['wissen', 'kontakte'], ownWords: ['Texte redigieren', 'Kontakte zu Druckereien'] });
    expect(R.give.ideas[reminder.offers[1]!]).toContain('bekannt');
  });

  test('encourages readers who do not know yet what they can give', () => {
    expect(giveBeforeTake(PROFILES.allesUnklar)).toEqual({ unsure: true, offers: [], ownWords: [] });
  });

  test('suggests taking on a role to readers who offered one', () => {
    expect(giveBeforeTake(PROFILES.fachkreisGeschlossen).offers.map((o) => R.give.ideas[o]).join(' ')).toContain('Kasse, Protokoll, Co-Moderation');
  });
});
