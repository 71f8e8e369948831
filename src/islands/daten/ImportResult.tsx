import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { $import } from '../../stores/daten-import';
import { $importMode, $importPlan, applyImport, setImportMode, unlockImport } from '../../stores/daten-backup';
import type { DatenTexts } from '../../i18n/de/daten';
import { fill, plural } from '../../i18n/format';
import { ImportPreview } from './ImportPreview';
import { ErrorMessage } from '../shared/ErrorSummary';
import { actionProblemText, momentText } from './words';

interface Props {
  texts: DatenTexts;
  /** Ends the import without changing anything. */
  onCancel: () => void;
}

/**
 * What a checked file would change (or its passphrase prompt), and the one button that applies
 * it. Loaded once a file is chosen; takes focus whenever there is something new to read.
 */
export function ImportResult({ texts, onCancel }: Props) {
  const state = useStore($import);
  const mode = useStore($importMode);
  const plan = useStore($importPlan);
  const [passphrase, setPassphrase] = useState('');
  const [applyError, setApplyError] = useState('');
  const [dropped, setDropped] = useState(0);
  const box = useRef<HTMLDivElement>(null);
  const t = texts.import;

  useEffect(() => {
    setApplyError('');
    if (state.step === 'preview' || state.step === 'done' || state.step === 'locked') box.current?.focus();
  }, [state.step, state.step === 'locked' && state.wrongPassphrase]);

  async function apply() {
    // A double click's second click finds the step still running and gets its result (`applyImport`).
    const outcome = await applyImport();
    setApplyError(outcome.ok ? '' : actionProblemText(texts, outcome.problem));
    setDropped(outcome.ok ? outcome.droppedSnapshots ?? 0 : 0);
  }

  return (
    <div ref={box} tabIndex={-1} class="import-result">
      {state.step === 'locked' && (
        // A form, so that Enter in the passphrase field opens the backup.
        <form
          class="notice"
          onSubmit={(event) => {
            event.preventDefault();
            void unlockImport(passphrase);
          }}
        >
          <p><strong>{fill(t.locked, { file: state.fileName })}</strong></p>
          <div class={`field${state.wrongPassphrase ? ' field-error' : ''}`}>
            <label for="passwort-import">{t.passphrase}</label>
            <ErrorMessage id="passwort-import-fehler" message={state.wrongPassphrase ? t.wrongPassphrase : undefined} />
            <input type="password" id="passwort-import" autocomplete="current-password" value={passphrase} aria-describedby={state.wrongPassphrase ? 'passwort-import-fehler' : undefined} onInput={(e) => setPassphrase(e.currentTarget.value)} />
          </div>
          <div class="actions">
            <button type="submit">{t.open}</button>
            <button type="button" class="secondary" onClick={onCancel}>{t.cancel}</button>
          </div>
        </form>
      )}

      {state.step === 'preview' && plan && (
        <div class="card import-preview">
          <h3>{t.previewTitle}</h3>
          <p>{fill(t.checked, { file: state.fileName, moment: momentText(texts, state.exportedAt) })}</p>
          {!plan.ok ? (
            <div class="notice notice-error" role="alert"><p>{actionProblemText(texts, plan.problem)}</p></div>
          ) : plan.items.length === 0 ? (
            <p>{t.nothing}</p>
          ) : (
            <>
              <ImportPreview texts={texts} items={plan.items} canMerge={plan.canMerge} mode={mode} onMode={setImportMode} />
              <p>{t.snapshotNote}</p>
            </>
          )}
          {applyError && <div class="notice notice-error" role="alert"><p>{applyError}</p></div>}
          <div class="actions">
            {plan.ok && plan.items.length > 0 && <button type="button" onClick={apply}>{t.apply}</button>}
            <button type="button" class="secondary" onClick={onCancel}>{t.cancel}</button>
          </div>
        </div>
      )}

      {state.step === 'done' && (
        <div class="notice" role="status">
          <p><strong>{t.done}</strong> {t[state.outcome]}</p>
          {dropped > 0 && <p>{plural(texts.snapshot.dropped, dropped)}</p>}
        </div>
      )}
    </div>
  );
}
