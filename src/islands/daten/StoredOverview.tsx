import type { ComponentChildren } from 'preact';
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { $totalBytes, overviewOf } from '../../stores/daten';
import { usePersisted } from '../../stores/use-persisted';
import { metaStore } from '../../stores/meta';
import { formatKilobytes, formatTimestamp, type CatalogueEntry, type StoredSummary } from '../../lib/storage/storage-overview';
import { formatDay } from '../../i18n/format';

function entriesText(value: StoredSummary): string {
  if (value.state === 'empty') return 'nichts gespeichert';
  if (value.state === 'newer') return 'aus einer neueren Version';
  if (value.state === 'unreadable') return 'nicht lesbar';
  return value.entries === 1 ? '1 Eintrag' : `${value.entries} Einträge`;
}

/** The table of what this browser holds, per tool, and the date of the last backup. */
export function StoredOverview({ catalogue, newer }: { catalogue: readonly CatalogueEntry[]; /** Shown when data of a newer version is stored (static text from the page). */ newer?: ComponentChildren }) {
  // The server cannot know what this browser holds: until hydration, say that it is being read.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const overview = useStore(useMemo(() => overviewOf(catalogue), [catalogue]));
  const total = useStore($totalBytes);
  const meta = usePersisted(metaStore);

  // Before hydration the table already has its final rows (one per tool, read as empty on the
  // server), so nothing below it jumps; only the cells wait for the browser's storage.
  const cell = (text: string) => (hydrated ? text : '…');
  // An element of its own, not a fragment: Preact places the newer-version notice (a static slot)
  // wrongly when it appears between siblings it shares with the parent's slots.
  return (
    <div>
      {/* Explicit roles keep the table a table for screen readers when narrow screens stack its rows. */}
      <table class="stack-table" role="table" aria-busy={hydrated ? undefined : 'true'}>
        <caption class="visually-hidden">Was Netzwerk-Kompass in diesem Browser gespeichert hat</caption>
        <thead role="rowgroup">
          <tr role="row"><th scope="col" role="columnheader">Werkzeug</th><th scope="col" role="columnheader">Einträge</th><th scope="col" role="columnheader">Größe</th><th scope="col" role="columnheader">Letzte Änderung</th></tr>
        </thead>
        <tbody role="rowgroup">
          {overview.values.map((value) => (
            <tr key={value.key} role="row">
              <th scope="row" role="rowheader">{value.label}</th>
              <td role="cell" data-label="Einträge">{cell(entriesText(value))}</td>
              <td role="cell" data-label="Größe">{cell(value.state === 'empty' ? '–' : formatKilobytes(value.bytes))}</td>
              <td role="cell" data-label="Letzte Änderung">{cell(value.lastChange ? formatTimestamp(value.lastChange) : '–')}</td>
            </tr>
          ))}
          {overview.others.length > 0 && (
            <tr role="row">
              <th scope="row" role="rowheader">Weitere Daten von Netzwerk-Kompass</th>
              <td role="cell" data-label="Einträge">{overview.others.length === 1 ? '1 Eintrag' : `${overview.others.length} Einträge`}</td>
              <td role="cell" data-label="Größe">{formatKilobytes(overview.others.reduce((sum, other) => sum + other.bytes, 0))}</td>
              <td role="cell" data-label="Letzte Änderung">–</td>
            </tr>
          )}
        </tbody>
      </table>
      {overview.values.some((value) => value.state === 'newer') && newer}

      {hydrated ? (
        <p>
          Insgesamt belegt Netzwerk-Kompass in diesem Browser <strong>{formatKilobytes(total)}</strong>.{' '}
          Letzte Sicherung: <strong data-testid="letzte-sicherung">{meta.lastBackup ? formatDay(meta.lastBackup) : 'noch nie'}</strong>.
        </p>
      ) : (
        <p class="muted">Dein Browser-Speicher wird gelesen …</p>
      )}
    </div>
  );
}
