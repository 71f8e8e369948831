/**
 * The words of the questionnaire page (/selbsttest/): the page's own copy, every question with its
 * parts and choices, the check-your-answers summary and the error messages. The Astro page
 * hands them to the island as a prop, so they travel as HTML rather than as JavaScript.
 * Questions are keyed by their `id`, parts, choices and errors by their `field` (questions.ts);
 * `{name}` marks a value filled in at run time.
 */
import type { QuestionId } from '../../lib/questionnaire/questions';
import { optionLabels } from './options';

/** The words of one question page. */
export interface QuestionText {
  /** The question as the page heading. */
  title: string;
  /** Name of the row in the check-your-answers summary. */
  short: string;
  /** One line: why we ask. */
  why: string;
}

export interface ChoiceText {
  label: string;
  hint?: string;
}

type ById<T> = Readonly<Record<string, T>>;

const unknown: ChoiceText = { label: optionLabels.unklar };

const questions: ById<QuestionText> = {
  treffpunkt: {
    title: 'Wo möchtest du dich mit anderen vernetzen?',
    short: 'Treffpunkt',
    why: 'Online-Gruppen und Treffen vor Ort kosten unterschiedlich viel Zeit und bringen dich mit unterschiedlichen Menschen zusammen.',
  },
  zweck: {
    title: 'Wozu soll dein Netzwerk dienen?',
    short: 'Zweck',
    why: 'Welches Netzwerk passt, hängt vor allem davon ab, was du dir davon erhoffst.',
  },
  groesse: {
    title: 'Wie groß soll dein Netzwerk sein, und wer soll dabei sein?',
    short: 'Größe und Zusammensetzung',
    why: 'Ein kleiner Kreis aus deinem Fach schafft Vertrauen, ein großes, gemischtes Netzwerk bringt dich mit Menschen zusammen, die du sonst nie treffen würdest.',
  },
  reichweite: {
    title: 'Wie weit soll dein Netzwerk reichen?',
    short: 'Reichweite',
    why: 'Die Reichweite entscheidet, ob die Kammer und der Stammtisch in deiner Stadt passen oder eher internationale Plattformen.',
  },
  zugang: {
    title: 'Soll dein Netzwerk allen offenstehen?',
    short: 'Zugang',
    why: 'Geschlossene Expertenrunden haben Aufnahmeregeln, bieten dafür aber oft einen besonders vertrauten Austausch.',
  },
  zeit: {
    title: 'Wie viele Stunden im Monat kannst du wirklich fürs Netzwerken einplanen?',
    short: 'Zeit',
    why: 'Ein Netzwerk will gepflegt werden – ein ehrliches Zeitbudget bewahrt dich davor, dich zu verzetteln.',
  },
  beitrag: {
    title: 'Was kannst du in ein Netzwerk einbringen?',
    short: 'Dein Beitrag',
    why: 'Networking lebt vom Geben und Nehmen – in dieser Reihenfolge. Aus deiner Antwort entsteht deine Erinnerung fürs erste Treffen.',
  },
  ebenen: {
    title: 'Auf welcher Ebene sollen deine neuen Kontakte arbeiten?',
    short: 'Kontakte',
    why: 'Wer etwas verkaufen will, braucht Menschen mit Budget; wer eine Stelle sucht, erfährt von Fachleuten, wie es im Team wirklich läuft.',
  },
  ton: {
    title: 'Welcher Umgangston liegt dir?',
    short: 'Ton',
    why: 'Auf Business-Plattformen wird ein sachlicher Ton erwartet, beim Golfturnier oder im Verein mischt sich Privates hinein – beides hat seinen Platz.',
  },
  komfort: {
    title: 'Wie fühlst du dich bei Treffen am wohlsten?',
    short: 'Wohlfühlen',
    why: 'Wer nach einem Abend erschöpft statt beschwingt nach Hause geht, bleibt nicht lange dabei. Die passende Form zählt so viel wie das passende Netzwerk.',
  },
} satisfies Record<QuestionId, QuestionText>;

