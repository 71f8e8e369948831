/** The „Als Kandidat übernehmen“ button; its accessible name ends with the network's name. */
import { fill } from '../../i18n/fill';
import type { ErgebnisTexts } from './texts';

export function TakeOverButton({ name, texts, onClick }: { name: string; texts: ErgebnisTexts['takeOver']; onClick: () => void }) {
  return (
    <button type="button" class="secondary take-over" onClick={onClick}>
      {texts.button}
      <span class="visually-hidden"> {fill(texts.which, { name })}</span>
    </button>
  );
}
