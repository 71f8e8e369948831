/**
 * Loaded on the first click on „Als Kandidat übernehmen“ (the result page's first load stays in
 * its byte budget): adds the offer to the network check's candidates through its store, then says
 * so in the button's place, with a link to the candidate and „Rückgängig“. The state comes from
 * the store, so a change in another tab (an undo, a delete, the same network added there) shows here.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { candidateFromOffer, takeOverStatus, type Offer } from '../../lib/fit/take-over';
import { listHref } from '../../lib/fit/check-links';
import { newId } from '../../lib/storage/new-id';
import { addCandidate, removeCandidate } from '../../stores/candidates';
import { $candidates } from '../../stores/candidates-store';
import { fill } from '../../i18n/fill';
import { TakeOverButton } from './TakeOverButton';
import type { ErgebnisTexts } from './texts';

interface Props {
  offer: Offer;
  texts: ErgebnisTexts['takeOver'];
  /** The offer whose button was clicked before this module had loaded. */
  asked: Offer | null;
}

// The click that loaded this module is carried out once, even if the list renders again.
let handled: Offer | null = null;

export function TakeOver({ offer, texts, asked }: Props) {
  const { candidates } = useStore($candidates);
  const [mine, setMine] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const [moved, setMoved] = useState(0);
  const box = useRef<HTMLDivElement>(null);
  const status = takeOverStatus(candidates, offer.name, mine);
  const name = { name: offer.name };

  function take() {
    // The store's current list, not the rendered one: a second click of a double click, or a
    // change just made in another tab, must not add the network twice.
    if (takeOverStatus($candidates.get().candidates, offer.name, mine).code === 'open') {
      const candidate = candidateFromOffer(offer, newId());
      const saved = candidate !== null && addCandidate(candidate);
      setFailed(!saved);
      if (saved) setMine(candidate.id);
    }
    setMoved((n) => n + 1);
  }

  useEffect(() => {
    if (asked && asked !== handled && asked.name === offer.name && asked.kind === offer.kind) {
      handled = asked;
      take();
    }
  }, []);

  // After a click, focus goes to what took the button's place (or back to the button after „Rückgängig“).
  useEffect(() => {
    if (moved > 0) (box.current?.firstElementChild as HTMLElement | null)?.focus();
  }, [moved]);

  return (
    <div class="take-over-slot" ref={box}>
      {status.code !== 'open' ? (
        <p class="take-over take-over-status" tabIndex={-1}>
          {fill(status.code === 'added' ? texts.added : texts.present, name)} <a href={listHref(status.id)}>{texts.open}</a>{' '}
          {status.code === 'added' && (
            <button
              type="button"
              class="secondary"
              onClick={() => {
                removeCandidate(status.id);
                setMine(null);
                setMoved((n) => n + 1);
              }}
            >
              {texts.undo}
            </button>
          )}
        </p>
      ) : (
        <>
          {failed && (
            <p class="take-over take-over-status notice notice-warn" tabIndex={-1}>
              {fill(texts.failed, name)}
            </p>
          )}
          <TakeOverButton name={offer.name} texts={texts} onClick={take} />
        </>
      )}
    </div>
  );
}
