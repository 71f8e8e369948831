/** The words of the search: the form in the site header, the results page and its messages. */
import type { Plural } from '../format';

export const searchTexts = {
  /** The form in every page's header. */
  header: {
    label: 'Website durchsuchen',
    field: 'Suchbegriff',
    /** Shown in the empty field, so sighted readers see what it is for. */
    placeholder: 'Ratgeber durchsuchen',
    submit: 'Suchen',
  },
  page: {
    title: 'Suche',
    description: 'Durchsuche den Ratgeber, die häufigen Fragen und die Werkzeuge von Netzwerk-Kompass. Die Suche läuft in deinem Browser; was du eingibst, verlässt dein Gerät nicht.',
    heading: 'Suche',
    intro: 'Durchsucht alle Kapitel des Ratgebers, die häufigen Fragen, die Formulierungshilfen aus „Was sage ich?“ und die Einführungen der Werkzeuge. Die Suche läuft ganz in deinem Browser – was du eingibst, wird nirgendwohin geschickt.',
    noscript: 'Die Suche braucht JavaScript, um im Browser zu suchen. Ohne JavaScript findest du alles über die Kapitelübersicht:',
    chapters: 'Alle Kapitel des Ratgebers',
  },
  /** The results page's island. */
  island: {
    label: 'Suche auf dieser Website',
    field: 'Suchbegriff',
    hint: 'Ein oder mehrere Wörter; Wortformen werden mitgefunden („Kontakte“ findet auch „Kontakt“).',
    submit: 'Suchen',
    results: 'Suchergebnisse',
    intro: 'Einleitung',
    messages: {
      empty: 'Gib einen Suchbegriff ein, zum Beispiel „Kontakte pflegen“.',
      tooShort: '„{query}“ ist zu kurz. Bitte gib mindestens {min} Zeichen ein.',
      tooLong: 'Dein Suchbegriff hat {n} Zeichen. Bitte kürze ihn auf höchstens {max} Zeichen.',
      loading: 'Suche läuft …',
      noResults: 'Zu „{query}“ wurde nichts gefunden. Versuch es mit einem anderen oder allgemeineren Wort.',
      failed: 'Die Suche konnte nicht geladen werden. Lade die Seite neu und versuch es noch einmal.',
    },
    count: { one: '{n} Seite gefunden zu „{query}“', other: '{n} Seiten gefunden zu „{query}“' } satisfies Plural,
  },
} as const;

export type SearchTexts = typeof searchTexts;
export type SearchIslandTexts = SearchTexts['island'];
