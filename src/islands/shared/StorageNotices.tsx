import { useStore } from '@nanostores/preact';
import { $storageProblems, discardQuarantine, readRaw } from '../../stores/persistence';
import { downloadText } from './download';
import { StorageHealthNotice } from './StorageHealthNotice';

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
