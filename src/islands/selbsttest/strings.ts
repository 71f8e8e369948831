/**
 * The questionnaire page's own words (buttons, headings, notices). Imported only by the Astro
 * page, which hands them to the island together with the question and result texts, so the
 * words travel as HTML; the island imports nothing but the type.
 * `{name}` marks a value filled in at run time.
 */
import { chapterTitles as GUIDE_CHAPTERS } from '../../i18n/de/chapters';
import { HOURS_MAX, type QuestionnaireTexts } from '../../lib/questionnaire/questionnaire';
import { QUESTIONNAIRE_TEXTS } from '../../lib/questionnaire/questionnaire-texts';
import type { KindRules, RecommendationTexts } from '../../lib/profile/recommendations';
import { RULES } from '../../lib/profile/recommendation-rules';
import { RECOMMENDATION_TEXTS } from '../../lib/profile/recommendation-texts';

export const UI = {
  back: 'Zurück',
  backToSummary: 'Zurück zu deinen Antworten',
  next: 'Weiter',
  nextToSummary: 'Weiter zu deinen Antworten',
  why: 'Warum wir fragen:',
  chapterMore: 'Mehr im Kapitel „{titel}“',
  or: 'oder',
  hoursFormat: `Eine Zahl von 0 bis ${HOURS_MAX}, gern mit Komma: 2,5`,
  checkTitle: 'Prüf deine Antworten',
  checkIntro: 'Stimmt alles so? Mit „Ändern“ kommst du zur Frage und danach gleich hierher zurück.',
  notAnswered: 'Noch nicht beantwortet',
  change: 'Ändern',
  answer: 'Beantworten',
  showResult: 'Ergebnis anzeigen',
  stillOpen: 'Beantworte noch die Frage „{frage}“ ({fortschritt}).',
  clear: 'Antworten löschen',
  clearTitle: 'Alle Antworten löschen?',
  clearText: 'Deine Antworten zum Selbsttest werden aus diesem Browser entfernt, und du beginnst wieder bei Frage 1. Das lässt sich nicht rückgängig machen. Deine Netzwerke im Netzwerk-Check bleiben erhalten.',
  clearConfirm: 'Ja, Antworten löschen',
  cancel: 'Abbrechen',
  cleared: 'Deine Antworten sind gelöscht. Du beginnst wieder bei Frage 1.',
};

/** The result page's own words. */
export const RESULT_UI = {
  notReady: 'Dein Selbsttest ist noch nicht fertig. Sobald du alle neun Fragen beantwortet hast, steht hier, welches Netzwerk zu dir passt und warum.',
  notReadyLink: 'Weiter zum Selbsttest',
  profileTitle: 'Dein ideales Netzwerk …',
  chapterHelp: 'Hilfe im Kapitel „{titel}“',
  whereTitle: 'Wo du es findest',
  whereIntro: 'Diese Arten von Netzwerken und Kanälen passen zu deinen Antworten, die stärksten zuerst. Die Gründe stehen jeweils dabei.',
  whereNone: 'Zu deinen Antworten passt keine Art von Netzwerk eindeutig. Schau dir die Gründe unten an – oft hilft es, den Zweck genauer zu fassen.',
  examples: 'Zum Beispiel: {beispiele}',
  fits: 'Warum es passt:',
  caveats: 'Gut zu wissen:',
  more: 'Mehr dazu im Kapitel „{titel}“',
  others: 'Warum andere Arten fehlen',
  timeTitle: 'Reicht deine Zeit?',
  timeHow: 'So rechnen wir mit deiner Zeit',
  giveTitle: 'Erst geben, dann nehmen',
  ownWords: 'Deine eigenen Stichworte dafür: {woerter}.',
  giveWhy: 'Warum die Reihenfolge zählt: Kapitel „{titel}“',
  nextTitle: 'Wie es weitergeht',
  nextText: 'Such dir zwei, drei echte Netzwerke, die zu deinen Empfehlungen passen, und vergleiche sie im Netzwerk-Check mit deinem Ideal.',
  toCheck: 'Weiter zum Netzwerk-Check',
  edit: 'Antworten ansehen und ändern',
  print: 'Ergebnis drucken',
};

/** Everything the questionnaire island says, in one object for its `texts` prop. */
export interface SelbsttestTexts {
  q: QuestionnaireTexts;
  ui: typeof UI;
  /** Titles of the guide chapters, by slug. */
  chapters: typeof GUIDE_CHAPTERS;
}

/** Everything the result island says – and the rule table – in one object for its `texts` prop. */
export interface ErgebnisTexts {
  r: RecommendationTexts;
  ui: typeof RESULT_UI;
  chapters: typeof GUIDE_CHAPTERS;
  /** The recommendation rules (data, not words – but they travel the same way). */
  rules: readonly KindRules[];
}

export const SELBSTTEST_TEXTS: SelbsttestTexts = { q: QUESTIONNAIRE_TEXTS, ui: UI, chapters: GUIDE_CHAPTERS };
export const ERGEBNIS_TEXTS: ErgebnisTexts = { r: RECOMMENDATION_TEXTS, ui: RESULT_UI, chapters: GUIDE_CHAPTERS, rules: RULES };
