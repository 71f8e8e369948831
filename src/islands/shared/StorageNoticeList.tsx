import { discardQuarantine, readRaw, type StorageHealth, type StorageProblem } from '../../stores/persistence';
import { downloadText } from './download';
import { issueText, storageText } from './storage-texts';

interface Props {
  problems: readonly StorageProblem[];
  health: StorageHealth;
}

/**
 * What is wrong with storage, in words: this browser keeps nothing (memory mode), the last write
 * was refused, or a stored value was newer or unreadable (with its raw copy to download or discard).
 * Loaded by StorageNotices only when there is something to say.
 */
export function StorageNoticeList({ problems, health }: Props) {
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
      {problems.map((p) => (
        <div class="notice notice-error" key={`${p.key}${p.quarantineKey ?? ''}`}>
          {p.reason === 'newer' ? (
            <p><strong>{storageText('notice.newerTitle')}</strong> {issueText(p.issue)} {storageText('notice.newer')}</p>
          ) : (
            <>
              <p><strong>{storageText('notice.corruptTitle')}</strong> {issueText(p.issue)} {storageText('notice.corrupt')}</p>
              {p.quarantineKey && (
                <p class="notice-actions">
                  <button type="button" class="secondary" onClick={() => downloadText(`netzwerk-kompass-rohdaten-${p.key.slice(3)}.txt`, readRaw(p.quarantineKey!) ?? '', 'text/plain')}>
                    {storageText('notice.download')}
                  </button>{' '}
                  <button type="button" class="link" onClick={() => discardQuarantine(p.quarantineKey!)}>
                    {storageText('notice.discard')}
                  </button>
                </p>
              )}
            </>
          )}
        </div>
      ))}
    </>
  );
}
