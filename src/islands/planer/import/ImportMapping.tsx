/** Step 2 for a CSV that is not LinkedIn's: one select per column, preset with `guessColumns`. */
import { fill, formatNumber } from '../../../i18n/format';
import type { ContactImportTexts } from '../../../i18n/de/contact-import';
import { COLUMN_TARGETS, type ColumnMapping, type ColumnTarget, type CsvTable } from '../../../lib/contact-import/csv';
import { ImportError } from './ImportError';

interface Props {
  texts: ContactImportTexts;
  file: string;
  table: CsvTable;
  mapping: ColumnMapping;
  error: string | undefined;
  onMapping: (mapping: ColumnMapping) => void;
  onBack: () => void;
  onNext: () => void;
}

export function ImportMapping({ texts, file, table, mapping, error, onMapping, onBack, onNext }: Props) {
  const m = texts.mapping;
  const example = (col: number) => table.records.find((r) => r[col]?.trim())?.[col]?.trim().slice(0, 60) ?? '';
  return (
    <form
      class="import-mapping"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onNext();
      }}
    >
      <p>{fill(m.intro, { file, n: formatNumber(table.records.length) })}</p>
      {error && <ImportError texts={texts} message={error} />}
      <ol class="import-columns">
        {table.header.map((header, col) => {
          const id = `import-spalte-${col + 1}`;
          const sample = example(col);
          return (
            <li key={col} class="field">
              <label for={id}>{fill(m.column, { n: col + 1, header })}</label>
              {sample && (
                <p class="hint" id={`${id}-hint`}>
                  {fill(m.example, { value: sample })}
                </p>
              )}
              <select
                id={id}
                value={mapping[col] ?? 'ignore'}
                aria-describedby={sample ? `${id}-hint` : undefined}
                onChange={(e) => onMapping(mapping.map((t, i) => (i === col ? (e.currentTarget.value as ColumnTarget) : t)))}
              >
                {COLUMN_TARGETS.map((t) => (
                  <option key={t} value={t}>
                    {m.targets[t]}
                  </option>
                ))}
              </select>
            </li>
          );
        })}
      </ol>
      <p class="actions">
        <button type="submit">{m.next}</button>{' '}
        <button type="button" class="secondary" onClick={onBack}>
          {m.back}
        </button>
      </p>
    </form>
  );
}
