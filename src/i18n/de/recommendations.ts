/**
 * The words of the questionnaire's result (/selbsttest/ergebnis/): the profile sentences, the
 * reason of every recommendation rule (by rule id, see recommendation-rules.ts), the time verdict,
 * the give-before-take reminder and the page's own copy. The page hands them to the island as a
 * prop, so they travel as HTML rather than as JavaScript. `{name}` marks a value filled in at
 * run time; the profile sentences complete „Dein ideales Netzwerk …“.
 */
import type { Plural } from '../format';
import { kindWords } from './network-kinds';
import { optionLabels } from './options';

type ById<T> = Readonly<Record<string, T>>;

export const recommendationTexts = {
  /** Short names of the options. */
  labels: optionLabels as ById<string>,
  kinds: kindWords,
  profile: {
    /** The name of each line, by the field it describes. */
    labels: {
      form: 'Treffpunkt',
      zwecke: 'Zweck',
      groesse: 'Größe',
      zusammensetzung: 'Zusammensetzung',
      reichweite: 'Reichweite',
      zugang: 'Zugang',
      stunden: 'Zeit',
      angebot: 'Dein Beitrag',
      ebenen: 'Kontakte',
      ton: 'Ton',
      energie: 'Energie',
      rolle: 'Im Gespräch',
      begleitung: 'Hingehen',
    } as ById<string>,
    /**
     * The sentence of each line, by field and sentence code (profile.ts): `{values}` the options
     * chosen, `{main}` and `{others}` the purposes, `{hours}` the hours, `{own}` the reader's keywords.
     */
    sentences: {
      form: {
        online: 'trifft sich online – auf Plattformen, in Gruppen und per Video.',
        praesenz: 'trifft sich persönlich, bei Treffen und Veranstaltungen vor Ort.',
        gemischt: 'verbindet beides: Online bahnst du Kontakte an, vor Ort vertiefst du sie.',
        unklar: 'trifft sich online oder vor Ort – das lässt du noch offen.',
      },
      zwecke: {
        main: 'dient vor allem dazu, {main}.',
        mainWithOthers: 'dient vor allem dazu, {main}; außerdem hilft es dir, {others}.',
        unklar: 'hat noch keinen klaren Zweck. Genau den zu finden, ist dein erster Schritt.',
      },
      groesse: {
        klein: 'ist ein kleiner, vertrauter Kreis.',
        gross: 'ist groß – mit vielen Mitgliedern und Gesprächspartnern.',
        unklar: 'ist klein oder groß – das lässt du noch offen.',
      },
      zusammensetzung: {
        'eigene-branche': 'bringt dich mit Menschen aus deinem Beruf zusammen.',
        branchenuebergreifend: 'bringt dich mit Menschen aus vielen Branchen zusammen.',
        unklar: 'besteht aus Menschen deines Berufs oder vieler Branchen – das lässt du noch offen.',
      },
      reichweite: {
        lokal: 'ist lokal – in deiner Stadt und der Umgebung.',
        regional: 'ist regional – in deinem Bundesland oder deiner Region.',
        national: 'reicht über den ganzen deutschsprachigen Raum (DACH).',
        international: 'reicht über Ländergrenzen hinweg.',
        unklar: 'reicht lokal, regional, national oder international – das lässt du noch offen.',
      },
      zugang: {
        offen: 'steht allen offen.',
        geschlossen: 'ist geschlossen und nimmt Mitglieder nach festen Regeln auf.',
        unklar: 'ist offen oder geschlossen – das lässt du noch offen.',
      },
      stunden: {
        hours: 'bekommt von dir etwa {hours} im Monat.',
        zero: 'bekommt von dir im Moment keine Zeit.',
        unklar: 'bekommt so viel Zeit von dir, wie du erübrigen kannst – das lässt du noch offen.',
      },
      angebot: {
        chosen: 'lebt auch von dem, was du einbringst: {values}.',
        chosenWithOwn: 'lebt auch von dem, was du einbringst: {values} ({own}).',
        unklar: 'lebt auch von dem, was du einbringst – was das sein kann, findest du gerade heraus.',
      },
      ebenen: {
        chosen: 'bringt dich mit {values} zusammen.',
        unklar: 'verbindet dich mit Menschen auf der Ebene, die dir am meisten nützt – das lässt du noch offen.',
      },
      ton: {
        beruflich: 'pflegt einen sachlichen, professionellen Ton.',
        'teils-privat': 'darf auch persönlich werden.',
        unklar: 'ist sachlich oder persönlich – das lässt du noch offen.',
      },
      energie: {
        'grosse-runde': 'darf groß und lebhaft sein – volle Säle geben dir Schwung.',
        'kleine-runde': 'lässt dir Luft: kleine Runden, in denen du nicht untergehst.',
        unklar: 'trifft sich in großen oder kleinen Runden – das lässt du noch offen.',
      },
      rolle: {
        reden: 'gibt dir Gelegenheit, das Wort zu ergreifen und dich zu zeigen.',
        zuhoeren: 'lässt dich zuhören und nachfragen, statt dich nach vorn zu drängen.',
        unklar: 'lässt dich reden oder zuhören – das lässt du noch offen.',
      },
      begleitung: {
        'mit-begleitung': 'lernst du am liebsten zusammen mit jemandem kennen, den du schon kennst.',
        allein: 'erkundest du ohne Weiteres auch allein.',
        unklar: 'lernst du allein oder in Begleitung kennen – das lässt du noch offen.',
      },
    } as ById<ById<string>>,
    /**
     * How an option reads inside a profile sentence, where it differs from its label: the purposes
     * as „to …“ phrases („dient vor allem dazu, {main}“), the levels in the dative („mit {values}“).
     */
    words: {
      zwecke: {
        austausch: 'Erfahrungen und Wissen auszutauschen',
        auftraege: 'Kundschaft und Aufträge zu gewinnen',
        karriere: 'Job- und Karrierechancen zu finden',
        trends: 'bei Neuigkeiten und Trends auf dem Laufenden zu bleiben',
        kooperation: 'Partner für Kooperationen zu finden',
      },
      ebenen: {
        geschaeftsfuehrung: 'Geschäftsführerinnen und Geschäftsführern',
        abteilungsleitung: 'Abteilungsleitungen',
        fachleute: 'Fachleuten aus der Praxis',
      },
    } as ById<ById<string>>,
  },
  /** The reason each rule gives, by rule id; no placeholders (the renderer fills none). */
  rules: {
    'kammer-region': 'Kammern bringen Unternehmen aus deiner Region zusammen – genau die Reichweite, die du suchst.',
    'kammer-lokal': 'Deine Kammer lädt auch zu Treffen in deiner Stadt und der Umgebung ein – kurze Wege für ein lokales Netzwerk.',
    'kammer-geschaeft': 'Bei Kammer-Veranstaltungen triffst du Unternehmerinnen und Unternehmer, die Aufträge vergeben oder Partner suchen.',
    'kammer-chefs': 'Dort sind viele Inhaberinnen und Geschäftsführer unterwegs – die Ebene, die du erreichen willst.',
    'kammer-quer': 'Kammern sind branchenübergreifend: Du triffst Menschen, denen du in deinem Fach nie begegnen würdest.',
    'kammer-online': 'Kammern leben von Treffen vor Ort – du möchtest dich online vernetzen.',
    'verband-fach': 'Fachverbände versammeln Menschen aus deinem Beruf.',
    'verband-austausch': 'In Ausschüssen und Arbeitskreisen tauschst du dich gezielt über Fachthemen aus und hörst früh, was sich tut.',
    'verband-rolle': 'Gremien suchen Leute, die eine Aufgabe übernehmen – und du bist bereit, mit anzupacken.',
    'verband-klein': 'Kleine Runden liegen dir: In Arbeitskreisen und Fachgruppen sitzt du mit wenigen Leuten am Tisch.',
    'verband-zeit': 'Gremienarbeit braucht regelmäßig Zeit. Bei deinem Budget reicht es eher für die Mitgliedschaft als für ein Amt.',
    'messe-trends': 'Auf Messen und Fachtagungen erfährst du nebenbei, was sich in deinem Fach gerade tut.',
    'messe-kunden': 'Messen sind ein klassischer Ort, um künftige Kundschaft persönlich kennenzulernen.',
    'messe-weit': 'Große Konferenzen ziehen Menschen aus dem ganzen Land und darüber hinaus an.',
    'messe-gross': 'Du triffst an einem Tag mehr Menschen als sonst in Monaten.',
    'messe-erkunden': 'Dein Zweck ist noch offen: Auf einer Fachmesse siehst du an einem Tag viele Verbände und Gruppen auf einmal.',
    'messe-energie': 'Volle Hallen geben dir Energie – auf Messen und Konferenzen bist du in deinem Element.',
    'messe-leise': 'Messen sind voll und laut, und dir liegen kleine Runden: Verabrede dich vorher an zwei, drei Ständen und plane Pausen ein.',
    'messe-online': 'Messen und Konferenzen finden vor allem vor Ort statt – du möchtest dich online vernetzen.',
    'messe-zeit': 'Ein Messetag kostet mit Anreise schnell acht Stunden – bei deinem Budget eher ein- oder zweimal im Jahr.',
    'jobmesse-karriere': 'Du suchst eine erste oder neue Stelle: Auf Job- und Karrieremessen sprichst du an einem Tag mit vielen Arbeitgebern persönlich.',
    'jobmesse-energie': 'Volle Hallen geben dir Energie – gut für einen Tag mit vielen kurzen Gesprächen.',
    'jobmesse-fachleute': 'An den Ständen stehen oft Leute aus den Fachabteilungen, die dir erzählen, wie es im Team wirklich läuft.',
    'jobmesse-online': 'Job- und Karrieremessen finden vor allem vor Ort statt – du möchtest dich online vernetzen.',
    'jobmesse-vorbereiten': 'Schau dir vorher die Liste der Aussteller an, such dir drei, vier Wunschfirmen aus und überleg dir je eine Frage an sie.',
    'jobmesse-leise': 'In vollen Hallen wird es schnell anstrengend, und dir liegen kleine Runden: Viele Messen bieten vorab vereinbarte Einzelgespräche an – frag danach.',
    'treffen-geschaeft': 'Business-Events und regionale Unternehmertreffen sind darauf ausgelegt, dass Aufträge und Kooperationen entstehen.',
    'treffen-quer': 'Dort kommen Menschen aus vielen Branchen zusammen.',
    'treffen-region': 'Solche Treffen gibt es in jeder Region – Gesichter, die du wiedersiehst.',
    'treffen-lokal': 'Business-Frühstücke und Stammtische treffen sich meist in deiner Stadt – kurze Wege, Gesichter, die du wiedersiehst.',
    'treffen-online': 'Business-Events leben von der persönlichen Begegnung – du möchtest dich online vernetzen.',
    'alumni-karriere': 'Ehemalige helfen einander gern bei der Jobsuche, und der gemeinsame Studienort ist ein leichter Gesprächseinstieg.',
    'alumni-quer': 'Deine Ehemaligen arbeiten heute in vielen Branchen.',
    'alumni-ton': 'Unter Ehemaligen ist der Ton oft persönlich – das liegt dir.',
    'plattform-online': 'Du willst dich (auch) online vernetzen: In Fachgruppen auf LinkedIn und in Fachforen geht das ohne Anfahrt.',
    'plattform-karriere': 'Arbeitgeber suchen auf diesen Plattformen gezielt nach Fachleuten.',
    'plattform-kunden': 'Viele Selbstständige zeigen sich dort bewusst als Dienstleister und gewinnen so Kundschaft.',
    'plattform-international': 'Für internationale Kontakte gilt LinkedIn als die passende Plattform.',
    'plattform-wenig-zeit': 'Online-Gruppen kannst du in kurzen Zeitfenstern pflegen – passend zu deinem knappen Budget.',
    'plattform-ton': 'Auf Business-Plattformen ist der Ton sachlich; Persönliches hat dort weniger Platz.',
    'plattform-praesenz': 'Auch wenn du dich lieber vor Ort triffst: Ein gepflegtes Profil hilft dir, nach einem Treffen in Kontakt zu bleiben.',
    'meetup-austausch': 'Meetup- und Interessengruppen bringen Menschen mit demselben Thema zusammen – vor Ort oder per Video.',
    'meetup-offen': 'Solche Gruppen stehen allen offen; du kannst einfach vorbeikommen.',
    'meetup-lokal': 'Die meisten Gruppen treffen sich in deiner Stadt.',
    'meetup-erkunden': 'Dein Zweck ist noch offen: In offenen Themengruppen findest du unverbindlich heraus, was dir liegt.',
    'meetup-geschlossen': 'Du suchst einen geschlossenen Kreis; Meetup-Gruppen stehen allen offen.',
    'sport-ton': 'Du magst es, wenn sich Berufliches und Privates mischen – beim Golfturnier oder Firmenlauf ist die Stimmung entspannt.',
    'sport-chefs': 'Turniere von Unternehmen und Wirtschaftsverbänden ziehen viele Entscheiderinnen und Entscheider an.',
    'sport-geschaeft': 'Im lockeren Rahmen entstehen Geschäftskontakte, ohne dass du sie erzwingen musst.',
    'sport-beruflich': 'Du suchst einen streng beruflichen Ton; beim Sport mischt sich Privates hinein.',
    'sport-online': 'Sportveranstaltungen finden vor Ort statt – du möchtest dich online vernetzen.',
    'experten-geschlossen': 'Du suchst einen geschlossenen Kreis mit Aufnahmeregeln – dort ist der Austausch oft besonders vertraut.',
    'experten-klein': 'Du wünschst dir einen kleinen Kreis; Expertenrunden sind meist überschaubar.',
    'experten-fach': 'Solche Runden sind fast immer auf ein Fach zugeschnitten.',
    'experten-austausch': 'Fachlicher Rat unter Gleichgesinnten ist ihr Kern.',
    'experten-offen': 'Du möchtest ein Netzwerk, das allen offensteht.',
    'experten-aufnahme': 'Rechne mit Voraussetzungen für die Aufnahme, etwa einer Empfehlung oder nachgewiesener Berufserfahrung.',
    'halbprivat-ton': 'Du magst einen persönlichen Ton: In Vereinen und halb privaten Gruppen kennt man sich auch privat.',
    'halbprivat-nah': 'Vereine und Gruppen in deiner Nähe findest du direkt vor deiner Haustür.',
    'halbprivat-beruflich': 'Du suchst einen streng beruflichen Ton.',
    'halbprivat-nachricht': 'Schreib dort kurz und erklär in einem Satz, woher ihr euch kennt und worum es dir geht.',
  } as ById<string>,
  /**
   * Why a kind without blocking rule is still not recommended: what would speak for it (by the id
   * of its defining rule, recommendation-rules.ts `missing`), followed by `yourAnswer`.
   */
  missing: {
    'kammer-region': 'Kammern passen vor allem, wenn dein Netzwerk in deiner Stadt oder Region liegen soll.',
    'kammer-geschaeft': 'Kammern lohnen sich vor allem, wenn du Aufträge oder Geschäftspartner suchst.',
    'verband-fach': 'Fachverbände passen, wenn du vor allem Menschen aus deinem eigenen Beruf treffen möchtest.',
    'messe-trends': 'Messen und Fachtagungen lohnen sich vor allem, wenn du Neuigkeiten aus deiner Branche suchst.',
    'messe-kunden': 'Messen lohnen sich außerdem, wenn du künftige Kundschaft kennenlernen willst.',
    'jobmesse-karriere': 'Job- und Karrieremessen lohnen sich, wenn du eine erste oder neue Stelle suchst.',
    'treffen-geschaeft': 'Business-Events und Unternehmertreffen passen, wenn du Aufträge oder Kooperationspartner suchst.',
    'alumni-karriere': 'Alumni-Gruppen helfen vor allem, wenn du Job- und Karrierechancen suchst.',
    'plattform-online': 'Berufliche Plattformen passen, wenn du dich auch online vernetzen möchtest.',
    'meetup-austausch': 'Meetup-Gruppen passen vor allem, wenn du Erfahrungen austauschen möchtest.',
    'meetup-lokal': 'Meetup-Gruppen passen außerdem, wenn dein Netzwerk in deiner Stadt liegen soll.',
    'sport-ton': 'Sportveranstaltungen passen, wenn sich Berufliches und Privates mischen darf.',
    'experten-geschlossen': 'Expertenrunden passen, wenn du einen geschlossenen Kreis mit Aufnahmeregeln suchst.',
    'halbprivat-ton': 'Halb private Netzwerke passen, wenn dein Netzwerk auch persönlich werden darf.',
  } as ById<string>,
  /** `{warum}` a `missing` sentence, `{frage}` the answer's short name, `{antwort}` the reader's answer. */
  yourAnswer: '{warum} Deine Antwort bei „{frage}“: {antwort}.',
  /** When every defining answer fits but the points stay below the threshold; `{min}` the threshold. */
  fewPoints: {
    one: 'Deine Antworten bringen dieser Art nur einen Punkt – wir empfehlen sie ab {min} Punkten.',
    other: 'Deine Antworten bringen dieser Art {n} Punkte – wir empfehlen sie ab {min} Punkten.',
  } as Plural,
  /** A kind that fits but falls outside the time verdict's cap; `{max}` the number of kinds. */
  timeCap: 'Passt an sich zu dir. Aber deine Zeit reicht nicht für alles: Wir empfehlen dir höchstens {max} Arten, die mit dem geringsten Zeitaufwand zuerst.',
  /** Advice on the form of taking part, by rule id (FORMAT_RULES), from the comfort question. */
  formats: {
    'format-klein': 'Kleine Runden geben dir Energie: Such dir kleine Formate – einen Stammtisch, einen Arbeitskreis oder ein Gespräch unter vier Augen bei einem Kaffee.',
    'format-gross': 'Große Runden liegen dir: Messen, Konferenzen und Empfänge sind für dich gute Orte, an einem Tag viele Menschen kennenzulernen.',
    'format-zuhoeren': 'Du hörst lieber zu – eine echte Stärke. Nimm dir zwei, drei offene Fragen mit; damit kommst du leicht ins Gespräch, ohne viel von dir erzählen zu müssen.',
    'format-frueh': 'Komm früh: Solange sich der Raum noch füllt, stehen die Leute einzeln herum, und ein Gespräch ergibt sich fast von selbst.',
    'format-reden': 'Du ergreifst gern das Wort: Biete einen Kurzvortrag an oder übernimm die Moderation eines Treffens – dann kommen die Leute zu dir.',
    'format-begleitung': 'Du gehst lieber in Begleitung: Nimm eine Kollegin oder einen Bekannten mit – und verabredet, dass ihr euch zwischendurch trennt und jeweils jemand Neues ansprecht.',
    'format-allein': 'Du gehst auch allein hin – gut so: Wer ohne Begleitung kommt, wird leichter angesprochen.',
  } as ById<string>,
  /**
   * The time verdict, sentence by sentence (recommendations.ts `TimeSentence`): `{stunden}` the
   * reader's hours, `{ziel}` the main purpose („um {ziel}“), `{minimum}`/`{bequem}` the hours it
   * needs, `{andere}` the other purposes. Plural forms count the hours, `others` the other purposes.
   */
  time: {
    titles: { realistisch: 'Realistisch', knapp: 'Knapp', 'zu-wenig': 'Zu wenig Zeit', offen: 'Noch offen' },
    purposeOpen: 'Solange dein Zweck offen ist, lässt sich nicht sagen, ob deine Zeit reicht.',
    starter: 'Für den Anfang genügen zwei, drei Stunden im Monat, um ein oder zwei Netzwerke als Gast kennenzulernen.',
    starterWithHours: 'Mit {stunden} im Monat kannst du in Ruhe zwei, drei Netzwerke als Gast ausprobieren.',
    hoursOpen: 'Du weißt noch nicht, wie viel Zeit du hast. Um {ziel}, solltest du mit mindestens {minimum} im Monat rechnen, besser {bequem}.',
    zero: 'Ohne Zeit wächst kein Netzwerk.',
    tooLittle: { one: '{stunden} im Monat ist zu wenig, um {ziel}.', other: '{stunden} im Monat sind zu wenig, um {ziel}.' } as Plural,
    tooLittleAdvice: 'Dafür brauchst du erfahrungsgemäß mindestens {minimum}. Nimm dir ein kleineres Ziel vor – oder schaff dir feste Zeit im Kalender.',
    tight: {
      one: '{stunden} im Monat reicht gerade so, um {ziel}. Konzentrier dich auf ein einziges Netzwerk und trag dir feste Termine ein.',
      other: '{stunden} im Monat reichen gerade so, um {ziel}. Konzentrier dich auf ein einziges Netzwerk und trag dir feste Termine ein.',
    } as Plural,
    realistic: 'Mit {stunden} im Monat hast du genug Luft, um {ziel}: regelmäßig dabei sein, nachfassen und dich einbringen.',
    others: {
      one: 'Dein weiterer Zweck ({andere}) kommt dabei wahrscheinlich zu kurz.',
      other: 'Deine weiteren Zwecke ({andere}) kommen dabei wahrscheinlich zu kurz.',
    } as Plural,
  },
  /** Give before take: `{angebot}` is what the reader can offer. */
  give: {
    intro: 'Bring zuerst etwas ein, bevor du etwas erwartest. Du hast {angebot} zu bieten – so könnte dein erster Beitrag aussehen:',
    unsure: 'Du bist unsicher, was du beisteuern kannst? Das geht fast allen Neuen so – und stimmt fast nie. Schon eine kleine Geste zählt:',
    unsureIdeas: [
      'Beantworte eine Frage aus deinem Fachgebiet oder empfiehl einen lesenswerten Artikel.',
      'Leite einen Hinweis auf eine passende Veranstaltung weiter.',
    ],
    ideas: {
      wissen: 'Beantworte eine Frage aus deinem Fachgebiet oder empfiehl einen lesenswerten Artikel.',
      ressourcen: 'Biete einen Raum für ein Treffen an oder hilf mit Technik und Zeit bei der Vorbereitung.',
      rollen: 'Frag nach einer Aufgabe: Kasse, Protokoll, Co-Moderation oder die Organisation des nächsten Treffens.',
      kontakte: 'Mach zwei Menschen miteinander bekannt, die einander weiterhelfen können.',
    },
  },
  /**
   * „Als Kandidat übernehmen“ under each recommended kind and real example. `{name}` is the
   * kind's title or the example's name; `which` follows the button's words for screen readers only.
   */
  takeOver: {
    button: 'Als Kandidat übernehmen',
    which: '„{name}“',
    added: '„{name}“ steht jetzt in deinem Netzwerk-Check, mit den üblichen Werten dieser Art zum Anpassen.',
    present: '„{name}“ steht schon in deinem Netzwerk-Check.',
    open: 'Im Netzwerk-Check ansehen',
    undo: 'Rückgängig',
    failed: '„{name}“ ließ sich nicht speichern: Dein Netzwerk-Check ist voll, oder dieser Browser speichert gerade nichts.',
  },
  /** The result island's own words. `{count}` is the number of questions in words (filled in by the page). */
  ui: {
    notReady: 'Dein Selbsttest ist noch nicht fertig. Sobald du alle {count} Fragen beantwortet hast, steht hier, welches Netzwerk zu dir passt und warum.',
    notReadyLink: 'Weiter zum Selbsttest',
    profileTitle: 'Dein ideales Netzwerk …',
    /** A profile sentence under the heading it completes. */
    profileLine: '… {satz}',
    chapterHelp: 'Hilfe im Kapitel „{titel}“',
    whereTitle: 'Wo du es findest',
    whereIntro: 'Diese Arten von Netzwerken und Kanälen passen zu deinen Antworten, die stärksten zuerst. Die Gründe stehen jeweils dabei.',
    whereNone: 'Zu deinen Antworten passt keine Art von Netzwerk eindeutig. Schau dir die Gründe unten an – oft hilft es, den Zweck genauer zu fassen.',
    examples: 'Zum Beispiel: {beispiele}',
    fits: 'Warum es passt:',
    caveats: 'Gut zu wissen:',
    more: 'Mehr dazu im Kapitel „{titel}“',
    others: 'Warum andere Arten fehlen',
    /** The first step: `{art}` the first kind, `{zweite}` the second (with too little time). */
    firstPoints: 'Fang mit „{art}“ an – das passt am besten zu deinen Antworten.',
    firstEffort: 'Deine Zeit ist knapp. Fang mit „{art}“ an: Von allem, was zu dir passt, kostet das am wenigsten Zeit.',
    firstEffortThen: 'Deine Zeit ist knapp. Fang mit „{art}“ an: Von allem, was zu dir passt, kostet das am wenigsten Zeit. „{zweite}“ nimmst du dir erst vor, wenn das erste Netzwerk läuft.',
    formatsTitle: 'So fühlst du dich dabei wohl',
    examplesTitle: 'Echte Beispiele',
    /** Read after an example's link by screen readers: it opens another website. */
    externalLink: '(externe Website)',
    /** Before the reason a kind is missing. */
    otherKind: '{art}:',
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
  },
  /** The page around the island: its title, lead and how the result is worked out. */
  page: {
    title: 'Dein Ergebnis im Selbsttest',
    description: 'Dein ideales Netzwerk in Worten, die Netzwerke und Kanäle, die dazu passen – mit Gründen –, dazu die Rechnung mit deiner Zeit und dein erster Beitrag.',
    back: 'Zurück zu deinen Antworten',
    lead: 'So sieht nach deinen Antworten das Netzwerk aus, das zu dir passt – und wo du es findest. Alles steht nur in diesem Browser; du kannst deine Antworten jederzeit ändern.',
    methodTitle: 'So wertet der Selbsttest aus',
    recommendationsTitle: 'Die Empfehlungen',
    /** `{min}`: the points from which a kind is recommended. */
    recommendationsText:
      'Jede Art von Netzwerk sammelt Punkte für Antworten, die für sie sprechen: 2 Punkte für das, was sie ausmacht (Kammern etwa sind regional), 1 Punkt für alles, was dazupasst. Ab {min} Punkten empfehlen wir sie – es sei denn, eine deiner Antworten schließt sie aus; wer sich nur online vernetzen will, bekommt zum Beispiel keine Messe empfohlen. Zu jeder Empfehlung siehst du die Gründe, und unter „Warum andere Arten fehlen“ steht, was gegen die übrigen spricht. „Weiß ich noch nicht“ zählt weder dafür noch dagegen.',
    timeTitle: 'So rechnen wir mit deiner Zeit',
    timeText: 'Unsere Faustregel für deinen wichtigsten Zweck, in Stunden im Monat – ein Erfahrungswert, keine Studie. Ein Abendtermin mit Anfahrt, Vor- und Nachbereitung kostet etwa drei Stunden.',
    timeTable: { purpose: 'Wichtigster Zweck', minimum: 'Zu wenig unter', comfortable: 'Realistisch ab' },
    /** `{extra}`: the extra hours for meeting only in person. */
    timeAfter: 'Dazwischen ist es knapp. Wer sich nur vor Ort trifft, braucht für die Wege {extra} mehr.',
  },
} as const;

export type RecommendationTexts = typeof recommendationTexts;

/** What the plan needs to word the profile. */
export type ProfileTexts = Pick<RecommendationTexts, 'labels' | 'profile'>;
