/**
 * The words of the network check's score explanation and form messages. The page renders them
 * on the server and hands them to the island as data, so they travel as HTML, not JavaScript.
 */
import type { DraftMessages } from './candidate-draft';
import { FORM_LIMITS } from './candidate-draft';
import type { FitTexts } from './fit-score';
import { optionLabels as LABELS } from '../../i18n/de/options';

export const FIT_TEXTS: FitTexts = {
  labels: LABELS,
  items: {
    form: { label: 'Treffpunkt', question: 'Wo trifft sich das Netzwerk?' },
    zwecke: { label: 'Zweck', question: 'Wobei hilft dir dieses Netzwerk?' },
    groesse: { label: 'Größe', question: 'Wie groß ist es?' },
    zusammensetzung: { label: 'Zusammensetzung', question: 'Wer ist dabei?' },
    reichweite: { label: 'Reichweite', question: 'Wie weit reicht es?' },
    zugang: { label: 'Zugang', question: 'Wer darf hinein?' },
    ebenen: { label: 'Kontakte', question: 'Auf welcher Ebene arbeiten die Mitglieder?' },
    ton: { label: 'Ton', question: 'Welcher Ton herrscht dort?' },
    netiquette: { label: 'Ton und Netiquette', question: 'Umgangston und Netiquette passen zu mir.' },
    themen: { label: 'Themen', question: 'Die Themen interessieren mich wirklich.' },
    beitragen: { label: 'Beitrag', question: 'Ich kann dort etwas beitragen.' },
    zeit: { label: 'Zeitaufwand', question: 'Der Zeitaufwand passt in mein Budget.' },
    gast: { label: 'Probebesuch', question: 'Ich war schon als Gast oder bei einem Meet-and-Greet dabei.' },
    kosten: { label: 'Kosten', question: 'Mitgliedsbeitrag und Kosten sind für mich in Ordnung.' },
  },
  checkAnswers: { ja: 'Ja', nein: 'Nein', offen: 'Noch offen' },
  compare: 'Dein Ideal: {ideal} · dieses Netzwerk: {netzwerk}',
  idealMain: 'vor allem {haupt}, außerdem {weitere}',
  unknown: 'weiß ich noch nicht',
  check: '{frage} – {antwort}',
  skip: {
    unbeantwortet: 'Zählt nicht: im Selbsttest noch nicht beantwortet.',
    unklar: 'Zählt nicht: im Selbsttest mit „Weiß ich noch nicht“ beantwortet.',
    gewicht: 'Zählt nicht: Gewicht 0. ',
  },
};

export const DRAFT_MESSAGES: DraftMessages = {
  nameRequired: 'Gib den Namen des Netzwerks ein.',
  nameTooLong: `Der Name darf höchstens ${FORM_LIMITS.name} Zeichen lang sein – jetzt sind es {n}.`,
  linkInvalid: 'Gib eine Webadresse ein, die mit https:// oder http:// beginnt, oder eine E-Mail-Adresse – zum Beispiel https://www.beispiel.de.',
  linkTooLong: `Die Adresse darf höchstens ${FORM_LIMITS.link} Zeichen lang sein.`,
  notesTooLong: `Deine Notizen dürfen höchstens ${FORM_LIMITS.notes.toLocaleString('de-DE')} Zeichen lang sein – jetzt sind es {n}.`,
};
