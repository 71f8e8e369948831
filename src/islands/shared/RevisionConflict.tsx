/**
 * Both versions of a record that changed in another tab while its form was open, field by field,
 * and the reader's choice. Loaded only when such a conflict occurs (useLazy), so no page pays for it.
 */
import { useEffect } from 'preact/hooks';
import type { FormTexts } from '../../i18n/de/forms';

/** One differing field as the page words it. */
export interface ConflictRow {
  label: string;
  theirs: string;
  mine: string;
}

export function RevisionConflict({ id, rows, texts, onMine, onTheirs }: { id: string; rows: readonly ConflictRow[]; texts: FormTexts; onMine: () => void; onTheirs: () => void }) {
  useEffect(() => document.getElementById(`${id}-titel`)?.focus(), []);
  const shown = (text: string) => (text === '' ? <span class="muted">{texts.empty}</span> : text);
  return (
    <section class="notice notice-warn revision-conflict" id={id} aria-labelledby={`${id}-titel`}>
      <h2 id={`${id}-titel`} tabIndex={-1}>
        {texts.changedTitle}
      </h2>
      <p>{texts.changedIntro}</p>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{texts.field}</th>
              <th scope="col">{texts.theirs}</th>
              <th scope="col">{texts.mine}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td>{shown(row.theirs)}</td>
                <td>{shown(row.mine)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="actions">
        <button type="button" id={`${id}-meine`} onClick={onMine}>
          {texts.keepMine}
        </button>
        <button type="button" class="secondary" id={`${id}-andere`} onClick={onTheirs}>
          {texts.keepTheirs}
        </button>
      </p>
    </section>
  );
}
