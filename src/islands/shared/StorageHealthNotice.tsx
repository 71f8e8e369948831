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
          <p><strong>{storageText('notice.memoryTitle')}</strong> {storageText('notice.memory')}</p>
        </div>
      )}
      {health.writeError && (
        <div class="notice notice-warn">
          <p><strong>{storageText('notice.writeFailed')}</strong> {storageText(`writeError.${health.writeError}`)}</p>
        </div>
      )}
    </>
  );
}
