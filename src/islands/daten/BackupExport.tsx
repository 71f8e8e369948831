import { useState } from 'preact/hooks';
import { makeBackup } from '../../stores/daten';
import type { Download } from '../../stores/daten-import';
import type { DatenTexts } from '../../i18n/de/daten';
import { fill, formatList } from '../../i18n/format';
import { downloadText } from '../shared/download';
import { useLazy } from '../shared/use-lazy';
import { toolName } from './words';

/** „Sicherung herunterladen“; the passphrase part loads only when the reader wants encryption. */
export function BackupExport({ texts }: { texts: DatenTexts }) {
  const [encrypt, setEncrypt] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const encrypted = useLazy(() => import('./EncryptedExport'), encrypt);
  const t = texts.backup;

  function done(download: Download) {
    downloadText(download.name, download.text, 'application/json');
    const saved = fill(t.saved, { name: download.name });
    setStatus(download.skipped.length > 0 ? `${saved} ${fill(t.skipped, { tools: formatList(download.skipped.map((tool) => toolName(texts, tool))) })}` : saved);
  }
  const fail = () => setStatus(t.failed);

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
        <label for="verschluesseln">{t.encrypt}</label>
      </div>
      {!encrypt ? (
        <div class="actions">
          <button type="button" onClick={save} disabled={busy}>{busy ? t.saving : t.save}</button>
        </div>
      ) : encrypted ? (
        <encrypted.EncryptedExport texts={texts} onDone={done} onFail={fail} />
      ) : (
        <p class="muted">{t.loading}</p>
      )}
      <p class="status-line" role="status">{status}</p>
    </div>
  );
}
