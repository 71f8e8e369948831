import { useStore } from '@nanostores/preact';
import { $hasEntries, metaStore } from '../../stores/backup-reminder';
import { usePersisted } from '../../stores/use-persisted';
import { formatDay, isBackupDue, localDay } from '../../lib/storage-overview';

/**
 * Reminds the reader on a tool page to download a backup: shown while there are entries and
 * the last backup is more than 30 days old, or there never was one. Renders nothing on the
 * server, so pages without data never show it. Mount with `client:load` on tool pages only.
 */
export function BackupReminder() {
  const meta = usePersisted(metaStore);
  const hasData = useStore($hasEntries, { ssr: () => false });
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
