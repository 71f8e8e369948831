import { describe, expect, test } from 'vitest';
import { emptyAnswers, type Answers } from '../../../src/lib/questionnaire/answers-schema';
import { KIND_IDS, NETWORK_KINDS, type KindId } from '../../../src/lib/profile/network-kinds';
import { kindWords } from '../../../src/i18n/de/network-kinds';
import { RULES } from '../../../src/lib/profile/recommendation-rules';
import { RECOMMENDATION_TEXTS as R } from '../../../src/lib/profile/recommendation-texts';
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
    expect(offerItems(PROFILES[name])).toEqual(items);
  });

  test('lists a keyword once even if it repeats a kind', () => {
    expect(offerItems({ ...emptyAnswers(), angebot: ['kontakte'], angebotDetails: 'Kontakte' })).toEqual(['Kontakte']);
  });
});

describe('describeProfile', () => {
  test('describes the freelancer in plain words, one line per dimension', () => {
    expect(describeProfile(PROFILES.freiberuflerinRegional, R).map((l) => `${l.label}: ${l.text}`)).toEqual([
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
    ]);
  });

  test('says for every „Weiß ich noch nicht“ that it is still open, with chapters where it helps', () => {
    const lines = describeProfile(PROFILES.allesUnklar, R);
    expect(lines).toHaveLength(10);
    for (const line of lines) expect(line.text, line.label).toMatch(/noch offen|keinen klaren Zweck|findest du gerade heraus/);
    expect(lines.filter((l) => l.chapter).map((l) => l.chapter)).toEqual(['ziele-und-zielgruppen', 'passendes-netzwerk-finden', 'passendes-netzwerk-finden', 'ziele-und-zielgruppen']);
  });

  test('leaves unanswered questions out', () => {
    expect(describeProfile(emptyAnswers(), R)).toEqual([]);
    expect(describeProfile({ ...emptyAnswers(), form: 'online' }, R).map((l) => l.label)).toEqual(['Treffpunkt']);
  });

  test('says plainly when there is no time', () => {
    expect(describeProfile({ ...emptyAnswers(), stunden: '0' }, R)[0]!.text).toBe('bekommt von dir im Moment keine Zeit.');
  });
});

describe('recommend', () => {
  const expected: Record<ProfileName, { recommended: KindId[]; blocked: KindId[] }> = {
    freiberuflerinRegional: { recommended: ['kammer', 'unternehmertreffen', 'plattform', 'meetup'], blocked: ['sport', 'expertenkreis', 'halbprivat'] },
    jobsucheInternational: { recommended: ['plattform', 'fachverband', 'alumni'], blocked: ['kammer', 'messe', 'unternehmertreffen', 'sport', 'expertenkreis', 'halbprivat'] },
    fachkreisGeschlossen: { recommended: ['expertenkreis', 'fachverband', 'messe'], blocked: ['meetup'] },
    lockerLokal: { recommended: ['kammer', 'unternehmertreffen', 'sport', 'alumni', 'meetup', 'halbprivat'], blocked: ['expertenkreis'] },
    allesUnklar: { recommended: ['messe', 'meetup'], blocked: [] },
    knappeZeit: { recommended: ['kammer', 'unternehmertreffen', 'plattform', 'messe'], blocked: ['sport', 'expertenkreis', 'halbprivat'] },
  };

  test.each(profileNames)('recommends the expected kinds for the %s profile, best first', (name) => {
    expect(recommendedKinds(PROFILES[name], RULES, R)).toEqual(expected[name].recommended);
  });

  test.each(profileNames)('rules out the expected kinds for the %s profile with the blocking reason', (name) => {
    const { notRecommended } = recommend(PROFILES[name], RULES, R);
    const blocked = notRecommended.filter((n) => RULES.find((r) => r.kind === n.kind)!.blocks.some((b) => R.rules[b.id] === n.reason));
    expect(blocked.map((n) => n.kind).sort()).toEqual([...expected[name].blocked].sort());
  });

  test.each(profileNames)('accounts for every kind exactly once for the %s profile', (name) => {
    const { recommended, notRecommended } = recommend(PROFILES[name], RULES, R);
    const all = [...recommended.map((r) => r.kind), ...notRecommended.map((n) => n.kind)].sort();
    expect(all).toEqual(KIND_IDS.filter((k) => k !== 'sonstiges').sort());
  });

  test.each(profileNames)('gives every recommendation for the %s profile a reason and its chapter', (name) => {
    for (const r of recommend(PROFILES[name], RULES, R).recommended) {
      expect(r.reasons.length).toBeGreaterThan(0);
      expect(r.points).toBeGreaterThanOrEqual(RECOMMEND_MIN_POINTS);
      expect(r.chapter).toBe(NETWORK_KINDS[r.kind].chapter);
      expect(r.title).toBe(kindWords[r.kind].title);
    }
  });

  test('orders the reasons strongest first', () => {
    const kammer = recommend(PROFILES.freiberuflerinRegional, RULES, R).recommended[0]!;
    expect(kammer.ruleIds).toEqual(['kammer-region', 'kammer-geschaeft', 'kammer-chefs', 'kammer-quer']);
    expect(kammer.reasons[0]).toContain('aus deiner Region');
  });

  test('shows the time caveat on trade fairs for a small budget', () => {
    const messe = recommend(PROFILES.knappeZeit, RULES, R).recommended.find((r) => r.kind === 'messe')!;
    expect(messe.caveats).toEqual(['Ein Messetag kostet mit Anreise schnell acht Stunden – bei deinem Budget eher ein- oder zweimal im Jahr.']);
  });

  test('recommends nothing for empty answers and says why for each kind', () => {
    const { recommended, notRecommended } = recommend(emptyAnswers(), RULES, R);
    expect(recommended).toEqual([]);
    for (const n of notRecommended) expect(n.reason).toBe('Zu deinen Antworten passt davon zu wenig.');
  });

  test('lets a blocking rule win over any number of points', () => {
    const online = { ...PROFILES.lockerLokal, form: 'online' as const };
    expect(recommendedKinds(online, RULES, R)).not.toContain('kammer');
    expect(recommend(online, RULES, R).notRecommended.find((n) => n.kind === 'kammer')!.reason).toContain('online vernetzen');
  });
});


