import { useStore } from '@nanostores/preact';
import { useEffect, useMemo } from 'preact/hooks';
import { latestEntryOf } from '../../stores/backup-reminder';
import { metaStore, recordFirstEntry, snoozeReminder } from '../../stores/meta';
import { usePersisted } from '../../stores/use-persisted';
import { isBackupDue } from '../../lib/storage/backup-due';
import type { CatalogueEntry } from '../../lib/storage/catalogue';
import { storageText } from './storage-texts';
import { daysBetween, localDay } from '../../lib/dates/iso-day';
import { ROUTES } from '../../lib/site/routes';

const NO_CATALOGUE: readonly CatalogueEntry[] = [];

/**
 * Reminds the reader on a tool page to download a backup once there is something worth saving
 * (about ten minutes of input or a later visit, see `isBackupDue`), while the last backup is more
 * than 30 days old or there never was one, and not in the week after „In einer Woche wieder
 * erinnern“. Its words come from the tool layout's server-rendered texts (`StorageTexts.astro`).
 * Loaded by `BackupReminder` only once something is stored, so a first visit never downloads it;
 * the catalogue lets it ignore values still in their fresh state.
 */
export function BackupReminderBody({ catalogue = NO_CATALOGUE }: { catalogue?: readonly CatalogueEntry[] }) {
  const meta = usePersisted(metaStore);
  const latest = useStore(useMemo(() => latestEntryOf(catalogue), [catalogue]), { ssr: () => null });
  // The first time entries are seen starts the input time (see `isBackupDue`); once noted,
  // recordFirstEntry changes nothing, so it may run after every render.
  useEffect(() => {
    if (latest !== null) recordFirstEntry();
  });
  const today = localDay();
  if (!isBackupDue({ ...meta, latest, today })) return null;
  return (
    <aside class="notice backup-reminder no-print" aria-label={storageText('reminder.label')}>
      <p>
        <strong>{storageText('reminder.title')}</strong>{' '}
        {meta.lastBackup ? storageText('reminder.last', { days: daysBetween(meta.lastBackup, today) }) : storageText('reminder.never')}{' '}
        <a href={ROUTES.daten}>{storageText('reminder.link')}</a>
        {/* No space or class in the markup: its margin and link look come from global.css, which costs no script, and /plan/ is at its byte budget. */}
        <button onClick={snoozeReminder}>{storageText('reminder.snooze')}</button>
      </p>
    </aside>
  );
}
