import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { $import } from '../../stores/daten';
import { $importMode, $importPlan, applyImport, setImportMode, unlockImport } from '../../stores/daten-backup';
import { formatTimestamp } from '../../lib/storage/storage-overview';
import { ImportPreview } from './ImportPreview';
import { ErrorMessage } from '../shared/ErrorSummary';

interface Props {
  /** Ends the import without changing anything. */
  onCancel: () => void;
}

/**
 * What a checked file would change (or its passphrase prompt), and the one button that applies
 * it. Loaded once a file is chosen; takes focus whenever there is something new to read.
 */
export function ImportResult({ onCancel }: Props) {
  const state = useStore($import);
  const mode = useStore($importMode);
  const plan = useStore($importPlan);
  const [passphrase, setPassphrase] = useState('');
  const [applyError, setApplyError] = useState('');
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    setApplyError('');
    if (state.step === 'preview' || state.step === 'done' || state.step === 'locked') box.current?.focus();
  }, [state.step, state.step === 'locked' && state.error]);

  function apply() {
    const outcome = applyImport();
    setApplyError(outcome.ok ? '' : outcome.message);
  }

  return (
    <div ref={box} tabIndex={-1} class="import-result">
      {state.step === 'locked' && (
        <div class="notice">
          <p><strong>Die Datei „{state.fileName}“ ist mit einem Passwort verschlüsselt.</strong></p>
          <div class={`field${state.error ? ' field-error' : ''}`}>
            <label for="passwort-import">Passwort der Sicherung</label>
            <ErrorMessage id="passwort-import-fehler" message={state.error ?? undefined} />
            <input type="password" id="passwort-import" autocomplete="current-password" value={passphrase} aria-describedby={state.error ? 'passwort-import-fehler' : undefined} onInput={(e) => setPassphrase(e.currentTarget.value)} />
          </div>
          <div class="actions">
            <button type="button" onClick={() => void unlockImport(passphrase)}>Sicherung öffnen</button>
            <button type="button" class="secondary" onClick={onCancel}>Abbrechen</button>
          </div>
        </div>
      )}

      {state.step === 'preview' && plan && (
        <div class="card import-preview">
          <h3>Vorschau: Das würde sich ändern</h3>
          <p>Die Sicherung „{state.fileName}“ vom {formatTimestamp(state.exportedAt)} ist vollständig geprüft.</p>
          {!plan.ok ? (
            <div class="notice notice-error" role="alert"><p>{plan.message}</p></div>
          ) : plan.items.length === 0 ? (
            <p>Die Sicherung enthält keine Daten. Es gibt nichts einzuspielen.</p>
          ) : (
            <>
              <ImportPreview items={plan.items} canMerge={plan.canMerge} mode={mode} onMode={setImportMode} />
              <p>Vorher hebt diese Seite deinen jetzigen Stand auf, damit du ihn mit einem Klick zurückholen kannst.</p>
            </>
          )}
          {applyError && <div class="notice notice-error" role="alert"><p>{applyError}</p></div>}
          <div class="actions">
            {plan.ok && plan.items.length > 0 && <button type="button" onClick={apply}>Jetzt einspielen</button>}
            <button type="button" class="secondary" onClick={onCancel}>Abbrechen</button>
          </div>
        </div>
      )}

      {state.step === 'done' && (
        <div class="notice" role="status">
          <p><strong>Fertig.</strong> {state.message}</p>
        </div>
      )}
    </div>
  );
}
