import { useEffect, useRef } from 'preact/hooks';
import { storageText } from './storage-texts';

export interface FieldError {
  /** id of the field (or of the first input of a fieldset) the message belongs to. */
  fieldId: string;
  message: string;
}

interface Props {
  errors: readonly FieldError[];
}

/**
 * The GOV.UK error summary: appears above the form after a failed submit, takes focus so
 * screen readers announce it, and links each message to its field. Its own words (title,
 * „Fehler:“) come from the tool layout's storage-text template: it only ever shows in the browser.
 */
export function ErrorSummary({ errors }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const shown = errors.length > 0;

  useEffect(() => {
    if (shown) box.current?.focus();
  }, [shown, errors]);

  if (!shown) return null;
  return (
    <div class="error-summary" ref={box} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{storageText('form.errorTitle')}</h2>
      <ul>
        {errors.map((e) => (
          <li key={e.fieldId}>
            <a
              href={`#${e.fieldId}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(e.fieldId)?.focus();
              }}
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The inline message under a field, with the visually hidden „Fehler:“ prefix. */
export function ErrorMessage({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p class="error-message" id={id}>
      <span class="visually-hidden">{storageText('form.errorPrefix')} </span>
      {message}
    </p>
  );
}

/** Adds or removes the „Fehler: “ prefix of the page title while errors are shown. */
export function useErrorTitle(hasErrors: boolean): void {
  useEffect(() => {
    const prefix = `${storageText('form.errorPrefix')} `;
    const title = document.title.startsWith(prefix) ? document.title.slice(prefix.length) : document.title;
    document.title = hasErrors ? prefix + title : title;
  }, [hasErrors]);
}
