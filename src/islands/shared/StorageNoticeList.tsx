import { useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { ROUTES } from '../../lib/site/routes';
import { $storageChanges, discardQuarantine, loadUnsaved, notPutAside, readRaw, type StorageHealth, type StorageProblem } from '../../stores/persistence';
import type { UnsavedActions } from '../../stores/persistence-unsaved';
import { dismissProblem } from '../../stores/storage-problems';
import { useLazy } from './use-lazy';
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
  // Follows every change here and in other tabs: another tab's save turns unsaved changes into a conflict.
  useStore($storageChanges);
  const actions = useLazy(loadUnsaved, health.writeError !== null);
  const unsaved = actions?.state();
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
          {unsaved?.conflict && <p>{storageText('notice.conflict')}</p>}
          {actions && unsaved && unsaved.keys.length > 0 && <UnsavedChoices actions={actions} retry={!unsaved.conflict} />}
        </div>
      )}
      {problems.filter((p) => !refused.includes(p)).map((p) => (
        <div class={p.reason === 'overwritten' ? 'notice notice-warn' : 'notice notice-error'} key={`${p.key}${p.reason}${p.quarantineKey ?? ''}`}>
          {p.reason === 'overwritten' ? (
            <>
              <p><strong>{storageText('notice.overwrittenTitle')}</strong> {issueText(p.issue)} {storageText('notice.overwritten')}</p>
              <p class="notice-actions">
                <button type="button" class="secondary" onClick={() => dismissProblem(p)}>{storageText('notice.dismiss')}</button>
              </p>
            </>
          ) : p.reason === 'newer' ? (
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

/**
 * What the reader can do with changes only this tab holds: download them as a backup on „Meine
 * Daten“ (in this tab, which reads this tab's view of storage, so the file has them – a download
 * from here would put the backup code into every tool page's lazy chunks), save them again once
 * there is room, or – after a question – discard them.
 */
function UnsavedChoices({ actions, retry }: { actions: UnsavedActions; retry: boolean }) {
  const [asking, setAsking] = useState(false);
  return (
    <p class="notice-actions">
      <a class="button" href={ROUTES.daten}>{storageText('notice.downloadUnsaved')}</a>{' '}
      {retry && <button type="button" class="secondary" onClick={() => void actions.retry()}>{storageText('notice.retry')}</button>}{' '}
      {asking ? (
        <span role="group" aria-label={storageText('notice.discardQuestion')}>
          {storageText('notice.discardQuestion')}{' '}
          <button type="button" class="secondary" onClick={actions.discard}>{storageText('notice.discardYes')}</button>{' '}
          <button type="button" class="link" autoFocus onClick={() => setAsking(false)}>{storageText('notice.discardNo')}</button>
        </span>
      ) : (
        <button type="button" class="link" onClick={() => setAsking(true)}>{storageText('notice.discardUnsaved')}</button>
      )}
    </p>
  );
}
