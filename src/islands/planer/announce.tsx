import { useStore } from '@nanostores/preact';
import { atom } from 'nanostores';

const $message = atom('');

/** Tells screen readers, politely, what just happened („Ziel entfernt.“). */
export function announce(message: string): void {
  // Clearing first makes a repeated message be read again.
  $message.set('');
  setTimeout(() => $message.set(message), 50);
}

/** The one live region of an island; render it once. */
export function LiveRegion() {
  const message = useStore($message);
  return (
    <p class="visually-hidden" role="status" aria-live="polite">
      {message}
    </p>
  );
}
