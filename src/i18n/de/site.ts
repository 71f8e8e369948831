/**
 * The words of the site frame and of the pages without a tool: layout, navigation, footer,
 * start page, guide index and chapter pages, 404, privacy page and Impressum. Templates use
 * `{name}` placeholders; `fill()` fills them with text, `Fill.astro` also with links.
 */
export const site = {
  name: 'Netzwerk-Kompass',
  tagline: 'Berufliches Networking verstehen, planen und pflegen',
  /** The document title of every page but the start page. */
  docTitle: '{title} – {site}',
  /** The start page's document title. */
  homeTitle: '{site} – {tagline}',
  skip: 'Zum Inhalt springen',
  nav: {
    label: 'Hauptnavigation',
    home: 'Start',
    guide: 'Ratgeber',
    privacy: 'Datenschutz',
    imprint: 'Impressum',
  },

  /**
   * What the site does with the reader's data, in the same words wherever it is said: the
   * footer, the start page and the privacy page each use these entries.
   */
  promise: {
    stays: 'Was du in die Werkzeuge eingibst, bleibt in deinem Browser und wird nie gesendet – auch nicht an den Server, der diese Seiten ausliefert.',
    never: 'Kein Konto, keine Cookies, kein Tracking, keine Anfragen an fremde Server.',
    host: 'Die Seiten selbst liefert ein Webhoster aus. Wie bei jeder Website sieht sein Server dabei deine IP-Adresse, den Zeitpunkt, die aufgerufene Seite und deinen Browser und hält das in der Regel in einem Protokoll fest.',
    control: 'Du kannst alles jederzeit sichern oder löschen.',
  },

  footer: {
    privacyLink: 'Mehr zum Datenschutz',
    imprintLink: 'Impressum',
  },

  /** The tools as the navigation, the start page and the chapters' practice boxes name them. */
  tools: {
    selbsttest: { label: 'Selbsttest', summary: 'Finde in {count} Fragen heraus, wie dein ideales Netzwerk aussieht.' },
    'netzwerk-check': { label: 'Netzwerk-Check', summary: 'Vergleiche echte Netzwerke mit deinem Ideal und sieh, welches am besten passt.' },
    planer: { label: 'Planer', summary: 'Plane Ziele, Zielgruppen, Kanäle, Zeit und die Pflege deiner Kontakte.' },
    plan: { label: 'Mein Plan', summary: 'Alles auf einen Blick – zum Drucken und als Kalenderdatei.' },
    daten: { label: 'Meine Daten', summary: 'Sichern, wiederherstellen und löschen, was du hier gespeichert hast.' },
  },

  home: {
    description: 'Berufliches Networking verstehen und planen: ein Ratgeber auf Deutsch mit Selbsttest, Netzwerk-Check und Planer – alles bleibt in deinem Browser.',
    heading: 'Finde das Netzwerk, das zu dir passt – und pflege es mit Plan',
    lead: 'Netzwerk-Kompass erklärt dir berufliches Networking ohne Floskeln und hilft dir, deine eigene Strategie zu entwickeln: welches Netzwerk dir wirklich nützt, wen du erreichen willst und wie viel Zeit du dafür einplanst.',
    start: 'Mit dem ersten Kapitel beginnen',
    tools: 'Deine Werkzeuge',
    guide: 'Der Ratgeber',
    promise: 'Unser Versprechen',
    privacyLink: 'So gehen wir mit deinen Daten um',
  },

  guide: {
    title: { one: 'Ratgeber: berufliches Networking in {n} Kapitel', other: 'Ratgeber: berufliches Networking in {n} Kapiteln' },
    description: 'Der Ratgeber von Netzwerk-Kompass: was Networking ist, wie du das passende Netzwerk findest, Ziele planst und Kontakte pflegst.',
    lead: 'Von der Frage, was Networking überhaupt ist, bis zum Umgang mit deinen Daten: Lies die Kapitel der Reihe nach oder spring direkt zu dem Thema, das dich gerade beschäftigt.',
  },

  chapter: {
    position: 'Kapitel {n} von {total}',
    readingTime: 'Lesezeit: {minutes} Min.',
    /** `{day}` is the date of the last review. */
    reviewed: 'Zuletzt geprüft am {day}',
    toc: 'Inhalt dieses Kapitels',
    sources: 'Quellen',
    sourcesIntro: 'Woher die Zahlen und Befunde in diesem Kapitel stammen:',
    /** One source: `{title}` is the (linked) title, `{date}` a year, month, day or „ohne Datum“. */
    source: '„{title}“, {date}',
    sourceWithPublication: '„{title}“, {publication}, {date}',
    sourceUse: '– {use}',
    pager: 'Weitere Kapitel',
    prev: 'Vorheriges Kapitel',
    next: 'Nächstes Kapitel',
    practice: 'In die Praxis',
    practiceIntro: 'Setze dieses Kapitel gleich für dich um:',
    /** A tool in the practice box: `{tool}` is its linked name. */
    practiceItem: '{tool} – {summary}',
  },

  notFound: {
    title: 'Seite nicht gefunden',
    description: 'Diese Seite gibt es bei Netzwerk-Kompass nicht. Von hier aus kommst du zum Ratgeber und zu den Werkzeugen.',
    heading: 'Diese Seite gibt es nicht',
    body: 'Vielleicht hat sich ein Tippfehler in die Adresse geschlichen. Von der {home} oder dem {guide} aus findest du sicher weiter.',
    home: 'Startseite',
    guide: 'Ratgeber',
  },

  /** The operator's details, as the Impressum and the privacy page show them. */
  operator: {
    notFilled: 'Der Betreiber dieser Website hat seine Angaben noch nicht vollständig eingetragen.',
    howToFill: 'Betreibst du diese Website? Trage Name, Anschrift und E-Mail-Adresse in {file} ein; die README beschreibt jedes Feld.',
    cityLine: '{postalCode} {city}',
    email: 'E-Mail: {email}',
    phone: 'Telefon: {phone}',
  },

  privacy: {
    title: 'Datenschutz',
    description: 'Was Netzwerk-Kompass speichert und was nie: keine Cookies, kein Tracking, keine fremden Server – deine Eingaben bleiben in deinem Browser.',
    intro: 'Hier steht, welche Daten trotzdem anfallen, wer für diese Website verantwortlich ist und welche Rechte du hast.',

    controller: 'Verantwortlich',
    controllerIntro: 'Verantwortlich für diese Website im Sinne der Datenschutz-Grundverordnung (DSGVO) ist:',

    host: 'Was der Webhoster sieht',
    hostLogIntro: 'Ein solches Protokoll enthält zu jedem Abruf einer Seite meist:',
    hostLog: [
      'die IP-Adresse deines Geräts',
      'Datum und Uhrzeit',
      'die aufgerufene Adresse, die Antwort des Servers (etwa „nicht gefunden“) und die übertragene Datenmenge',
      'Browser und Betriebssystem, wie dein Browser sie angibt',
      'die Seite, von der du kommst, falls dein Browser sie mitschickt; beim Wechsel zwischen Seiten dieser Website tut er das nicht',
    ],
    hostWho: 'Diese Protokolle führt der Webhoster auf seinen Servern, nicht der Code dieser Website. Sie dienen dem sicheren Betrieb, etwa dem Erkennen von Angriffen; Rechtsgrundlage ist das berechtigte Interesse daran (Art. 6 Abs. 1 lit. f DSGVO). Wie lange sie aufbewahrt werden, legt der Webhoster fest.',
    hostNamed: 'Webhoster dieser Website ist {host}.',
    hostNamedWithPolicy: 'Webhoster dieser Website ist {host}; mehr über seine Protokolle steht in seiner {policy}.',
    hostPolicy: 'Datenschutzerklärung',

    stored: 'Was in deinem Browser gespeichert wird',
    storedBody: 'Die Werkzeuge dieser Website ({tools}) merken sich deine Eingaben, damit du später weitermachen kannst. Dafür nutzen sie den lokalen Speicher deines Browsers ({localStorage}). Diese Daten liegen nur auf deinem Gerät, in genau diesem Browser.',
    storedFacts: [
      'Weder der Betreiber noch der Webhoster bekommen deine Eingaben zu sehen.',
      'Ein anderer Browser oder ein anderes Gerät sieht deine Daten nicht.',
      'Wenn du die Websitedaten in deinem Browser löschst, sind auch deine Eingaben weg. Manche Browser, etwa Safari, entfernen solche Daten von selbst, wenn du eine Website sieben Tage lang nicht besuchst.',
    ],

    never: 'Was diese Website nie tut',
    neverFacts: {
      cookies: 'Sie setzt keine Cookies.',
      tracking: 'Sie nutzt keine Analyse- oder Tracking-Dienste, keine Werbung und keine Social-Media-Knöpfe.',
      foreign: 'Sie lädt nichts von fremden Servern: keine Schriften, keine Skripte, keine Bilder. Eine strenge Sicherheitsrichtlinie ({csp}) sorgt dafür, dass der Browser auch nichts anderes lädt oder ausführt.',
      inputs: 'Sie schickt deine Eingaben nirgendwohin: Die Werkzeuge werten sie in deinem Browser aus.',
    },

    control: 'Deine Kontrolle',
    controlBody: 'Auf der Seite {daten} siehst du, was gespeichert ist, kannst eine Sicherungsdatei herunterladen, sie wieder einspielen oder alles mit einem Klick löschen.',
    controlAdvice: 'Notiere über andere Menschen nur, was du für die Kontaktpflege wirklich brauchst – zum Beispiel Initialen statt vollständiger Namen. So bleibt auch eine Sicherungsdatei harmlos, falls sie einmal in falsche Hände gerät.',

    rights: 'Deine Rechte',
    rightsBody: 'Zu den Daten in den Server-Protokollen hast du die Rechte aus der DSGVO: Auskunft (Art. 15), Berichtigung (Art. 16), Löschung (Art. 17), Einschränkung der Verarbeitung (Art. 18) und Widerspruch (Art. 21). Wende dich dafür an den Verantwortlichen oben. Außerdem kannst du dich bei einer Datenschutz-Aufsichtsbehörde beschweren (Art. 77 DSGVO).',
  },

  imprint: {
    title: 'Impressum',
    description: 'Wer Netzwerk-Kompass betreibt und wie du den Betreiber erreichst: Anbieterkennzeichnung nach § 5 DDG und Verantwortlicher nach § 18 MStV.',
    provider: 'Anbieter',
    providerIntro: 'Angaben nach § 5 Digitale-Dienste-Gesetz (DDG):',
    responsible: 'Verantwortlich für den Inhalt',
    responsibleIntro: 'Verantwortlich für den Inhalt nach § 18 Abs. 2 Medienstaatsvertrag (MStV):',
    sameAddress: 'Anschrift wie oben',
  },
} as const;
