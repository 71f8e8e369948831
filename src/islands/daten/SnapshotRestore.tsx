import { useStore } from '@nanostores/preact';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { $snapshot, restorePrevious } from '../../stores/daten';
import { formatTimestamp } from '../../lib/storage/storage-overview';

/** One click brings back the data as it was before the last import, update or restore. */
export function SnapshotRestore({ none }: { /** Shown while there is no snapshot (static text from the page). */ none?: ComponentChildren }) {
  const snapshot = useStore($snapshot, { ssr: () => null });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function restore() {
    const result = await restorePrevious();
    setMessage(
      result.ok
        ? { ok: true, text: 'Der frühere Stand ist wiederhergestellt. Was du eben noch hattest, ist jetzt der frühere Stand – ein weiterer Klick macht das rückgängig.' }
        : { ok: false, text: result.message },
    );
  }

  return (
    <div>
      {snapshot ? (
        <>
          <p>
            Aufgehoben am <strong>{formatTimestamp(snapshot.at)}</strong>, {snapshot.reason}.
          </p>
          <div class="actions">
            <button type="button" class="secondary" onClick={restore}>Früheren Stand wiederherstellen</button>
          </div>
        </>
      ) : (
        none
      )}
      <div role="status">{message && <p class={message.ok ? 'notice' : 'notice notice-error'}>{message.text}</p>}</div>
    </div>
  );
}
