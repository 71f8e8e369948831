import type { ComponentChildren } from 'preact';
import { useStore } from '@nanostores/preact';
import { $quarantined, discardQuarantine, quarantinedText } from '../../stores/daten';
import { downloadText } from '../shared/download';
import { quarantineFileName } from '../../lib/storage/storage-overview';
import type { DatenTexts } from '../../i18n/de/daten';
import { fill } from '../../i18n/format';
import { sizeText, toolName } from './words';

/** Data that could not be read and was put aside: download it or let it go. Renders nothing when there is none. */
export function QuarantineList({ texts, intro }: { texts: DatenTexts; /** Explanation (static text from the page). */ intro?: ComponentChildren }) {
  const items = useStore($quarantined, { ssr: () => [] });
  if (items.length === 0) return null;
  const t = texts.putAside;
  return (
    <section aria-labelledby="beiseitegelegt" class="notice notice-warn">
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
    </section>
  );
}
