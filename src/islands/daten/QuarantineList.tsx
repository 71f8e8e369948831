import type { ComponentChildren } from 'preact';
import { useStore } from '@nanostores/preact';
import { $quarantined, discardQuarantine, quarantinedText } from '../../stores/daten';
import { downloadText } from '../shared/download';
import { formatKilobytes, type CatalogueEntry } from '../../lib/storage/storage-overview';

/** Data that could not be read and was put aside: download it or let it go. Renders nothing when there is none. */
export function QuarantineList({ catalogue, intro }: { catalogue: readonly CatalogueEntry[]; /** Explanation (static text from the page). */ intro?: ComponentChildren }) {
  const items = useStore($quarantined, { ssr: () => [] }).map((item) => ({ ...item, label: catalogue.find((entry) => entry.key === item.of)?.label ?? item.of.slice(3) }));
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="beiseitegelegt" class="notice notice-warn">
      <h2 id="beiseitegelegt">Beiseitegelegte Daten</h2>
      {intro}
      <ul class="quarantine-list">
        {items.map((item) => (
          <li key={item.key}>
            <span>{item.label} ({formatKilobytes(item.bytes)})</span>{' '}
            <button type="button" class="secondary" onClick={() => downloadText(`netzwerk-kompass-beiseitegelegt-${item.key.slice(3).replace(/[^a-z0-9-]/gi, '-')}.txt`, quarantinedText(item.key), 'text/plain')}>
              Herunterladen<span class="visually-hidden">: {item.label}</span>
            </button>{' '}
            <button type="button" class="link" onClick={() => discardQuarantine(item.key)}>
              Verwerfen<span class="visually-hidden">: {item.label}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
