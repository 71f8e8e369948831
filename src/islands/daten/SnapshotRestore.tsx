import { useStore } from '@nanostores/preact';
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { $snapshots, restorePrevious } from '../../stores/daten';
import type { CatalogueEntry } from '../../lib/storage/catalogue';
import type { DatenTexts } from '../../i18n/de/daten';
import { fill, plural } from '../../i18n/format';
import { actionProblemText, causeText, momentText, rich, sizeText, toolName } from './words';

interface Props {
  texts: DatenTexts;
  /** The stored values this page knows (a restore is refused over data of a newer version). */
  catalogue: readonly CatalogueEntry[];
  /** Shown while there is no snapshot (static text from the page). */
  none?: ComponentChildren;
}

/** The kept states, newest first, each with time, cause and contents, and one button to bring it back. */
export function SnapshotRestore({ texts, catalogue, none }: Props) {
  const snapshots = useStore($snapshots, { ssr: () => [] });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const busy = useRef(false);
  const t = texts.snapshot;

  async function restore(key: string) {
    if (busy.current) return;
    busy.current = true;
    const result = await restorePrevious(new Date(), { key, known: catalogue }).finally(() => (busy.current = false));
    if (!result.ok) setMessage({ ok: false, text: actionProblemText(texts, result.problem) });
    else setMessage({ ok: true, text: result.droppedSnapshots ? `${t.restored} ${plural(t.dropped, result.droppedSnapshots)}` : t.restored });
  }

  return (
    <div>
      {snapshots.length > 0 ? (
        <ol class="snapshot-list" aria-label={t.listLabel}>
          {snapshots.map((snapshot) => {
            const moment = momentText(texts, snapshot.at);
            return (
              <li key={snapshot.key} data-snapshot={snapshot.key}>
                <p>{rich(t.taken, { moment: <strong>{moment}</strong>, cause: causeText(texts, snapshot.cause) })}</p>
                <p class="muted">
                  {snapshot.tools.length > 0
                    ? fill(t.holds, { tools: snapshot.tools.map((tool) => toolName(texts, tool)).join(t.toolsSeparator), size: sizeText(texts, snapshot.bytes) })
                    : t.holdsNothing}
                </p>
                <div class="actions">
                  {/* A double click's second click (detail 2) would land on the list grown by the new undo point. */}
                  <button type="button" class="secondary" onClick={(event) => event.detail < 2 && void restore(snapshot.key)}>
                    {t.restore}<span class="visually-hidden">: {moment}</span>
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      ) : (
        none
      )}
      <div role="status">{message && <p class={message.ok ? 'notice' : 'notice notice-error'}>{message.text}</p>}</div>
    </div>
  );
}
