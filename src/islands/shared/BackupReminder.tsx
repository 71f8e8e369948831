import { useStore } from '@nanostores/preact';
import { useMemo } from 'preact/hooks';
import { hasEntriesOf } from '../../stores/backup-reminder';
import { metaStore } from '../../stores/meta';
import { usePersisted } from '../../stores/use-persisted';
import { isBackupDue } from '../../lib/storage/backup-due';
import type { CatalogueEntry } from '../../lib/storage/catalogue';
import { storageText } from './storage-texts';
import { localDay } from '../../lib/dates/iso-day';
import { formatDay } from '../../i18n/format';
import { ROUTES } from '../../lib/site/routes';

const NO_CATALOGUE: readonly CatalogueEntry[] = [];

/**
 * Reminds the reader on a tool page to download a backup: shown while there are entries and
 * the last backup is more than 30 days old, or there never was one. Renders nothing on the
 * server, so pages without data never show it; its words come from the tool layout's
 * server-rendered texts (`StorageTexts.astro`). Mount with `client:load` on tool pages only:
 * `<BackupReminder client:load catalogue={catalogueOf(ALL_DEFINITIONS)} />` – the catalogue
 * (optional) lets it ignore values still in their fresh state.
 */
export function BackupReminder({ catalogue = NO_CATALOGUE }: { catalogue?: readonly CatalogueEntry[] }) {
  const meta = usePersisted(metaStore);
  const hasData = useStore(useMemo(() => hasEntriesOf(catalogue), [catalogue]), { ssr: () => false });
  if (!isBackupDue({ hasData, lastBackup: meta.lastBackup, today: localDay(new Date()) })) return null;
  return (
    <aside class="notice backup-reminder no-print" aria-label={storageText('reminder.label')}>
      <p>
        <strong>{storageText('reminder.title')}</strong>{' '}
        {meta.lastBackup ? storageText('reminder.last', { date: formatDay(meta.lastBackup) }) : storageText('reminder.never')}{' '}
        <a href={ROUTES.daten}>{storageText('reminder.link')}</a>
      </p>
    </aside>
  );
}
