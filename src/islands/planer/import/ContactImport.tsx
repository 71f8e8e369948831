/**
 * The contact import, loaded only when the reader opens it (Papa Parse and ical.js come with it):
 * choose a file → map the columns of a CSV that is not LinkedIn's → preview with duplicates and
 * triage → one write after a snapshot, with „Rückgängig“. Rules and parsing live in
 * src/lib/contact-import/, the write in src/stores/contact-import.ts; this only renders and dispatches.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { fill, formatDay, plural } from '../../../i18n/format';
import type { ContactImportTexts } from '../../../i18n/de/contact-import';
import { hasNameColumn, rowsFromTable, type ColumnMapping, type CsvTable } from '../../../lib/contact-import/csv';
import { MAX_IMPORT_BYTES } from '../../../lib/contact-import/decode';
import type { ImportKind, ImportRow, RowProblem } from '../../../lib/contact-import/fields';
import { buildPreview, type PreviewRow } from '../../../lib/contact-import/preview';
import { readContactFile } from '../../../lib/contact-import/read-file';
import { PLANNER_LIMITS } from '../../../lib/planner/planner-schema';
import { importContacts, undoContactImport } from '../../../stores/contact-import';
import { ImportError } from './ImportError';
import { ImportMapping } from './ImportMapping';
import { ImportPreview } from './ImportPreview';
import { errorText, writeProblemText } from './import-words';
import type { ContactImportProps } from './import-props';

type Mapping = { step: 'mapping'; file: string; table: CsvTable; mapping: ColumnMapping; error?: string };
type Step =
  | { step: 'choose'; error?: string }
  | { step: 'reading'; file: string }
  | Mapping
  | { step: 'preview'; file: string; kind: ImportKind; preview: PreviewRow[]; problems: RowProblem[]; back: Mapping | null; error?: string }
  | { step: 'done'; file: string; count: number; undone: boolean; error?: string };

/** The heading that takes focus when a step opens, so keyboard and screen reader follow. */
export const IMPORT_HEADING_ID = 'import-schritt';

