import type { ComponentChildren } from 'preact';
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { $anythingStored, deleteData, deleteEverything } from '../../stores/daten';
import type { DatenTexts } from '../../i18n/de/daten';
import { plural } from '../../i18n/format';
import { actionProblemText } from './words';

/**
 * „Alle meine Daten löschen“ with a confirmation step. The data is kept as a snapshot „vor dem
 * Löschen“ first, so the delete can be undone; a second button then removes that too, and with
 * it every trace of ours in this browser (also when there was no room for the snapshot).
 */
export function DeleteAll({ texts, question }: { texts: DatenTexts; /** The confirmation question (static text from the page). */ question?: ComponentChildren }) {
  const t = texts.delete;
  const anything = useStore($anythingStored, { ssr: () => true });
  const [confirming, setConfirming] = useState(false);
  /** What the last step did, in words: data deleted with its snapshot kept, nothing deleted (why), or nothing of ours left (`t.done`). */
  const [after, setAfter] = useState<string | null>(null);
  const questionBox = useRef<HTMLParagraphElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const status = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (confirming) questionBox.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (after) status.current?.focus();
  }, [after]);

  function cancel() {
    setConfirming(false);
    requestAnimationFrame(() => start.current?.focus());
  }

  async function confirm() {
    // A double click's second click, while the first compresses its snapshot, finds nothing left to
    // delete once that is written (`applyWrites` works out the writes then): it writes nothing.
    const result = await deleteData();
    setConfirming(false);
    if (!result.ok) setAfter(actionProblemText(texts, result.problem));
    // Older states that had to go for the new one's room are named, as after an import.
    else setAfter(result.droppedSnapshots ? `${t.kept} ${plural(texts.snapshot.dropped, result.droppedSnapshots)}` : t.kept);
  }

  function wipe() {
    deleteEverything();
    setAfter(t.done);
  }

  return (
    <div>
      {confirming ? (
        <div class="notice notice-error confirm-delete" role="group" aria-labelledby="loeschen-frage">
          <p id="loeschen-frage" ref={questionBox} tabIndex={-1}>
            {question}
          </p>
          <div class="actions">
            <button type="button" class="danger" onClick={() => void confirm()}>{t.confirm}</button>
            <button type="button" class="secondary" onClick={cancel}>{t.cancel}</button>
          </div>
        </div>
      ) : (
        <div class="actions">
          <button type="button" class="danger" ref={start} onClick={() => { setAfter(null); setConfirming(true); }}>
            {t.start}
          </button>
          {!anything && !after && <span class="muted">{t.nothing}</span>}
        </div>
      )}
      <p role="status" ref={status} tabIndex={-1} class={after ? 'notice' : 'visually-hidden'}>
        {after}
      </p>
      {after && after !== t.done && (
        <div class="actions">
          <button type="button" class="danger" onClick={wipe}>{t.wipe}</button>
        </div>
      )}
    </div>
  );
}
