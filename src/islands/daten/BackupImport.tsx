import { useStore } from '@nanostores/preact';
import { useEffect, useRef } from 'preact/hooks';
import { $import, cancelImport, chooseFile } from '../../stores/daten';
import { useLazy } from '../shared/use-lazy';

/**
 * „Sicherung einspielen“: choose a file, check it completely, preview, then apply in one step
 * or not at all. The preview part loads with the first chosen file.
 */
export function BackupImport() {
  const state = useStore($import, { ssr: () => ({ step: 'idle' as const }) });
  const fileInput = useRef<HTMLInputElement>(null);
  const errorBox = useRef<HTMLDivElement>(null);
  const result = useLazy(() => import('./ImportResult'), state.step !== 'idle');

  useEffect(() => {
    if (state.step === 'error') errorBox.current?.focus();
  }, [state]);

  function cancel() {
    cancelImport();
    if (fileInput.current) fileInput.current.value = '';
  }

  return (
    <div>
      <div class="field">
        <label for="import-datei">Sicherungsdatei</label>
        <p class="hint" id="import-datei-hinweis">Eine JSON-Datei, die du hier heruntergeladen hast, höchstens 5 MB.</p>
        <input
          type="file"
          id="import-datei"
          ref={fileInput}
          accept="application/json,.json"
          aria-describedby="import-datei-hinweis"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void chooseFile(file);
            else cancelImport();
          }}
        />
      </div>
      {(state.step === 'reading' || state.step === 'unlocking') && <p role="status">Die Datei wird geprüft …</p>}
      {state.step === 'error' && (
        <div class="notice notice-error import-result" role="alert" ref={errorBox} tabIndex={-1}>
          <p><strong>Die Datei „{state.fileName}“ lässt sich nicht einspielen.</strong></p>
          <p>{state.message}</p>
        </div>
      )}
      {result && <result.ImportResult onCancel={cancel} />}
    </div>
  );
}
