import type { ImportMode, PlanItem } from '../../lib/storage/backup';

const ACTIONS: Record<PlanItem['action'], string> = {
  add: 'wird übernommen',
  replace: 'ersetzt deine jetzigen Daten',
  merge: 'wird mit deinen jetzigen Daten zusammengeführt',
  unchanged: 'bleibt gleich',
};

function count(n: number | null, state?: PlanItem['currentState']): string {
  if (state === 'unreadable') return 'nicht lesbar';
  if (n === null) return '–';
  return n === 1 ? '1 Eintrag' : `${n} Einträge`;
}

interface Props {
  items: PlanItem[];
  canMerge: boolean;
  mode: ImportMode;
  onMode: (mode: ImportMode) => void;
}

/** The table of what an import changes per tool, and the choice between replace and merge. */
export function ImportPreview({ items, canMerge, mode, onMode }: Props) {
  return (
    <>
      {canMerge && (
        <fieldset>
          <legend>Was soll mit deinen jetzigen Daten geschehen?</legend>
          <div class="choices">
            <div class="choice">
              <input type="radio" id="modus-ersetzen" name="import-modus" checked={mode === 'replace'} onChange={() => onMode('replace')} />
              <div>
                <label for="modus-ersetzen">Ersetzen</label>
                <p class="hint">Danach gilt genau der Stand aus der Sicherung.</p>
              </div>
            </div>
            <div class="choice">
              <input type="radio" id="modus-zusammenfuehren" name="import-modus" checked={mode === 'merge'} onChange={() => onMode('merge')} />
              <div>
                <label for="modus-zusammenfuehren">Zusammenführen</label>
                <p class="hint">Einträge aus der Sicherung kommen zu deinen jetzigen hinzu; gibt es einen Eintrag in beiden, gilt der aus der Sicherung.</p>
              </div>
            </div>
          </div>
        </fieldset>
      )}
      <table class="stack-table" role="table">
        <caption class="visually-hidden">Was sich beim Einspielen ändert</caption>
        <thead role="rowgroup">
          <tr role="row"><th scope="col" role="columnheader">Werkzeug</th><th scope="col" role="columnheader">Jetzt</th><th scope="col" role="columnheader">In der Sicherung</th><th scope="col" role="columnheader">Danach</th><th scope="col" role="columnheader">Was passiert</th></tr>
        </thead>
        <tbody role="rowgroup">
          {items.map((item) => (
            <tr key={item.key} role="row">
              <th scope="row" role="rowheader">{item.label}</th>
              <td role="cell" data-label="Jetzt">{count(item.current, item.currentState)}</td>
              <td role="cell" data-label="In der Sicherung">{count(item.incoming)}</td>
              <td role="cell" data-label="Danach">{count(item.after)}</td>
              <td role="cell" data-label="Was passiert">{ACTIONS[item.action]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
