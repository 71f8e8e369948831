import { useEffect, useRef, useState } from 'preact/hooks';
import type { FormTexts } from '../../i18n/de/forms';

interface Props {
  id: string;
  label: string;
  /** Whether the form differs from what it opened with. */
  changed: boolean;
  /** Closes or leaves the form (after „Ja“ on a changed one). */
  onCancel: () => void;
  /** The question and its two answers, from the page's dictionary (`formTexts`). */
  texts: Pick<FormTexts, 'discardQuestion' | 'discardYes' | 'discardNo'>;
  /** Where „Abbrechen“ leads, as a link that also works before the island hydrates. */
  href?: string | undefined;
  /** The link's look (default: a secondary button); a page's „Zurück“ link keeps its own. */
  linkClass?: string;
}

/**
 * „Abbrechen“ that forgives, for every tool's forms: an unchanged form closes at once; a changed
 * one asks inline („Deine Änderungen verwerfen?“), with focus on „Nein“, so one stray key press
 * never loses text.
 */
export function CancelButton({ id, label, changed, onCancel, texts, href, linkClass = 'button button-secondary' }: Props) {
  const [asking, setAsking] = useState(false);
  // Focus follows the question once it was asked: to „Nein“, and back to „Abbrechen“ after it.
  const asked = useRef(false);
  useEffect(() => {
    if (asked.current) document.getElementById(asking ? `${id}-nein` : id)?.focus();
  }, [asking]);
  const ask = (next: boolean) => {
    asked.current = true;
    setAsking(next);
  };
  if (!asking) {
    const open = (event: Event) => {
      if (changed) {
        event.preventDefault();
        ask(true);
      } else if (!href) onCancel();
    };
    return href ? (
      <a class={linkClass} id={id} href={href} onClick={open}>
        {label}
      </a>
    ) : (
      <button type="button" class="secondary" id={id} onClick={open}>
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
      <button type="button" class="secondary" id={`${id}-nein`} onClick={() => ask(false)}>
        {texts.discardNo}
      </button>
    </span>
  );
}
