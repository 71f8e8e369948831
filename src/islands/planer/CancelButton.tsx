import { useState } from 'preact/hooks';
import { useCommonTexts } from './common-texts';
import { focusSoon } from './focus';

/**
 * „Abbrechen“ that forgives: an unchanged form closes at once; a changed one asks inline
 * („Deine Änderungen verwerfen?“), with focus on „Nein“, so one stray key press never loses text.
 */
export function CancelButton({ id, label, changed, onCancel }: { id: string; label: string; changed: boolean; onCancel: () => void }) {
  const texts = useCommonTexts().form;
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button
        type="button"
        class="secondary"
        id={id}
        onClick={() => {
          if (!changed) return onCancel();
          setAsking(true);
          focusSoon(`${id}-nein`);
        }}
      >
        {label}
      </button>
    );
  }
  return (
    <span class="confirm" role="group" aria-label={texts.discardQuestion}>
      {texts.discardQuestion}
      <button type="button" class="danger" id={`${id}-ja`} onClick={onCancel}>
        {texts.discardYes}
      </button>
      <button
        type="button"
        class="secondary"
        id={`${id}-nein`}
        onClick={() => {
          setAsking(false);
          focusSoon(id);
        }}
      >
        {texts.discardNo}
      </button>
    </span>
  );
}
