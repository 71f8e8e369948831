/**
 * Words of „Nachricht entwerfen“ (src/islands/planer/DraftMessage.tsx) and the message templates it
 * fills (src/lib/drafts/drafts.ts). The guide chapter „Was sage ich?“ shows the same templates with
 * `DRAFT_PLACEHOLDERS` in the gaps, so both always say the same.
 * A template is paragraphs of sentences; a sentence is a text or variants, the first whose `needs`
 * all exist wins, and a sentence without a fitting variant is left out. Placeholders: `{name}`,
 * `{met}` (where you met, e.g. „auf der Jahrestagung in Köln“), `{topics}`, `{offer}` (what you can
 * offer them), `{organisation}`, `{position}` and `{intro}` (the reader's self-introduction).
 */

const followUp = [
  ['Guten Tag {name},'],
  [
    [
      { needs: ['met'], text: 'danke für unser Gespräch ({met}).' },
      { needs: [], text: 'danke für unser Gespräch.' },
    ],
    [
      { needs: ['topics'], text: 'Was Sie über {topics} erzählt haben, geht mir noch nach.' },
      { needs: [], text: 'Es ist mir gut im Kopf geblieben.' },
    ],
    [{ needs: ['offer'], text: 'Gern biete ich Ihnen {offer} an – vielleicht hilft es Ihnen weiter.' }],
  ],
  [
    'Hätten Sie in den nächsten Wochen Zeit für einen kurzen Anruf?',
    [
      { needs: ['organisation'], text: 'Mich würde interessieren, wie es bei {organisation} weitergeht.' },
      { needs: [], text: 'Mich würde interessieren, wie es bei Ihnen weitergeht.' },
    ],
  ],
  ['Herzliche Grüße'],
] as const;

const revive = [
  ['Hallo {name},'],
  [
    'wir haben lange nichts voneinander gehört!',
    [
      { needs: ['topics'], text: 'Neulich ging es in einem Gespräch um {topics}, und ich musste sofort an dich denken.' },
      { needs: ['met'], text: 'Neulich habe ich an unser erstes Treffen gedacht ({met}).' },
      { needs: [], text: 'Neulich musste ich an dich denken.' },
    ],
    'Wie geht es dir, und was machst du heute?',
  ],
  [[{ needs: ['offer'], text: 'Falls es dir gerade weiterhilft, biete ich dir gern {offer} an.' }]],
  ['Ich würde mich freuen, von dir zu hören. Gern auch bei einem Kaffee.'],
  ['Liebe Grüße'],
] as const;

const birthday = [
  ['Hallo {name},'],
  [
    'alles Gute zum Geburtstag! Ich hoffe, du hast einen schönen Tag.',
    [{ needs: ['met'], text: 'Ich denke gern an unser Kennenlernen zurück ({met}).' }],
    'Wenn wir uns das nächste Mal sehen, lade ich dich auf einen Kaffee ein.',
  ],
  ['Viele Grüße'],
] as const;

const congrats = [
  ['Hallo {name},'],
  [
    [
      { needs: ['position', 'organisation'], text: 'herzlichen Glückwunsch zur neuen Aufgabe als {position} bei {organisation}!' },
      { needs: ['position'], text: 'herzlichen Glückwunsch zur neuen Aufgabe als {position}!' },
      { needs: ['organisation'], text: 'herzlichen Glückwunsch zur neuen Aufgabe bei {organisation}!' },
      { needs: [], text: 'herzlichen Glückwunsch zur neuen Aufgabe!' },
    ],
    'Das passt gut zu dir. Ich wünsche dir einen guten Start und ein nettes Team.',
  ],
  ['Viele Grüße'],
] as const;

const infoInterview = [
  ['Guten Tag {name},'],
  [
    [
      { needs: ['topics', 'organisation'], text: 'ich interessiere mich für {topics} und will mich beruflich in diese Richtung entwickeln. Sie arbeiten bei {organisation} genau in diesem Feld.' },
      { needs: ['topics'], text: 'ich interessiere mich für {topics} und will mich beruflich in diese Richtung entwickeln. Sie kennen dieses Feld aus eigener Erfahrung.' },
      { needs: ['organisation'], text: 'ich will mich beruflich weiterentwickeln und würde gern mehr über Ihre Arbeit bei {organisation} erfahren.' },
      { needs: [], text: 'ich will mich beruflich weiterentwickeln und würde gern mehr über Ihre Arbeit erfahren.' },
    ],
    [{ needs: ['met'], text: 'Vielleicht erinnern Sie sich an unser Treffen ({met}).' }],
  ],
  [[{ needs: ['intro'], text: 'Kurz zu mir: {intro}' }]],
  [
    'Hätten Sie 20 Minuten Zeit für ein Gespräch, am Telefon oder per Video? Mich interessiert, wie Ihr Alltag aussieht und was Sie Neulingen raten. Wenn es gerade nicht passt, ist das völlig in Ordnung.',
    [{ needs: ['offer'], text: 'Im Gegenzug biete ich Ihnen gern {offer} an.' }],
  ],
  ['Freundliche Grüße'],
] as const;

