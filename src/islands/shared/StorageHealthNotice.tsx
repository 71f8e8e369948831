import { useStore } from '@nanostores/preact';
import { $storageHealth } from '../../stores/persistence';

const calm = { mode: 'local', writeError: null } as const;

/** Says visibly when this browser keeps nothing (memory mode) or refused the last write. */
export function StorageHealthNotice() {
  const health = useStore($storageHealth, { ssr: () => calm });
  return (
    <>
      {health.mode === 'memory' && (
        <div class="notice notice-warn">
          <p><strong>Speichern ist in diesem Browser gerade nicht möglich.</strong> Du kannst alles nutzen, aber deine Eingaben gehen verloren, sobald du diesen Tab schließt. Häufige Ursache: ein privates Fenster oder blockierte Websitedaten.</p>
        </div>
      )}
      {health.writeError && (
        <div class="notice notice-warn">
          <p><strong>Speichern fehlgeschlagen.</strong> {health.writeError}</p>
        </div>
      )}
    </>
  );
}
