import type { ComponentChildren } from 'preact';
import { fill } from '../../i18n/format';
import { announce } from './announce';
import { useCommonTexts } from './common-texts';

/** Focuses an element by id once the store's change has been rendered (stores re-render a task later). */
export function focusSoon(id: string, tries = 10): void {
  requestAnimationFrame(() => {
    const element = document.getElementById(id);
    if (element) element.focus();
    else if (tries > 0) focusSoon(id, tries - 1);
  });
}

/**
 * One item of a list section (a goal, a target group, a network) as a fieldset with a remove
 * button; after removing, focus goes to the section's add button and the change is announced.
 */
export function Item({ legend, onRemove, addId, children }: { legend: string; onRemove: () => void; addId: string; children: ComponentChildren }) {
  const texts = useCommonTexts();
  return (
    <fieldset class="item">
      <legend>{legend}</legend>
      {children}
      <button
        type="button"
        class="secondary"
        onClick={() => {
          onRemove();
          announce(fill(texts.removed, { item: legend }));
          focusSoon(addId);
        }}
      >
        {fill(texts.remove, { item: legend })}
      </button>
    </fieldset>
  );
}

/** The add button of a list section; `add` creates the item and names the field to focus. */
export function AddButton({ id, add, secondary, children }: { id: string; add: () => string; secondary?: boolean; children: ComponentChildren }) {
  return (
    <p class="actions">
      <button type="button" id={id} class={secondary ? 'secondary' : undefined} onClick={() => focusSoon(add())}>
        {children}
      </button>
    </p>
  );
}
