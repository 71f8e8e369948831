/** Words every edit form shares: the check on save against a change from another tab, „Abbrechen“ that asks. */
export const formTexts = {
  /** Shown when the record changed in another tab since the form opened. */
  changedTitle: 'Dieser Eintrag wurde inzwischen geändert',
  changedIntro: 'Während du hier geschrieben hast, wurde der Eintrag an anderer Stelle (etwa in einem anderen Tab) geändert. So unterscheiden sich die beiden Fassungen:',
  field: 'Feld',
  theirs: 'Andere Fassung',
  mine: 'Deine Fassung',
  empty: '(leer)',
  keepMine: 'Meine Fassung speichern',
  keepTheirs: 'Andere Fassung behalten',
  loading: 'Die beiden Fassungen werden geladen …',
  /** Shown when the record was deleted elsewhere while the form was open. */
  deleted: 'Dieser Eintrag wurde inzwischen an anderer Stelle gelöscht. Was du eingegeben hast, steht noch im Formular.',
  saveAsNew: 'Als neuen Eintrag speichern',
  /** „Abbrechen“ on a changed form. */
  discardQuestion: 'Deine Änderungen verwerfen?',
  discardYes: 'Ja, verwerfen',
  discardNo: 'Nein, weiter bearbeiten',
} as const;

export type FormTexts = { readonly [K in keyof typeof formTexts]: string };
