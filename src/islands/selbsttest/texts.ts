/** The shapes of the islands' `texts` props: the dictionaries minus the pages' own copy, plus chapter titles and the rule table. */
import type { ChapterSlug } from '../../lib/guide/guide-links';
import type { KindRules, Rule } from '../../lib/profile/recommendations';
import type { KindId } from '../../lib/profile/network-kinds';
import type { ShownExampleEntry } from '../../lib/profile/examples';
import type { QuestionnaireTexts } from '../../i18n/de/selbsttest';
import type { RecommendationTexts } from '../../i18n/de/recommendations';
import type { Texts } from '../../i18n/texts';

/** Everything the questionnaire island says. */
export type SelbsttestTexts = Omit<QuestionnaireTexts, 'page'> & {
  /** Titles of the guide chapters, by slug. */
  chapters: Readonly<Record<ChapterSlug, string>>;
};

/** Everything the result island says – and the rule table, which travels the same way (data, not words). */
export type ErgebnisTexts = Omit<RecommendationTexts, 'page' | 'ui'> & {
  /** The page fills in the number of questions. */
  ui: Texts<RecommendationTexts['ui']>;
  chapters: Readonly<Record<ChapterSlug, string>>;
  /** The recommendation rules (RULES); their reasons are `rules[id]`. */
  ruleTable: readonly KindRules[];
  /** The format advice rules (FORMAT_RULES); their words are `formats[id]`. */
  formatTable: readonly Rule[];
  /** Real networks per kind (src/i18n/de/network-examples.ts), their links already checked by `safeHref`. */
  examplesByKind: Readonly<Partial<Record<KindId, readonly ShownExampleEntry[]>>>;
  /** The minimum points, for the few-points reason. */
  minPoints: number;
};

