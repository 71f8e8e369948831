/**
 * The ideal network in plain words (re-exported by recommendations.ts). Kept apart so the plan can
 * describe the profile without loading the recommendation rules.
 */
import type { Answers } from '../questionnaire/answers-schema';
import type { ChapterSlug } from '../guide/guide-links';
import { hoursPerMonth } from '../questionnaire/hours';
import { chosenOffers, ownOfferWords } from '../questionnaire/offer';
import { UNKNOWN, type Level } from '../questionnaire/profile-options';
import { fill, formatList } from '../../i18n/format';
import { chosenPurposes, mainPurpose } from '../questionnaire/purposes';
import type { RecommendationTexts } from './recommendations';
import { formatHours } from '../../i18n/units';

export interface ProfileLine {
  /** The dimension („Treffpunkt“). */
  label: string;
  /** Completes the sentence „Dein ideales Netzwerk …“. */
  text: string;
  /** Where to read on, for answers that are still open. */
  chapter?: ChapterSlug;
}

/**
 * The ideal network, one plain sentence per dimension, each completing „Dein ideales Netzwerk …“.
 * Unanswered questions are left out; open ones say so and point to the chapter that helps.
 */
export function describeProfile(answers: Answers, texts: Pick<RecommendationTexts, 'labels' | 'profile'>): ProfileLine[] {
  const t = texts.profile;
  const lines: ProfileLine[] = [];
  const add = (label: string, text: string | null, chapter?: ChapterSlug) => {
    if (text !== null) lines.push(chapter ? { label, text, chapter } : { label, text });
  };
  const pick = <T extends string>(value: T | null, sentences: Readonly<Record<T, string>>): string | null => (value === null ? null : (sentences[value] ?? null));

  add(t.labels.form, pick(answers.form, t.form));

  const main = mainPurpose(answers);
  if (answers.zwecke.includes(UNKNOWN)) {
    add(t.labels.zweck, t.zweckUnklar, 'ziele-und-zielgruppen');
  } else if (main !== null) {
    const others = chosenPurposes(answers).filter((p) => p !== main);
    const rest = others.length > 0 ? fill(t.zweckWeitere, { ziele: formatList(others.map((p) => t.purposes[p])) }) : '';
    add(t.labels.zweck, fill(t.zweck, { ziel: t.purposes[main], weitere: rest }));
  }

  for (const dim of ['groesse', 'zusammensetzung', 'reichweite', 'zugang'] as const) {
    add(t.labels[dim], pick(answers[dim] as string | null, t[dim] as Readonly<Record<string, string>>));
  }

  const hours = hoursPerMonth(answers);
  if (answers.stundenUnklar) add(t.labels.zeit, t.zeitUnklar, 'passendes-netzwerk-finden');
  else if (hours === 0) add(t.labels.zeit, t.zeitNull);
  else if (hours !== null) add(t.labels.zeit, fill(t.zeit, { stunden: formatHours(hours) }));

  if (answers.angebot.includes(UNKNOWN)) {
    add(t.labels.beitrag, t.beitragUnklar, 'passendes-netzwerk-finden');
  } else if (answers.angebot.length > 0) {
    const own = ownOfferWords(answers);
    add(t.labels.beitrag, fill(t.beitrag, { angebot: formatList(chosenOffers(answers).map((o) => texts.labels[o])), eigene: own.length > 0 ? ` (${own.join(', ')})` : '' }));
  }

  if (answers.ebenen.includes(UNKNOWN)) {
    add(t.labels.kontakte, t.kontakteUnklar, 'ziele-und-zielgruppen');
  } else if (answers.ebenen.length > 0) {
    add(t.labels.kontakte, fill(t.kontakte, { ebenen: formatList((answers.ebenen as Level[]).map((l) => t.levels[l])) }));
  }

  add(t.labels.ton, pick(answers.ton, t.ton));
  return lines;
}