describe('holds', () => {
  test.each([
    [['reichweite', 'lokal', 'regional'], { reichweite: 'regional' }, true],
    [['reichweite', 'lokal', 'regional'], { reichweite: 'national' }, false],
    [['zwecke', 'auftraege'], { zwecke: ['austausch', 'auftraege'] }, true],
    [['zwecke', 'auftraege'], { zwecke: ['austausch'] }, false],
    [['stunden-unter', 4], { stunden: '3,5' }, true],
    [['stunden-unter', 4], { stunden: '4' }, false],
    [['stunden-unter', 4], { stundenUnklar: true }, false],
    [['immer'], {}, true],
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
    expect(timeVerdict(PROFILES[name], R).level).toBe(level);
  });

  const withHours = (stunden: string, zwecke: Answers['zwecke'] = ['auftraege'], form: Answers['form'] = 'gemischt'): Answers => ({ ...emptyAnswers(), zwecke, form, stunden });

  test.each([
    ['5,5', 'zu-wenig'],
    ['6', 'knapp'],
    ['9,5', 'knapp'],
    ['10', 'realistisch'],
    ['0', 'zu-wenig'],
  ] as [string, TimeLevel][])('puts %s hours for clients at the threshold as %s', (stunden, level) => {
    expect(timeVerdict(withHours(stunden), R).level).toBe(level);
  });

  test('raises the thresholds by the travel time for readers who meet in person', () => {
    expect(timeVerdict(withHours('10', ['auftraege'], 'praesenz'), R).level).toBe('knapp');
    expect(timeVerdict(withHours('11', ['auftraege'], 'praesenz'), R).level).toBe('realistisch');
  });

  test('judges by the main purpose and warns that the others fall short', () => {
    const verdict = timeVerdict(PROFILES.knappeZeit, R);
    expect(verdict.need).toEqual({ minimum: 6, comfortable: 10 });
    expect(verdict.text).toBe(
      '1 Stunde im Monat ist zu wenig, um Kundschaft und Aufträge zu gewinnen. Dafür brauchst du erfahrungsgemäß mindestens 6 Stunden. Nimm dir ein kleineres Ziel vor – oder schaff dir feste Zeit im Kalender. Dein weiterer Zweck (Neuigkeiten aus der Branche) kommt dabei wahrscheinlich zu kurz.',
    );
  });

  test('names the hours a purpose needs when the reader does not know their time', () => {
    const verdict = timeVerdict({ ...emptyAnswers(), zwecke: ['karriere'], stundenUnklar: true }, R);
    expect(verdict).toMatchObject({ level: 'offen', title: 'Noch offen' });
    expect(verdict.text).toContain('mindestens 4 Stunden im Monat rechnen, besser 8 Stunden');
  });

  test('does not judge time while the purpose is open', () => {
    expect(timeVerdict({ ...emptyAnswers(), zwecke: ['unklar'], stunden: '5' }, R)).toMatchObject({ level: 'offen', need: null });
  });

  test('says „Ohne Zeit wächst kein Netzwerk“ for zero hours', () => {
    expect(timeVerdict(withHours('0', ['trends']), R).text).toMatch(/^Ohne Zeit wächst kein Netzwerk\./);
  });
});

describe('giveBeforeTake', () => {
  test('builds one idea per thing the reader can offer, with their own words', () => {
    const reminder = giveBeforeTake(PROFILES.freiberuflerinRegional, R);
    expect(reminder.text).toContain('Du hast Wissen und Kontakte zu bieten');
    expect(reminder.ideas).toHaveLength(2);
    expect(reminder.ideas[1]).toContain('bekannt');
    expect(reminder.ownWords).toEqual(['Texte redigieren', 'Kontakte zu Druckereien']);
  });

  test('encourages readers who do not know yet what they can give', () => {
    const reminder = giveBeforeTake(PROFILES.allesUnklar, R);
    expect(reminder.text).toMatch(/^Du bist unsicher/);
    expect(reminder.ideas.length).toBeGreaterThan(0);
  });

  test('suggests taking on a role to readers who offered one', () => {
    expect(giveBeforeTake(PROFILES.fachkreisGeschlossen, R).ideas.join(' ')).toContain('Kasse, Protokoll, Co-Moderation');
  });
});
