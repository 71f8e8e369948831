import { useStore } from '@nanostores/preact';
import { fill } from '../../i18n/format';
import { $removed, undoRemove } from '../../stores/planner';
import { announce } from './announce';
import { useCommonTexts } from './common-texts';
import { focusSoon } from './focus';

/** The undo button's id: a removal moves focus there, so „Rückgängig“ is one key press away. */
export const UNDO_ID = 'rueckgaengig';

/** „Ziel 2 entfernt. Rückgängig“: shown after a removal until it is undone or the page is left. */
export function UndoNotice() {
  const removed = useStore($removed);
  const texts = useCommonTexts();
  if (!removed) return null;
  return (
    <p class="notice undo-notice">
      {fill(texts.removed, { item: removed.label })}{' '}
      <button
        type="button"
        id={UNDO_ID}
        class="link"
        onClick={() => {
          const focusId = undoRemove();
          announce(fill(texts.undone, { item: removed.label }));
          if (focusId) focusSoon(focusId);
        }}
      >
        {texts.undo}
      </button>
    </p>
  );
}
