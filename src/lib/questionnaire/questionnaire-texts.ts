/**
 * The words of the questionnaire. The page renders them on the server and hands them to the
 * island as data, so they travel as HTML rather than as JavaScript.
 */
import type { QuestionnaireTexts } from './questionnaire';
import { optionLabels as LABELS } from '../../i18n/de/options';
import { HOURS_MAX, OFFER_DETAILS_MAX } from './questionnaire';

const unknown = { label: LABELS.unklar };
const several = 'Wähle alles aus, was zutrifft.';

export const QUESTIONNAIRE_TEXTS: QuestionnaireTexts = {
  questions: [
    {
      title: 'Wo möchtest du dich mit anderen vernetzen?',
      short: 'Treffpunkt',
      why: 'Online-Gruppen und Treffen vor Ort kosten unterschiedlich viel Zeit und bringen dich mit unterschiedlichen Menschen zusammen.',
    },
    {
      title: 'Wozu soll dein Netzwerk dienen?',
      short: 'Zweck',
      why: 'Welches Netzwerk passt, hängt vor allem davon ab, was du dir davon erhoffst.',
    },
    {
      title: 'Wie groß soll dein Netzwerk sein, und wer soll dabei sein?',
      short: 'Größe und Zusammensetzung',
      why: 'Ein kleiner Kreis aus deinem Fach schafft Vertrauen, ein großes, gemischtes Netzwerk bringt dich mit Menschen zusammen, die du sonst nie treffen würdest.',
    },
    {
      title: 'Wie weit soll dein Netzwerk reichen?',
      short: 'Reichweite',
      why: 'Die Reichweite entscheidet, ob die Kammer und der Stammtisch in deiner Stadt passen oder eher internationale Plattformen.',
    },
    {
      title: 'Soll dein Netzwerk allen offenstehen?',
      short: 'Zugang',
      why: 'Geschlossene Expertenrunden haben Aufnahmeregeln, bieten dafür aber oft einen besonders vertrauten Austausch.',
    },
    {
      title: 'Wie viele Stunden im Monat kannst du wirklich fürs Netzwerken einplanen?',
      short: 'Zeit',
      why: 'Ein Netzwerk will gepflegt werden – ein ehrliches Zeitbudget bewahrt dich davor, dich zu verzetteln.',
    },
    {
      title: 'Was kannst du in ein Netzwerk einbringen?',
      short: 'Dein Beitrag',
      why: 'Networking lebt vom Geben und Nehmen – in dieser Reihenfolge. Aus deiner Antwort entsteht deine Erinnerung fürs erste Treffen.',
    },
    {
      title: 'Auf welcher Ebene sollen deine neuen Kontakte arbeiten?',
      short: 'Kontakte',
      why: 'Wer etwas verkaufen will, braucht Menschen mit Budget; wer eine Stelle sucht, erfährt von Fachleuten, wie es im Team wirklich läuft.',
    },
    {
      title: 'Welcher Umgangston liegt dir?',
      short: 'Ton',
      why: 'Auf Business-Plattformen wird ein sachlicher Ton erwartet, beim Golfturnier oder im Verein mischt sich Privates hinein – beides hat seinen Platz.',
    },
  ],
  parts: {
    form: { legend: 'Treffpunkt' },
    zwecke: { legend: 'Zwecke', hint: `${several} Bei mehreren fragen wir gleich noch, was dir am wichtigsten ist.` },
    hauptzweck: { legend: 'Welcher dieser Zwecke ist dir am wichtigsten?', hint: 'Danach richten sich die Empfehlungen und die Rechnung mit deiner Zeit.' },
    groesse: { legend: 'Größe' },
    zusammensetzung: { legend: 'Zusammensetzung' },
    reichweite: { legend: 'Reichweite' },
    zugang: { legend: 'Zugang' },
    stunden: {
      legend: 'Stunden im Monat',
      hint: 'Zähl alles mit: Treffen, Anfahrt, Vor- und Nachbereitung, Nachrichten. Ein Abendtermin mit Anfahrt kostet schnell drei Stunden.',
    },
    angebot: { legend: 'Dein Beitrag', hint: several },
    angebotDetails: { legend: 'Was genau? (optional)', hint: 'Ein paar Stichworte, getrennt durch Kommas – zum Beispiel „Excel-Kniffe, Besprechungsraum im Büro“.' },
    ebenen: { legend: 'Ebene', hint: several },
    ton: { legend: 'Ton' },
  },
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
  },
  labels: LABELS,
  summary: {
    purposes: 'Vor allem: {haupt}. Außerdem: {weitere}.',
    size: 'Größe: {groesse}. Zusammensetzung: {zusammensetzung}.',
    hours: '{stunden} im Monat',
  },
  errors: {
    form: 'Wähle aus, ob du dich online, vor Ort oder auf beiden Wegen vernetzen möchtest – oder „Weiß ich noch nicht“.',
    zwecke: 'Wähle mindestens einen Zweck aus – oder „Weiß ich noch nicht“.',
    hauptzweck: 'Wähle aus, welcher Zweck dir am wichtigsten ist.',
    groesse: 'Wähle aus, ob dein Netzwerk eher klein oder groß sein soll – oder „Weiß ich noch nicht“.',
    zusammensetzung: 'Wähle aus, ob du Menschen aus deinem Beruf oder aus vielen Branchen treffen möchtest – oder „Weiß ich noch nicht“.',
    reichweite: 'Wähle aus, wie weit dein Netzwerk reichen soll – oder „Weiß ich noch nicht“.',
    zugang: 'Wähle aus, ob dein Netzwerk offen oder geschlossen sein soll – oder „Weiß ich noch nicht“.',
    stunden: 'Gib an, wie viele Stunden im Monat du einplanen kannst – oder wähle „Weiß ich noch nicht“.',
    angebot: 'Wähle aus, was du einbringen kannst – oder „Weiß ich noch nicht“.',
    angebotDetails: `Deine Stichworte dürfen höchstens ${OFFER_DETAILS_MAX} Zeichen lang sein.`,
    ebenen: 'Wähle mindestens eine Ebene aus – oder „Weiß ich noch nicht“.',
    ton: 'Wähle aus, welcher Umgangston dir liegt – oder „Weiß ich noch nicht“.',
    hoursNumber: 'Gib die Stunden als Zahl an, zum Beispiel 4 oder 2,5.',
    hoursMax: `Gib höchstens ${HOURS_MAX} Stunden an – das wäre schon eine volle Arbeitsstelle.`,
    tooLong: `Deine Stichworte dürfen höchstens ${OFFER_DETAILS_MAX} Zeichen lang sein. Jetzt sind es {n}.`,
  },
};
