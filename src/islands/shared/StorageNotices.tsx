import { useStore } from '@nanostores/preact';
import { $storageProblems, discardQuarantine, readRaw } from '../../stores/persistence';
import { downloadText } from './download';
import { StorageHealthNotice } from './StorageHealthNotice';
import { issueText, storageText } from './storage-texts';

interface Props {
  /** Only problems of these storage keys are shown. */
  keys: readonly string[];
}

/** Tells the reader, visibly, when storage cannot keep their data or held something unreadable. */
export function StorageNotices({ keys }: Props) {
  const problems = useStore($storageProblems, { ssr: () => [] }).filter((p) => keys.includes(p.key));

  return (
    <div class="storage-notices" role="status" aria-live="polite">
      <StorageHealthNotice />
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
    </div>
  );
}
