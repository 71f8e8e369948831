import { useStore } from '@nanostores/preact';
import { useEffect, useRef } from 'preact/hooks';
import { cancelImport, chooseFile } from '../../stores/daten';
import { $import } from '../../stores/daten-import';
import { useLazy } from '../shared/use-lazy';
import { MAX_BACKUP_MB } from '../../lib/storage/backup-limits';
import type { DatenTexts } from '../../i18n/de/daten';
import { fill } from '../../i18n/format';
import { importProblemText } from './words';

/**
 * „Sicherung einspielen“: choose a file, check it completely, preview, then apply in one step
 * or not at all. The preview part loads with the first chosen file.
 */
export function BackupImport({ texts }: { texts: DatenTexts }) {
  const t = texts.import;
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
        <label for="import-datei">{t.file}</label>
        <p class="hint" id="import-datei-hinweis">{fill(t.fileHint, { mb: MAX_BACKUP_MB })}</p>
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
      {(state.step === 'reading' || state.step === 'unlocking') && <p role="status">{t.checking}</p>}
      {state.step === 'error' && (
        <div class="notice notice-error import-result" role="alert" ref={errorBox} tabIndex={-1}>
          <p><strong>{fill(t.refused, { file: state.fileName })}</strong></p>
          <p>{importProblemText(texts, state.problem)}</p>
        </div>
      )}
      {result && <result.ImportResult texts={texts} onCancel={cancel} />}
    </div>
  );
}