export function ContactImport(props: ContactImportProps) {
  const { texts, contacts, today } = props;
  const [state, setState] = useState<Step>({ step: 'choose' });
  const [message, setMessage] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const thisYear = Number(today.slice(0, 4));
  const room = PLANNER_LIMITS.contacts - contacts.length;

  const title = stepTitle(texts, state);
  useEffect(() => {
    // Every new step takes focus and is announced, so keyboard and screen reader follow it.
    if (state.step === 'reading') return;
    heading.current?.focus();
    setMessage(title);
  }, [state.step, title]);

  const toPreview = (file: string, kind: ImportKind, rows: ImportRow[], problems: RowProblem[], back: Mapping | null) =>
    setState({ step: 'preview', file, kind, preview: buildPreview(rows, contacts), problems, back });

  const choose = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) return setState({ step: 'choose', error: errorText(texts, file.name, { code: 'too-big' }) });
    setState({ step: 'reading', file: file.name });
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      return setState({ step: 'choose', error: errorText(texts, file.name, { code: 'unreadable' }) });
    }
    const outcome = readContactFile(bytes, room, thisYear);
    if (outcome.ok === 'mapping') {
      const error = hasNameColumn(outcome.guess) ? undefined : errorText(texts, file.name, { code: 'no-name-column' });
      return setState({ step: 'mapping', file: file.name, table: outcome.table, mapping: outcome.guess, ...(error ? { error } : {}) });
    }
    if (!outcome.ok) return setState({ step: 'choose', error: errorText(texts, file.name, outcome.error) });
    toPreview(file.name, outcome.kind, outcome.rows, outcome.problems, null);
  };

  const met = (row: ImportRow) => (row.connectedOn ? fill(texts.metLinkedIn, { day: formatDay(row.connectedOn) }) : '');

  return (
    <section class="card contact-import" aria-labelledby={IMPORT_HEADING_ID}>
      <h3 id={IMPORT_HEADING_ID} tabIndex={-1} ref={heading}>
        {title}
      </h3>
      {/* The import's own live region: the page's is in a module the import must not share. */}
      <p class="visually-hidden" role="status" aria-live="polite">
        {message}
      </p>
      {(state.step === 'choose' || state.step === 'reading') && (
        <ChooseStep texts={texts} error={state.step === 'choose' ? state.error : undefined} reading={state.step === 'reading' ? state.file : null} onFile={choose} />
      )}
      {state.step === 'mapping' && (
        <ImportMapping
          texts={texts}
          file={state.file}
          table={state.table}
          mapping={state.mapping}
          error={state.error}
          onMapping={(mapping) => setState({ ...state, mapping })}
          onBack={() => setState({ step: 'choose' })}
          onNext={() => {
            const result = rowsFromTable(state.table, state.mapping, room, thisYear);
            if (!result.ok) return setState({ ...state, error: errorText(texts, state.file, result.error) });
            toPreview(state.file, result.kind, result.rows, result.problems, { step: 'mapping', file: state.file, table: state.table, mapping: state.mapping });
          }}
        />
      )}
      {state.step === 'preview' && (
        <ImportPreview
          {...props}
          announce={setMessage}
          file={state.file}
          preview={state.preview}
          problems={state.problems}
          error={state.error}
          onPreview={(preview) => setState({ ...state, preview })}
          onBack={() => setState(state.back ? { step: 'mapping', file: state.file, table: state.back.table, mapping: state.back.mapping } : { step: 'choose' })}
          onTake={async () => {
            // A double click's second click, while the import is written, gets the same result (`importContacts`).
            const result = await importContacts(state.file, state.preview, { today, met });
            if (!result.ok) return setState({ ...state, error: writeProblemText(texts, result.problem) });
            setState({ step: 'done', file: state.file, count: result.count, undone: false });
          }}
        />
      )}
      {state.step === 'done' && (
        <div role="status">
          <p>{state.undone ? texts.done.undone : plural(texts.done.imported, state.count, { file: state.file })}</p>
          {state.error && <p class="error-message">{state.error}</p>}
          {!state.undone && (
            <p class="actions">
              <button
                type="button"
                id="import-rueckgaengig"
                onClick={async (event) => {
                  // A double click on „übernehmen“ sends its second click (detail 2) here, where the button moved.
                  if (event.detail > 1) return;
                  const result = await undoContactImport();
                  setState(result.ok ? { ...state, undone: true } : { ...state, error: result.problem.code === 'damagedSnapshot' ? texts.done.undoDamaged : texts.done.undoFailed });
                }}
              >
                {texts.done.undo}
              </button>
            </p>
          )}
        </div>
      )}
      <p class="actions">
        <button type="button" class="link" onClick={props.onClose}>
          {texts.close}
        </button>
      </p>
    </section>
  );
}

function stepTitle(texts: ContactImportTexts, state: Step): string {
  if (state.step === 'mapping') return texts.steps.mapping;
  if (state.step === 'preview' || state.step === 'done') return texts.steps.preview;
  return texts.steps.choose;
}

/** Step 1: a file field (and a drop zone for those who drag). */
function ChooseStep({ texts, error, reading, onFile }: { texts: ContactImportTexts; error: string | undefined; reading: string | null; onFile: (file: File | undefined) => void }) {
  const c = texts.choose;
  return (
    <div
      class="import-choose"
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        onFile(e.dataTransfer?.files[0]);
      }}
    >
      <p>{c.intro}</p>
      {error && <ImportError texts={texts} message={error} />}
      <div class="field">
        <label for="import-datei">{c.file}</label>
        <p class="hint" id="import-datei-hint">
          {c.fileHint} {c.drop}
        </p>
        <input
          id="import-datei"
          type="file"
          accept=".csv,.vcf,.vcard,text/csv,text/vcard,text/x-vcard"
          aria-describedby="import-datei-hint"
          onChange={(e) => {
            const input = e.currentTarget;
            onFile(input.files?.[0]);
            // The same file chosen again (after fixing it) must fire a change again.
            input.value = '';
          }}
        />
      </div>
      {reading && <p>{fill(c.reading, { file: reading })}</p>}
    </div>
  );
}
