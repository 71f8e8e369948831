import { useStore } from '@nanostores/preact';
import { $storageHealth, $storageProblems, discardQuarantine, readRaw } from '../../stores/persistence';
import { downloadText } from './download';

interface Props {
  /** Only problems of these storage keys are shown. */
  keys: readonly string[];
}

const calm = { mode: 'local', writeError: null } as const;

/** Tells the reader, visibly, when storage cannot keep their data or held something unreadable. */
export function StorageNotices({ keys }: Props) {
  const health = useStore($storageHealth, { ssr: () => calm });
  const problems = useStore($storageProblems, { ssr: () => [] }).filter((p) => keys.includes(p.key));

  return (
    <div class="storage-notices" role="status" aria-live="polite">
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
      {problems.map((p) => (
        <div class="notice notice-error" key={`${p.key}${p.quarantineKey ?? ''}`}>
          {p.reason === 'newer' ? (
            <p><strong>Nur lesen:</strong> {p.message} Damit nichts verloren geht, ändert diese Seite sie nicht. Öffne Netzwerk-Kompass in der neuesten Version oder lade die Seite neu.</p>
          ) : (
            <>
              <p><strong>Gespeicherte Daten nicht lesbar:</strong> {p.message} Du startest hier mit einem leeren Stand; die alten Daten sind nicht gelöscht, sondern beiseitegelegt.</p>
              {p.quarantineKey && (
                <p class="notice-actions">
                  <button type="button" class="secondary" onClick={() => downloadText(`netzwerk-kompass-rohdaten-${p.key.slice(3)}.txt`, readRaw(p.quarantineKey!) ?? '', 'text/plain')}>
                    Alte Daten herunterladen
                  </button>{' '}
                  <button type="button" class="link" onClick={() => discardQuarantine(p.quarantineKey!)}>
                    Alte Daten endgültig verwerfen
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
