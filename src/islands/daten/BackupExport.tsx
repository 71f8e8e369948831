import { useState } from 'preact/hooks';
import { makeBackup, type Download } from '../../stores/daten';
import { downloadText } from '../shared/download';
import { useLazy } from '../shared/use-lazy';

/** „Sicherung herunterladen“; the passphrase part loads only when the reader wants encryption. */
export function BackupExport() {
  const [encrypt, setEncrypt] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const encrypted = useLazy(() => import('./EncryptedExport'), encrypt);

  function done(download: Download) {
    downloadText(download.name, download.text, 'application/json');
    const missing = download.skipped.length > 0 ? ` Nicht enthalten, weil nicht lesbar: ${download.skipped.join(', ')}.` : '';
    setStatus(`Die Sicherung „${download.name}“ wurde heruntergeladen.${missing}`);
  }
  const fail = () => setStatus('Die Sicherung ließ sich nicht erstellen. Lade die Seite neu und versuche es noch einmal.');

  async function save() {
    setStatus('');
    setBusy(true);
    try {
      done(await makeBackup());
    } catch {
      fail();
    } finally {
      setBusy(false);
    }
  }

  return (
    <div>
      <div class="choice field">
        <input type="checkbox" id="verschluesseln" checked={encrypt} onChange={(e) => { setEncrypt(e.currentTarget.checked); setStatus(''); }} />
        <label for="verschluesseln">Mit einem Passwort verschlüsseln (optional)</label>
      </div>
      {!encrypt ? (
        <div class="actions">
          <button type="button" onClick={save} disabled={busy}>{busy ? 'Sicherung wird erstellt …' : 'Sicherung herunterladen'}</button>
        </div>
      ) : encrypted ? (
        <encrypted.EncryptedExport onDone={done} onFail={fail} />
      ) : (
        <p class="muted">Wird geladen …</p>
      )}
      <p class="status-line" role="status">{status}</p>
    </div>
  );
}