const introduction = [
  ['Hallo {name},'],
  [
    [
      { needs: ['organisation', 'topics'], text: 'du kennst doch Leute bei {organisation}. Ich würde gern mit jemandem von dort über {topics} sprechen.' },
      { needs: ['organisation'], text: 'du kennst doch Leute bei {organisation}. Ich würde gern mit jemandem von dort sprechen.' },
      { needs: ['topics'], text: 'du kennst sicher Leute, mit denen ich gut über {topics} sprechen könnte.' },
      { needs: [], text: 'du kennst viele Leute, und ich suche gerade jemanden, der mir beruflich weiterhelfen kann.' },
    ],
    'Magst du uns bekannt machen? Wenn es nicht passt, sag es ruhig.',
  ],
  [
    [
      { needs: ['intro'], text: 'Hier ist ein kurzer Text über mich, den du einfach weiterleiten kannst:' },
      { needs: [], text: 'Gern schicke ich dir ein paar Sätze über mich, die du einfach weiterleiten kannst.' },
    ],
  ],
  [[{ needs: ['intro'], text: '{intro}' }]],
  [[{ needs: ['offer'], text: 'Und wenn ich dir helfen kann: Ich biete dir gern {offer} an.' }]],
  ['Danke dir und viele Grüße'],
] as const;

export const DRAFT_TEXTS = {
  open: 'Nachricht entwerfen',
  openName: 'Nachricht an {name} entwerfen',
  title: 'Nachricht an {name}',
  situation: 'Anlass',
  situations: {
    followUp: 'Nachfassen nach einem Treffen',
    revive: 'Nach langer Zeit wieder melden',
    birthday: 'Zum Geburtstag gratulieren',
    congrats: 'Zur neuen Aufgabe gratulieren',
    infoInterview: 'Um ein Informationsgespräch bitten',
    introduction: 'Um eine Vorstellung bitten',
  },
  /** The subject of a `mailto:` draft, per situation. */
  subjects: {
    followUp: 'Danke für unser Gespräch',
    revive: 'Lange nichts gehört',
    birthday: 'Alles Gute zum Geburtstag',
    congrats: 'Glückwunsch zur neuen Aufgabe',
    infoInterview: 'Bitte um ein kurzes Gespräch',
    introduction: 'Magst du uns bekannt machen?',
  },
  text: 'Dein Entwurf',
  textHint: 'Der Text ist aus deinen Angaben zum Kontakt gefüllt. Ändere, was nicht nach dir klingt – beim Wechsel des Anlasses beginnt der Entwurf neu.',
  noIntro: 'Deine eigene Vorstellung fehlt noch. Du trägst sie im Planer bei „Geben – dein Angebot“ ein.',
  copy: 'Text kopieren',
  copied: 'Der Text ist in der Zwischenablage.',
  selected: 'Der Text ist markiert. Kopiere ihn mit Strg + C (am Mac mit ⌘ + C).',
  mail: 'Als E-Mail öffnen',
  mailName: 'Als E-Mail an {email} öffnen',
  log: 'Beim Senden im Verlauf eintragen',
  logChannel: 'Gesendet als',
  channels: { email: 'E-Mail', nachricht: 'Nachricht' },
  logNow: 'Als gesendet eintragen',
  logged: 'Eingetragen: {channel} an {name}, heute.',
  logNote: 'Entwurf: {situation}',
  close: 'Schließen',
} as const;

/** The templates, one per situation of `DRAFT_SITUATIONS`. */
export const DRAFT_TEMPLATES = { followUp, revive, birthday, congrats, infoInterview, introduction } as const;

/** What the guide chapter shows in the gaps of a template. */
export const DRAFT_PLACEHOLDERS = {
  name: '[Name]',
  met: '[Anlass]',
  topics: '[Thema]',
  offer: '[dein Angebot]',
  organisation: '[Firma]',
  position: '[neue Position]',
  intro: '[deine Vorstellung]',
} as const;

export type DraftTexts = typeof DRAFT_TEXTS;

/** Everything „Nachricht entwerfen“ needs, handed from the page to the island as one prop. */
export const DRAFT_PROPS = { texts: DRAFT_TEXTS, templates: DRAFT_TEMPLATES } as const;
export type DraftProps = typeof DRAFT_PROPS;
