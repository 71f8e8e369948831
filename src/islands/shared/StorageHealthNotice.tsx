import { useStore } from '@nanostores/preact';
import { $storageHealth } from '../../stores/persistence';
import { storageText } from './storage-texts';

const calm = { mode: 'local', writeError: null } as const;

/** Says visibly when this browser keeps nothing (memory mode) or refused the last write. */
export function StorageHealthNotice() {
  const health = useStore($storageHealth, { ssr: () => calm });
  return (
    <>
      {health.mode === 'memory' && (
        <div class="notice notice-warn">
          <p><strong>{storageText('memory-title')}</strong> {storageText('memory')}</p>
        </div>
      )}
      {health.writeError && (
        <div class="notice notice-warn">
          <p><strong>{storageText('write-failed')}</strong> {health.writeError}</p>
        </div>
      )}
    </>
  );
}
