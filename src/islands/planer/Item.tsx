import type { ComponentChildren } from 'preact';
import { fill } from '../../i18n/format';
import { announce } from './announce';
import { useCommonTexts } from './common-texts';
import { focusSoon } from './focus';
import { UNDO_ID } from './UndoNotice';

/**
 * One item of a list section (a goal, a target group, a network) as a fieldset with a remove
 * button; after removing, the change is announced and focus goes to „Rückgängig“ (`UndoNotice`).
 */
export function Item({ legend, onRemove, children }: { legend: string; onRemove: (label: string) => void; children: ComponentChildren }) {
  const texts = useCommonTexts();
  return (
    <fieldset class="item">
      <legend>{legend}</legend>
      {children}
      <button
        type="button"
        class="secondary"
        onClick={() => {
          onRemove(legend);
          announce(fill(texts.removed, { item: legend }));
          focusSoon(UNDO_ID);
        }}
      >
        {fill(texts.remove, { item: legend })}
      </button>
    </fieldset>
  );
}

/**
 * The add button of a list section; `add` creates the item and names the field to focus. The
 * second click of a double click (`detail` 2 and up) is the same click and adds nothing;
 * keyboard activation has `detail` 0.
 */
export function AddButton({ id, add, secondary, children }: { id: string; add: () => string; secondary?: boolean; children: ComponentChildren }) {
  return (
    <p class="actions">
      <button type="button" id={id} class={secondary ? 'secondary' : undefined} onClick={(event) => event.detail < 2 && focusSoon(add())}>
        {children}
      </button>
    </p>
  );
}
