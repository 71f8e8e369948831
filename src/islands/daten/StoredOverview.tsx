import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { $overview, $totalBytes } from '../../stores/daten';
import { usePersisted } from '../../stores/use-persisted';
import { metaStore } from '../../stores/meta';
import { formatDay, formatKilobytes, formatTimestamp, type StoredSummary } from '../../lib/storage-overview';

function entriesText(value: StoredSummary): string {
  if (value.state === 'empty') return 'nichts gespeichert';
  if (value.state === 'newer') return 'aus einer neueren Version';
  if (value.state === 'unreadable') return 'nicht lesbar';
  return value.entries === 1 ? '1 Eintrag' : `${value.entries} Einträge`;
}

/** The table of what this browser holds, per tool, and the date of the last backup. */
export function StoredOverview() {
  // The server cannot know what this browser holds: until hydration, say that it is being read.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const overview = useStore($overview);
  const total = useStore($totalBytes);
  const meta = usePersisted(metaStore);

  if (!hydrated) return <p class="muted">Dein Browser-Speicher wird gelesen …</p>;
  return (
    <>
      <div class="table-wrap">
        <table class="stored-table">
          <caption class="visually-hidden">Was Netzwerk-Kompass in diesem Browser gespeichert hat</caption>
          <thead>
            <tr><th scope="col">Werkzeug</th><th scope="col">Einträge</th><th scope="col">Größe</th><th scope="col">Letzte Änderung</th></tr>
          </thead>
          <tbody>
            {overview.values.map((value) => (
              <tr key={value.key}>
                <th scope="row">{value.label}</th>
                <td>{entriesText(value)}</td>
                <td>{value.state === 'empty' ? '–' : formatKilobytes(value.bytes)}</td>
                <td>{value.lastChange ? formatTimestamp(value.lastChange) : '–'}</td>
              </tr>
            ))}
            {overview.others.length > 0 && (
              <tr>
                <th scope="row">Weitere Daten von Netzwerk-Kompass</th>
                <td>{overview.others.length === 1 ? '1 Eintrag' : `${overview.others.length} Einträge`}</td>
                <td>{formatKilobytes(overview.others.reduce((sum, other) => sum + other.bytes, 0))}</td>
                <td>–</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <p>
        Insgesamt belegt Netzwerk-Kompass in diesem Browser <strong>{formatKilobytes(total)}</strong>.{' '}
        Letzte Sicherung: <strong data-testid="letzte-sicherung">{meta.lastBackup ? formatDay(meta.lastBackup) : 'noch nie'}</strong>.
      </p>
    </>
  );
}
