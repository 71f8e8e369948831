/**
 * The site's one locale. Every `Intl` formatter and every plural rule is built from this
 * constant, and `dictionary.ts` picks the dictionary of the same language: an English edition
 * changes these two lines and adds `src/i18n/en/`, nothing else.
 */
export const LOCALE = 'de-DE';

/** The language of `<html lang>`, Pagefind and the dictionaries. */
export const LANG = 'de';
