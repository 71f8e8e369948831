import type { ComponentChildren } from 'preact';
import { useStore } from '@nanostores/preact';
import { $quarantined, discardQuarantine, quarantinedText } from '../../stores/daten';
import { $notPutAside } from '../../stores/daten-import';
import { downloadText } from '../shared/download';
import { quarantineFileName } from '../../lib/storage/storage-overview';
import type { DatenTexts } from '../../i18n/de/daten';
import { fill } from '../../i18n/format';
import { sizeText, toolName } from './words';

/** Data that could not be read and was put aside: download it or let it go. Renders nothing when there is none. */
export function QuarantineList({ texts, intro }: { texts: DatenTexts; /** Explanation (static text from the page). */ intro?: ComponentChildren }) {
  const items = useStore($quarantined, { ssr: () => [] });
  const failed = useStore($notPutAside);
  const t = texts.putAside;
  const f = texts.notPutAside;
  return (
    <>
      {failed.length > 0 && (
        // Before everything else on the page: the only copy of damaged data that found no room.
        <section aria-labelledby="nicht-beiseitegelegt" class="notice notice-error" role="alert">
          <h2 id="nicht-beiseitegelegt">{f.title}</h2>
          <ul class="quarantine-list">
            {failed.map((item) => {
              const name = toolName(texts, item.tool);
              return (
                <li key={item.key}>
                  <p>{fill(f.text, { tool: name })}</p>
                  <button type="button" onClick={() => downloadText(quarantineFileName(`nk:quarantaene:${item.key.slice(3)}`), item.text, 'text/plain')}>
                    {f.download}<span class="visually-hidden">: {name}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {items.length > 0 && <section aria-labelledby="beiseitegelegt" class="notice notice-warn">
      <h2 id="beiseitegelegt">{texts.sections.putAside}</h2>
      {intro}
      <ul class="quarantine-list">
        {items.map((item) => {
          const name = toolName(texts, item.tool);
          return (
            <li key={item.key}>
              <span>{fill(t.item, { tool: name, size: sizeText(texts, item.bytes) })}</span>{' '}
              <button type="button" class="secondary" onClick={() => downloadText(quarantineFileName(item.key), quarantinedText(item.key), 'text/plain')}>
                {t.download}<span class="visually-hidden">: {name}</span>
              </button>{' '}
              <button type="button" class="link" onClick={() => discardQuarantine(item.key)}>
                {t.discard}<span class="visually-hidden">: {name}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>}
    </>
  );
}
