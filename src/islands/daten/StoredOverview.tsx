import type { ComponentChildren } from 'preact';
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { $totalBytes, overviewOf } from '../../stores/daten';
import { usePersisted } from '../../stores/use-persisted';
import { metaStore } from '../../stores/meta';
import type { CatalogueEntry } from '../../lib/storage/catalogue';
import type { StoredSummary } from '../../lib/storage/storage-overview';
import type { DatenTexts } from '../../i18n/de/daten';
import { formatDay } from '../../i18n/format';
import { entriesText, momentText, rich, sizeText, toolName } from './words';

function stateText(texts: DatenTexts, value: StoredSummary): string {
  if (value.state === 'empty') return texts.overview.empty;
  if (value.state === 'newer') return texts.overview.newer;
  if (value.state === 'unreadable') return texts.units.unreadable;
  return entriesText(texts, value.entries ?? 0);
}

interface Props {
  catalogue: readonly CatalogueEntry[];
  texts: DatenTexts;
  /** Shown when data of a newer version is stored (static text from the page). */
  newer?: ComponentChildren;
}

/** The table of what this browser holds, per tool, and the date of the last backup. */
export function StoredOverview({ catalogue, texts, newer }: Props) {
  // The server cannot know what this browser holds: until hydration, say that it is being read.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const overview = useStore(useMemo(() => overviewOf(catalogue), [catalogue]));
  const total = useStore($totalBytes);
  const meta = usePersisted(metaStore);
  const t = texts.overview;
  const none = texts.units.none;

  // Before hydration the table already has its final rows (one per tool, read as empty on the
  // server), so nothing below it jumps; only the cells wait for the browser's storage.
  const cell = (text: string) => (hydrated ? text : '…');
  // An element of its own, not a fragment: Preact places the newer-version notice (a static slot)
  // wrongly when it appears between siblings it shares with the parent's slots.
  return (
    <div>
      {/* Explicit roles keep the table a table for screen readers when narrow screens stack its rows. */}
      <table class="stack-table" role="table" aria-busy={hydrated ? undefined : 'true'}>
        <caption class="visually-hidden">{t.caption}</caption>
        <thead role="rowgroup">
          <tr role="row"><th scope="col" role="columnheader">{t.tool}</th><th scope="col" role="columnheader">{t.entries}</th><th scope="col" role="columnheader">{t.size}</th><th scope="col" role="columnheader">{t.lastChange}</th></tr>
        </thead>
        <tbody role="rowgroup">
          {overview.values.map((value) => (
            <tr key={value.key} role="row">
              <th scope="row" role="rowheader">{toolName(texts, value.tool)}</th>
              <td role="cell" data-label={t.entries}>{cell(stateText(texts, value))}</td>
              <td role="cell" data-label={t.size}>{cell(value.state === 'empty' ? none : sizeText(texts, value.bytes))}</td>
              <td role="cell" data-label={t.lastChange}>{cell(value.lastChange ? momentText(texts, value.lastChange) : none)}</td>
            </tr>
          ))}
          {overview.others.length > 0 && (
            <tr role="row">
              <th scope="row" role="rowheader">{t.others}</th>
              <td role="cell" data-label={t.entries}>{entriesText(texts, overview.others.length)}</td>
              <td role="cell" data-label={t.size}>{sizeText(texts, overview.othersBytes)}</td>
              <td role="cell" data-label={t.lastChange}>{none}</td>
            </tr>
          )}
        </tbody>
      </table>
      {overview.hasNewer && newer}

      {hydrated ? (
        <p>
          {rich(t.total, { size: <strong>{sizeText(texts, total)}</strong> })}{' '}
          {rich(t.lastBackup, { date: <strong data-testid="letzte-sicherung">{meta.lastBackup ? formatDay(meta.lastBackup) : t.never}</strong> })}
        </p>
      ) : (
        <p class="muted">{t.reading}</p>
      )}
    </div>
  );
}
