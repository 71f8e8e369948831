import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { $snapshot, restorePrevious } from '../../stores/daten';
import { formatTimestamp } from '../../lib/storage-overview';

/** One click brings back the data as it was before the last import, update or restore. */
export function SnapshotRestore() {
  const snapshot = useStore($snapshot, { ssr: () => null });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  function restore() {
    const result = restorePrevious();
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
        <p class="muted">Zurzeit gibt es keinen früheren Stand. Er entsteht von selbst, bevor du eine Sicherung einspielst oder eine neue Version der Website deine Daten umstellt.</p>
      )}
      <div role="status">{message && <p class={message.ok ? 'notice' : 'notice notice-error'}>{message.text}</p>}</div>
    </div>
  );
}
