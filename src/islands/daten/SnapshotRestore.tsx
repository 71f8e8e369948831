import { useStore } from '@nanostores/preact';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { $snapshot, restorePrevious } from '../../stores/daten';
import type { DatenTexts } from '../../i18n/de/daten';
import { actionProblemText, causeText, momentText, rich } from './words';

/** One click brings back the data as it was before the last import, update or restore. */
export function SnapshotRestore({ texts, none }: { texts: DatenTexts; /** Shown while there is no snapshot (static text from the page). */ none?: ComponentChildren }) {
  const snapshot = useStore($snapshot, { ssr: () => null });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const t = texts.snapshot;

  async function restore() {
    const result = await restorePrevious();
    setMessage(result.ok ? { ok: true, text: t.restored } : { ok: false, text: actionProblemText(texts, result.problem) });
  }

  return (
    <div>
      {snapshot ? (
        <>
          <p>{rich(t.taken, { moment: <strong>{momentText(texts, snapshot.at)}</strong>, cause: causeText(texts, snapshot.cause) })}</p>
          <div class="actions">
            <button type="button" class="secondary" onClick={restore}>{t.restore}</button>
          </div>
        </>
      ) : (
        none
      )}
      <div role="status">{message && <p class={message.ok ? 'notice' : 'notice notice-error'}>{message.text}</p>}</div>
    </div>
  );
}
