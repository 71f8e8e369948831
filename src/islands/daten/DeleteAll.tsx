import type { ComponentChildren } from 'preact';
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { $anythingStored, deleteEverything } from '../../stores/daten';
import type { DatenTexts } from '../../i18n/de/daten';

/** „Alle meine Daten löschen“ with a confirmation step; afterwards nothing of ours is left in this browser. */
export function DeleteAll({ texts, question }: { texts: DatenTexts; /** The confirmation question (static text from the page). */ question?: ComponentChildren }) {
  const t = texts.delete;
  const anything = useStore($anythingStored, { ssr: () => true });
  const [confirming, setConfirming] = useState(false);
  const [deleted, setDeleted] = useState(false);
  const questionBox = useRef<HTMLParagraphElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const status = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (confirming) questionBox.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (deleted) status.current?.focus();
  }, [deleted]);

  function cancel() {
    setConfirming(false);
    requestAnimationFrame(() => start.current?.focus());
  }

  function confirm() {
    deleteEverything();
    setConfirming(false);
    setDeleted(true);
  }

  return (
    <div>
      {confirming ? (
        <div class="notice notice-error confirm-delete" role="group" aria-labelledby="loeschen-frage">
          <p id="loeschen-frage" ref={questionBox} tabIndex={-1}>
            {question}
          </p>
          <div class="actions">
            <button type="button" class="danger" onClick={confirm}>{t.confirm}</button>
            <button type="button" class="secondary" onClick={cancel}>{t.cancel}</button>
          </div>
        </div>
      ) : (
        <div class="actions">
          <button type="button" class="danger" ref={start} onClick={() => { setDeleted(false); setConfirming(true); }}>
            {t.start}
          </button>
          {!anything && !deleted && <span class="muted">{t.nothing}</span>}
        </div>
      )}
      <p role="status" ref={status} tabIndex={-1} class={deleted ? 'notice' : 'visually-hidden'}>
        {deleted ? t.done : ''}
      </p>
    </div>
  );
}