export const questionnaireTexts = {
  /** The page around the island; `{count}`/`{Count}` is the number of questions in words. */
  page: {
    title: 'Selbsttest: Wie sieht dein ideales Netzwerk aus?',
    description: '{Count} Fragen zu Treffpunkt, Zweck, Größe, Reichweite, Zeit und Ton – danach weißt du, welche Netzwerke zu dir passen und warum. Alles bleibt in deinem Browser.',
    lead: '{Count} kurze Fragen, etwa fünf Minuten – danach weißt du, welche Netzwerke zu dir passen und warum. „Weiß ich noch nicht“ ist immer eine ehrliche Antwort. Alles bleibt in diesem Browser; du kannst jederzeit aufhören und später weitermachen.',
    noscriptTitle: 'Die {count} Fragen zum Mitdenken',
    noscriptText: 'Ohne JavaScript kann diese Seite deine Antworten nicht speichern und auswerten. Die Fragen kannst du trotzdem für dich durchgehen – zum Beispiel auf einem Zettel, wie es das Kapitel {kapitel} vorschlägt.',
    noscriptChapter: 'Kapitel „{titel}“',
  },
  questions,
  /** Legend and hint of each input group (for one-part questions the title is the legend). */
  parts: {
    form: { legend: 'Treffpunkt' },
    zwecke: { legend: 'Zwecke', hint: 'Wähle alles aus, was zutrifft. Bei mehreren fragen wir gleich noch, was dir am wichtigsten ist.' },
    hauptzweck: { legend: 'Welcher dieser Zwecke ist dir am wichtigsten?', hint: 'Danach richten sich die Empfehlungen und die Rechnung mit deiner Zeit.' },
    groesse: { legend: 'Größe' },
    zusammensetzung: { legend: 'Zusammensetzung' },
    reichweite: { legend: 'Reichweite' },
    zugang: { legend: 'Zugang' },
    stunden: {
      legend: 'Stunden im Monat',
      hint: 'Zähl alles mit: Treffen, Anfahrt, Vor- und Nachbereitung, Nachrichten. Ein Abendtermin mit Anfahrt kostet schnell drei Stunden.',
    },
    angebot: { legend: 'Dein Beitrag', hint: 'Wähle alles aus, was zutrifft.' },
    angebotDetails: { legend: 'Was genau? (optional)', hint: 'Ein paar Stichworte, getrennt durch Kommas – zum Beispiel „Excel-Kniffe, Besprechungsraum im Büro“.' },
    ebenen: { legend: 'Ebene', hint: 'Wähle alles aus, was zutrifft.' },
    ton: { legend: 'Ton' },
    energie: { legend: 'Woraus ziehst du Energie?' },
    rolle: { legend: 'Welche Rolle liegt dir im Gespräch?' },
    begleitung: { legend: 'Gehst du lieber allein oder mit jemandem hin?' },
  } as ById<{ legend: string; hint?: string }>,
  /** Label and hint of each choice, by field and value. */
  choices: {
    form: {
      online: { label: 'Online', hint: 'auf Plattformen, in Gruppen und per Video' },
      praesenz: { label: 'Vor Ort', hint: 'bei Treffen, Messen und Veranstaltungen' },
      gemischt: { label: 'Gemischt', hint: 'online anbahnen, persönlich vertiefen' },
      unklar: unknown,
    },
    zwecke: {
      austausch: { label: 'Erfahrungen und Wissen austauschen' },
      auftraege: { label: 'Kundschaft und Aufträge gewinnen' },
      karriere: { label: 'Job- und Karrierechancen finden' },
      trends: { label: 'Bei Neuigkeiten und Trends auf dem Laufenden bleiben' },
      kooperation: { label: 'Partner für Kooperationen finden' },
      unklar: unknown,
    },
    groesse: {
      klein: { label: 'Ein kleiner, vertrauter Kreis' },
      gross: { label: 'Ein großes Netzwerk mit vielen Mitgliedern' },
      unklar: unknown,
    },
    zusammensetzung: {
      'eigene-branche': { label: 'Menschen aus meinem Beruf' },
      branchenuebergreifend: { label: 'Menschen aus vielen Branchen' },
      unklar: unknown,
    },
    reichweite: {
      lokal: { label: 'Lokal', hint: 'deine Stadt und die Umgebung' },
      regional: { label: 'Regional', hint: 'dein Bundesland oder deine Region' },
      national: { label: 'National', hint: 'Deutschland, Österreich und die Schweiz (DACH)' },
      international: { label: 'International', hint: 'über den deutschsprachigen Raum hinaus' },
      unklar: unknown,
    },
    zugang: {
      offen: { label: 'Offen für alle', hint: 'du kannst einfach dazukommen' },
      geschlossen: { label: 'Geschlossen, mit Aufnahmeregeln', hint: 'zum Beispiel nur auf Empfehlung oder mit Nachweis deiner Erfahrung' },
      unklar: unknown,
    },
    stunden: { unklar: unknown },
    angebot: {
      wissen: { label: 'Wissen', hint: 'dein Fachgebiet, deine Erfahrungen, ein nützliches Werkzeug' },
      ressourcen: { label: 'Ressourcen', hint: 'einen Raum für Treffen, Technik oder Zeit, um etwas vorzubereiten' },
      rollen: { label: 'Aufgaben', hint: 'Kasse, Protokoll, Co-Moderation oder das Organisieren von Treffen' },
      kontakte: { label: 'Kontakte', hint: 'Menschen, die du mit anderen bekannt machen kannst' },
      unklar: unknown,
    },
    ebenen: {
      geschaeftsfuehrung: { label: 'Geschäftsführerinnen und Geschäftsführer' },
      abteilungsleitung: { label: 'Abteilungsleitungen' },
      fachleute: { label: 'Spezialistinnen und Spezialisten aus der Praxis' },
      unklar: unknown,
    },
    ton: {
      beruflich: { label: 'Streng beruflich', hint: 'sachlich, höflich, professionell' },
      'teils-privat': { label: 'Teils privat', hint: 'Berufliches darf sich mit Persönlichem mischen' },
      unklar: unknown,
    },
    energie: {
      'grosse-runde': { label: 'Aus großen Runden', hint: 'viele neue Gesichter beleben mich' },
      'kleine-runde': { label: 'Aus kleinen Runden', hint: 'nach einem vollen Saal brauche ich erst einmal Ruhe' },
      unklar: unknown,
    },
    rolle: {
      reden: { label: 'Ich ergreife gern das Wort', hint: 'ich spreche Fremde an oder stelle mich vor die Gruppe' },
      zuhoeren: { label: 'Ich höre lieber zu', hint: 'ich frage nach und lasse andere erzählen' },
      unklar: unknown,
    },
    begleitung: {
      'mit-begleitung': { label: 'Am liebsten mit jemandem, den ich kenne' },
      allein: { label: 'Allein ist für mich kein Problem' },
      unklar: unknown,
    },
  } as ById<ById<ChoiceText>>,
  /** Short names of the options, for the summary. */
  labels: optionLabels as ById<string>,
  /**
   * Summary lines of answers with more than one piece, by question id and the fields present
   * (summary.ts `answerSummary`); an answer of one piece is shown on its own.
   */
  summary: {
    zweck: { 'zwecke+hauptzweck': 'Vor allem: {hauptzweck}. Außerdem: {zwecke}.' },
    groesse: { 'groesse+zusammensetzung': 'Größe: {groesse}. Zusammensetzung: {zusammensetzung}.' },
    zeit: { stunden: '{stunden} im Monat' },
    beitrag: { 'angebot+angebotDetails': '{angebot} – {angebotDetails}' },
    komfort: { 'energie+rolle+begleitung': 'Energie: {energie}. Im Gespräch: {rolle}. Hingehen: {begleitung}.' },
  } as ById<ById<string>>,
  /** What to do when a part is unanswered (by field), and the other problems; `{max}` is the limit, `{n}` the length typed. */
  errors: {
    required: {
      form: 'Wähle aus, ob du dich online, vor Ort oder auf beiden Wegen vernetzen möchtest – oder „Weiß ich noch nicht“.',
      zwecke: 'Wähle mindestens einen Zweck aus – oder „Weiß ich noch nicht“.',
      hauptzweck: 'Wähle aus, welcher Zweck dir am wichtigsten ist.',
      groesse: 'Wähle aus, ob dein Netzwerk eher klein oder groß sein soll – oder „Weiß ich noch nicht“.',
      zusammensetzung: 'Wähle aus, ob du Menschen aus deinem Beruf oder aus vielen Branchen treffen möchtest – oder „Weiß ich noch nicht“.',
      reichweite: 'Wähle aus, wie weit dein Netzwerk reichen soll – oder „Weiß ich noch nicht“.',
      zugang: 'Wähle aus, ob dein Netzwerk offen oder geschlossen sein soll – oder „Weiß ich noch nicht“.',
      stunden: 'Gib an, wie viele Stunden im Monat du einplanen kannst – oder wähle „Weiß ich noch nicht“.',
      angebot: 'Wähle aus, was du einbringen kannst – oder „Weiß ich noch nicht“.',
      ebenen: 'Wähle mindestens eine Ebene aus – oder „Weiß ich noch nicht“.',
      ton: 'Wähle aus, welcher Umgangston dir liegt – oder „Weiß ich noch nicht“.',
      energie: 'Wähle aus, ob dir große oder kleine Runden mehr Energie geben – oder „Weiß ich noch nicht“.',
      rolle: 'Wähle aus, ob du lieber sprichst oder zuhörst – oder „Weiß ich noch nicht“.',
      begleitung: 'Wähle aus, ob du lieber allein oder in Begleitung hingehst – oder „Weiß ich noch nicht“.',
    } as ById<string>,
    hoursNumber: 'Gib die Stunden als Zahl an, zum Beispiel 4 oder 2,5.',
    hoursMax: 'Gib höchstens {max} Stunden an – das wäre schon eine volle Arbeitsstelle.',
    tooLong: 'Deine Stichworte dürfen höchstens {max} Zeichen lang sein. Jetzt sind es {n}.',
  },
  /** Buttons, headings and notices of the island. */
  ui: {
    progress: 'Frage {n} von {total}',
    back: 'Zurück',
    backToSummary: 'Zurück zu deinen Antworten',
    next: 'Weiter',
    nextToSummary: 'Weiter zu deinen Antworten',
    why: 'Warum wir fragen:',
    chapterMore: 'Mehr im Kapitel „{titel}“',
    or: 'oder',
    hoursFormat: 'Eine Zahl von 0 bis {max}, gern mit Komma: 2,5',
    checkTitle: 'Prüf deine Antworten',
    checkIntro: 'Stimmt alles so? Mit „Ändern“ kommst du zur Frage und danach gleich hierher zurück.',
    notAnswered: 'Noch nicht beantwortet',
    change: 'Ändern',
    answer: 'Beantworten',
    /** Read after „Ändern“ / „Beantworten“ by screen readers only. */
    changeWhich: ' – {frage}',
    showResult: 'Ergebnis anzeigen',
    stillOpen: 'Beantworte noch die Frage „{frage}“ (Frage {n} von {total}).',
    clear: 'Antworten löschen',
    clearTitle: 'Alle Antworten löschen?',
    clearText: 'Deine Antworten zum Selbsttest werden aus diesem Browser entfernt, und du beginnst wieder bei Frage 1. Das lässt sich nicht rückgängig machen. Deine Netzwerke im Netzwerk-Check bleiben erhalten.',
    clearConfirm: 'Ja, Antworten löschen',
    cancel: 'Abbrechen',
    cleared: 'Deine Antworten sind gelöscht. Du beginnst wieder bei Frage 1.',
  },
} as const;

/** Numbers as words in running text („neun Fragen“); from 13 on, digits. */
export const countWords: readonly string[] = ['null', 'eine', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'];

export type QuestionnaireTexts = typeof questionnaireTexts;
