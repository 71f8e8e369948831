/** „Antworten löschen“ with a confirmation step, so nothing is lost by one slip. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SelbsttestTexts } from './texts';

interface Props {
  texts: SelbsttestTexts;
  onConfirm: () => void;
}

export function ClearAnswers({ texts, onConfirm }: Props) {
  const ui = texts.ui;
  const [asking, setAsking] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) heading.current?.focus();
    else if (wasAsking.current) opener.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <div class="clear-answers no-print">
        <button type="button" class="danger" ref={opener} onClick={() => setAsking(true)}>
          {ui.clear}
        </button>
      </div>
    );
  }
  return (
    <div class="clear-answers notice notice-warn no-print" role="group" aria-labelledby="loeschen-titel">
      <h2 id="loeschen-titel" tabIndex={-1} ref={heading}>
        {ui.clearTitle}
      </h2>
      <p>{ui.clearText}</p>
      <div class="actions">
        <button type="button" class="danger" onClick={onConfirm}>
          {ui.clearConfirm}
        </button>
        <button type="button" class="secondary" onClick={() => setAsking(false)}>
          {ui.cancel}
        </button>
      </div>
    </div>
  );
}
