import type { ImportMode, PlanItem } from '../../lib/storage/backup';
import type { DatenTexts } from '../../i18n/de/daten';
import { entriesText, toolName } from './words';

interface Props {
  texts: DatenTexts;
  items: PlanItem[];
  canMerge: boolean;
  mode: ImportMode;
  onMode: (mode: ImportMode) => void;
}

/** The table of what an import changes per tool, and the choice between replace and merge. */
export function ImportPreview({ texts, items, canMerge, mode, onMode }: Props) {
  const t = texts.preview;
  const count = (n: number | null, state?: PlanItem['currentState']): string =>
    state === 'unreadable' ? texts.units.unreadable : n === null ? texts.units.none : entriesText(texts, n);
  return (
    <>
      {canMerge && (
        <fieldset>
          <legend>{t.mode}</legend>
          <div class="choices">
            <div class="choice">
              <input type="radio" id="modus-ersetzen" name="import-modus" checked={mode === 'replace'} onChange={() => onMode('replace')} />
              <div>
                <label for="modus-ersetzen">{t.replace}</label>
                <p class="hint">{t.replaceHint}</p>
              </div>
            </div>
            <div class="choice">
              <input type="radio" id="modus-zusammenfuehren" name="import-modus" checked={mode === 'merge'} onChange={() => onMode('merge')} />
              <div>
                <label for="modus-zusammenfuehren">{t.merge}</label>
                <p class="hint">{t.mergeHint}</p>
              </div>
            </div>
          </div>
        </fieldset>
      )}
      <table class="stack-table" role="table">
        <caption class="visually-hidden">{t.caption}</caption>
        <thead role="rowgroup">
          <tr role="row"><th scope="col" role="columnheader">{t.tool}</th><th scope="col" role="columnheader">{t.now}</th><th scope="col" role="columnheader">{t.incoming}</th><th scope="col" role="columnheader">{t.after}</th><th scope="col" role="columnheader">{t.action}</th></tr>
        </thead>
        <tbody role="rowgroup">
          {items.map((item) => (
            <tr key={item.key} role="row">
              <th scope="row" role="rowheader">{toolName(texts, item.tool)}</th>
              <td role="cell" data-label={t.now}>{count(item.current, item.currentState)}</td>
              <td role="cell" data-label={t.incoming}>{count(item.incoming)}</td>
              <td role="cell" data-label={t.after}>{count(item.after)}</td>
              <td role="cell" data-label={t.action}>{texts.action[item.action]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
