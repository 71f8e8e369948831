import { useState } from 'preact/hooks';
import { makeEncryptedBackup } from '../../stores/daten-backup';
import type { Download } from '../../stores/daten-import';
import { ErrorMessage, ErrorSummary, useErrorTitle, type FieldError } from '../shared/ErrorSummary';
import { MIN_PASSPHRASE_LENGTH, passphraseProblem, type PassphraseProblem } from '../../lib/storage/backup-crypto';
import type { DatenTexts } from '../../i18n/de/daten';
import { fill } from '../../i18n/format';

/** The field each passphrase problem belongs to. */
const FIELD: Record<PassphraseProblem, string> = { tooShort: 'passwort-neu', mismatch: 'passwort-wiederholen' };

interface Props {
  texts: DatenTexts;
  /** Offers the finished file and reports it. */
  onDone: (download: Download) => void;
  onFail: () => void;
}

/** The passphrase fields and button of an encrypted backup; loaded only when the reader asks for encryption. */
export function EncryptedExport({ texts, onDone, onFail }: Props) {
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  useErrorTitle(errors.length > 0);
  const errorFor = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  const t = texts.backup;

  async function save() {
    const problem = passphraseProblem(passphrase, repeat);
    setErrors(problem ? [{ fieldId: FIELD[problem], message: fill(texts.passphraseProblem[problem], { min: MIN_PASSPHRASE_LENGTH }) }] : []);
    if (problem) return;
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

  // A form, so that Enter in either passphrase field saves, as a single-field form would.
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy) void save();
      }}
    >
      <ErrorSummary errors={errors} />
      <div class={`field${errorFor('passwort-neu') ? ' field-error' : ''}`}>
        <label for="passwort-neu">{t.passphrase}</label>
        <p class="hint" id="passwort-neu-hinweis">{fill(t.passphraseHint, { min: MIN_PASSPHRASE_LENGTH })}</p>
        <ErrorMessage id="passwort-neu-fehler" message={errorFor('passwort-neu')} />
        <input type="password" id="passwort-neu" autocomplete="new-password" value={passphrase} aria-describedby={`passwort-neu-hinweis${errorFor('passwort-neu') ? ' passwort-neu-fehler' : ''}`} onInput={(e) => setPassphrase(e.currentTarget.value)} />
      </div>
      <div class={`field${errorFor('passwort-wiederholen') ? ' field-error' : ''}`}>
        <label for="passwort-wiederholen">{t.repeat}</label>
        <ErrorMessage id="passwort-wiederholen-fehler" message={errorFor('passwort-wiederholen')} />
        <input type="password" id="passwort-wiederholen" autocomplete="new-password" value={repeat} aria-describedby={errorFor('passwort-wiederholen') ? 'passwort-wiederholen-fehler' : undefined} onInput={(e) => setRepeat(e.currentTarget.value)} />
      </div>
      <div class="actions">
        <button type="submit" disabled={busy}>{busy ? t.encrypting : t.saveEncrypted}</button>
      </div>
    </form>
  );
}
