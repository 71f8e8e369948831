/**
 * What the reader can give, from the questionnaire's answers. Kept apart from recommendations.ts
 * (which re-exports it) so the planner can take the offer without loading the recommendation rules.
 */
import type { Answers } from './answers-schema';
import { OFFERS, type Labels, type Offer } from './profile-options';

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
 * then the kinds they ticked, in the words of `labels` („Wissen“, „Kontakte“ …). Empty when unknown.
 * @example offerItems({ …, angebot: ['kontakte'], angebotDetails: 'Excel-Kniffe' }, optionLabels) // ['Excel-Kniffe', 'Kontakte']
 */
export function offerItems(answers: Answers, labels: Pick<Labels, Offer>): string[] {
  const items = [...ownOfferWords(answers), ...chosenOffers(answers).map((o) => labels[o])];
  return [...new Set(items)];
}
