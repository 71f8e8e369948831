import { useStore } from '@nanostores/preact';
import { useMemo } from 'preact/hooks';
import { hasEntriesOf, metaStore } from '../../stores/backup-reminder';
import { usePersisted } from '../../stores/use-persisted';
import { formatDay, isBackupDue, localDay } from '../../lib/backup-due';
import type { CatalogueEntry } from '../../lib/storage-overview';

const NO_CATALOGUE: readonly CatalogueEntry[] = [];

/**
 * Reminds the reader on a tool page to download a backup: shown while there are entries and
 * the last backup is more than 30 days old, or there never was one. Renders nothing on the
 * server, so pages without data never show it. Mount with `client:load` on tool pages only:
 * `<BackupReminder client:load catalogue={catalogueOf(ALL_DEFINITIONS)} />` – the catalogue
 * (optional) lets it ignore values still in their fresh state.
 */
export function BackupReminder({ catalogue = NO_CATALOGUE }: { catalogue?: readonly CatalogueEntry[] }) {
  const meta = usePersisted(metaStore);
  const hasData = useStore(useMemo(() => hasEntriesOf(catalogue), [catalogue]), { ssr: () => false });
  if (!isBackupDue({ hasData, lastBackup: meta.lastBackup, today: localDay(new Date()) })) return null;
  return (
    <aside class="notice backup-reminder" aria-label="Erinnerung an eine Sicherung">
      <p>
        <strong>Sichere deine Eingaben.</strong> Sie liegen nur in diesem Browser
        {meta.lastBackup ? `, und deine letzte Sicherung ist vom ${formatDay(meta.lastBackup)}.` : ' und wurden noch nie gesichert.'}{' '}
        <a href="/daten/">Jetzt unter „Meine Daten“ eine Sicherung herunterladen</a>
      </p>
    </aside>
  );
}
