import { useStore } from '@nanostores/preact';
import { $storageHealth, $storageProblems, type StorageHealth } from '../../stores/persistence';
import { useLazy } from './use-lazy';

interface Props {
  /** Only problems of these storage keys are shown (none: only the state of storage itself). */
  keys: readonly string[];
}

const calm: StorageHealth = { mode: 'local', writeError: null };

/**
 * Tells the reader, visibly, when storage cannot keep their data or held something unreadable.
 * Every tool page has it, almost always with nothing to say: the live region is there from the
 * start (so a later notice is announced), the notices themselves load only when one is due.
 */
export function StorageNotices({ keys }: Props) {
  const problems = useStore($storageProblems, { ssr: () => [] }).filter((p) => keys.includes(p.key));
  const health = useStore($storageHealth, { ssr: () => calm });
  // Changes only this tab holds always come with a write error, so they are due with it.
  const due = problems.length > 0 || health.mode === 'memory' || health.writeError !== null;
  const list = useLazy(() => import('./StorageNoticeList'), due);
  return (
    <div class="storage-notices" role="status" aria-live="polite">
      {due && list && <list.StorageNoticeList problems={problems} health={health} />}
    </div>
  );
}
