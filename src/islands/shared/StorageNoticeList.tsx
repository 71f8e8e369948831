import { discardQuarantine, notPutAside, readRaw, type StorageHealth, type StorageProblem } from '../../stores/persistence';
import { downloadText } from './download';
import { issueText, storageText } from './storage-texts';
import { isStorageFull } from '../../lib/storage/storage-errors';

interface Props {
  problems: readonly StorageProblem[];
  health: StorageHealth;
}

const rawFile = (key: string) => `netzwerk-kompass-rohdaten-${key.slice(3)}.txt`;

/**
 * What is wrong with storage, in words: this browser keeps nothing (memory mode), the last write
 * was refused, or a stored value was newer or unreadable (with its raw copy to download or discard).
 * Loaded by StorageNotices only when there is something to say.
 */
export function StorageNoticeList({ problems, health }: Props) {
  // Damaged data whose copy found no room comes first: the original is its only copy, so its
  // download is the first thing offered. That notice says storage is full; the write notice would only repeat it.
  const refused = problems.filter((p) => p.quarantineKey && notPutAside(p.quarantineKey));
  return (
    <>
      {refused.map((p) => (
        <div class="notice notice-error" role="alert" key={`${p.key}-voll`}>
          <p><strong>{storageText('notice.corruptTitle')}</strong> {issueText(p.issue)} {storageText('notice.notPutAside')}</p>
          <p class="notice-actions">
            <button type="button" onClick={() => downloadText(rawFile(p.key), readRaw(p.key) ?? '', 'text/plain')}>
              {storageText('notice.downloadDamaged')}
            </button>
          </p>
        </div>
      ))}
      {health.mode === 'memory' && (
        <div class="notice notice-warn">
          <p><strong>{storageText('notice.memoryTitle')}</strong> {storageText('notice.memory')}</p>
        </div>
      )}
      {health.writeError && !(refused.length > 0 && isStorageFull(health.writeError)) && (
        <div class="notice notice-warn">
          <p><strong>{storageText(health.writeError === 'fullBefore' ? 'notice.fullTitle' : 'notice.writeFailed')}</strong> {storageText(`writeError.${health.writeError}`)}</p>
        </div>
      )}
      {problems.filter((p) => !refused.includes(p)).map((p) => (
        <div class="notice notice-error" key={`${p.key}${p.quarantineKey ?? ''}`}>
          {p.reason === 'newer' ? (
            <p><strong>{storageText('notice.newerTitle')}</strong> {issueText(p.issue)} {storageText('notice.newer')}</p>
          ) : (
            <>
              <p><strong>{storageText('notice.corruptTitle')}</strong> {issueText(p.issue)} {storageText('notice.corrupt')}</p>
              {p.quarantineKey && (
                <p class="notice-actions">
                  <button type="button" class="secondary" onClick={() => downloadText(rawFile(p.key), readRaw(p.quarantineKey!) ?? '', 'text/plain')}>
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
