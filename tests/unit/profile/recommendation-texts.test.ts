import { describe, expect, test } from 'vitest';
import { recommendationTexts as R } from '../../../src/i18n/de/recommendations';
import { questionnaireTexts } from '../../../src/i18n/de/selbsttest';
import { kindWords } from '../../../src/i18n/de/network-kinds';
import { emptyAnswers, type Answers } from '../../../src/lib/questionnaire/answers-schema';
import { RULES } from '../../../src/lib/profile/recommendation-rules';
import { describeProfile, recommend, timeVerdict } from '../../../src/lib/profile/recommendations';
import { profileLineText, profileParams, timeParams, timeText } from '../../../src/islands/selbsttest/render';
import { PROFILES } from '../../fixtures/answers-states';

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
const forms = (t: string | { other: string }) => (typeof t === 'string' ? [t] : Object.values(t));

/** The fixture profiles and the edge cases between them: every sentence code the rules can pick. */
const ANSWERS: Answers[] = [
  ...Object.values(PROFILES),
  emptyAnswers(),
  { ...PROFILES.freiberuflerinRegional, stunden: '0' },
  { ...PROFILES.freiberuflerinRegional, stunden: '1' },
  { ...PROFILES.freiberuflerinRegional, stunden: '7' },
  { ...PROFILES.freiberuflerinRegional, stunden: '', stundenUnklar: true },
  { ...PROFILES.freiberuflerinRegional, zwecke: ['unklar'], hauptzweck: null, stunden: '1' },
  { ...PROFILES.freiberuflerinRegional, zwecke: ['unklar'], hauptzweck: null, stunden: '5' },
  { ...PROFILES.freiberuflerinRegional, zwecke: ['auftraege', 'trends', 'karriere'], hauptzweck: 'auftraege', stunden: '2' },
  { ...PROFILES.freiberuflerinRegional, angebotDetails: '' },
];

describe('the result dictionary', () => {
  test('gives every rule a reason without placeholders, since the renderer fills none', () => {
    const ids = RULES.flatMap((k) => [...k.fits, ...k.blocks, ...k.caveats].map((r) => r.id));
    for (const id of ids) expect(placeholders(R.rules[id] ?? '{missing}'), id).toEqual([]);
    for (const kind of RULES) for (const id of kind.missing) expect(placeholders(R.missing[id] ?? '{missing}'), id).toEqual([]);
  });

  test('has a sentence for every profile line the answers can give, and fills each of its placeholders', () => {
    for (const answers of ANSWERS) {
      for (const line of describeProfile(answers)) {
        const template = R.profile.sentences[line.field]?.[line.sentence];
        expect(template, `${line.field} ${line.sentence}`).toBeDefined();
        const params = profileParams(line, R);
        for (const name of placeholders(template!)) expect(params, `${line.field} ${line.sentence} {${name}}`).toHaveProperty(name);
        expect(profileLineText(line, R).label, line.field).toMatch(/\p{L}{3}/u);
      }
    }
  });

  test('fills every placeholder of every time sentence the verdict can give', () => {
    const seen = new Set<string>();
    for (const answers of ANSWERS) {
      const verdict = timeVerdict(answers);
      const params = timeParams(verdict, R);
      for (const { code } of verdict.sentences) {
        seen.add(code);
        for (const template of forms(R.time[code])) for (const name of placeholders(template)) expect(params, `${code} {${name}}`).toHaveProperty(name);
      }
      expect(timeText(verdict, R)).not.toMatch(/\s{2}|\(\)|um \.|\{/);
    }
    expect([...seen].sort()).toEqual(['hoursOpen', 'others', 'purposeOpen', 'realistic', 'starter', 'starterWithHours', 'tight', 'tooLittle', 'tooLittleAdvice', 'zero']);
  });

  test('names every kind the rules can recommend', () => {
    for (const answers of ANSWERS) for (const r of recommend(answers, RULES).recommended) expect(R.kinds[r.kind].title, r.kind).toMatch(/\p{L}{3}/u);
  });

  test('speaks in du-Form and recommends no Xing groups, which Xing closed in 2023', () => {
    for (const texts of [R, questionnaireTexts, kindWords]) {
      expect(JSON.stringify(texts)).not.toMatch(/\bSie\b|TODO|Lorem|XXX/);
      expect(JSON.stringify(texts)).not.toMatch(/Xing/i);
    }
  });
});
