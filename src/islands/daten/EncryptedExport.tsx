import { useState } from 'preact/hooks';
import { makeEncryptedBackup } from '../../stores/daten-backup';
import { ErrorMessage, ErrorSummary, useErrorTitle, type FieldError } from '../shared/ErrorSummary';
import { MIN_PASSPHRASE_LENGTH } from '../../lib/storage/backup-crypto';

/** Errors of the passphrase fields, in the order of the fields. */
function passphraseErrors(passphrase: string, repeat: string): FieldError[] {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) return [{ fieldId: 'passwort-neu', message: `Gib ein Passwort mit mindestens ${MIN_PASSPHRASE_LENGTH} Zeichen ein.` }];
  if (repeat !== passphrase) return [{ fieldId: 'passwort-wiederholen', message: 'Die beiden Passwörter stimmen nicht überein.' }];
  return [];
}

interface Props {
  /** Offers the finished file and reports it. */
  onDone: (download: { name: string; text: string; skipped: string[] }) => void;
  onFail: () => void;
}

/** The passphrase fields and button of an encrypted backup; loaded only when the reader asks for encryption. */
export function EncryptedExport({ onDone, onFail }: Props) {
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  useErrorTitle(errors.length > 0);
  const errorFor = (id: string) => errors.find((e) => e.fieldId === id)?.message;

  async function save() {
    const found = passphraseErrors(passphrase, repeat);
    setErrors(found);
    if (found.length > 0) return;
    setBusy(true);
    try {
      onDone(await makeEncryptedBackup(passphrase));
      setPassphrase('');
      setRepeat('');
    } catch {
      onFail();
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      <div class={`field${errorFor('passwort-neu') ? ' field-error' : ''}`}>
        <label for="passwort-neu">Passwort für die Sicherung</label>
        <p class="hint" id="passwort-neu-hinweis">Mindestens {MIN_PASSPHRASE_LENGTH} Zeichen. Ohne dieses Passwort lässt sich die Datei nie wieder öffnen – niemand kann es dir zurücksetzen.</p>
        <ErrorMessage id="passwort-neu-fehler" message={errorFor('passwort-neu')} />
        <input type="password" id="passwort-neu" autocomplete="new-password" value={passphrase} aria-describedby={`passwort-neu-hinweis${errorFor('passwort-neu') ? ' passwort-neu-fehler' : ''}`} onInput={(e) => setPassphrase(e.currentTarget.value)} />
      </div>
      <div class={`field${errorFor('passwort-wiederholen') ? ' field-error' : ''}`}>
        <label for="passwort-wiederholen">Passwort wiederholen</label>
        <ErrorMessage id="passwort-wiederholen-fehler" message={errorFor('passwort-wiederholen')} />
        <input type="password" id="passwort-wiederholen" autocomplete="new-password" value={repeat} aria-describedby={errorFor('passwort-wiederholen') ? 'passwort-wiederholen-fehler' : undefined} onInput={(e) => setRepeat(e.currentTarget.value)} />
      </div>
      <div class="actions">
        <button type="button" onClick={save} disabled={busy}>{busy ? 'Sicherung wird verschlüsselt …' : 'Verschlüsselte Sicherung herunterladen'}</button>
      </div>
    </>
  );
}
