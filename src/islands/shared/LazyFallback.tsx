import type { LazyPart } from './use-lazy';

/** The words of a lazy part's stand-in, from the page's dictionary. */
export interface LazyFallbackTexts {
  /** While it loads: short, quiet, usually on screen only for a moment. */
  loading: string;
  /** After a failure: what is missing, why it may be, and that nothing stored was lost. */
  failed: string;
  /** „Erneut versuchen“. */
  retry: string;
}

/**
 * What stands in a lazy part's place until it is there (use-lazy.ts, `useLazyPart`): a quiet line
 * while it loads, and after a failure a message with „Erneut versuchen“. The retry moves focus to the
 * loading line that replaces the button (`id`), so keyboard and screen reader users stay in place
 * and hear the outcome.
 */
export function LazyFallback({ part, texts, id }: { part: LazyPart<unknown>; texts: LazyFallbackTexts; id: string }) {
  return part.failed ? (
    <div class="error-summary" role="alert">
      <p>{texts.failed}</p>
      <p class="actions">
        <button
          type="button"
          onClick={() => {
            part.retry();
            requestAnimationFrame(() => document.getElementById(id)?.focus());
          }}
        >
          {texts.retry}
        </button>
      </p>
    </div>
  ) : (
    <p class="hint" id={id} tabIndex={-1} role="status">
      {texts.loading}
    </p>
  );
}
