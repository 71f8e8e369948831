import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { NetworkMapTexts } from '../../i18n/de/network-map';
import { fill, plural } from '../../i18n/format';
import type { IsoDay } from '../../lib/dates/iso-day';
import { layoutNetworkMap, mapFontSize, MAP_SIZE, type MapCluster, type MapInput, type MapRing, type MapSector } from '../../lib/network-map/network-map';

export interface NetworkMapProps {
  contacts: MapInput['contacts'];
  groups: MapInput['groups'];
  today: IsoDay | null;
  texts: NetworkMapTexts;
  /** Called with a contact's id when its mark (or its line in a cluster's list) is chosen; without it the marks are not buttons (paper). */
  onOpen?: (id: string) => void;
  /** A fixed label size in viewBox units (the printed plan); without it the size follows the picture's width on screen. */
  fontSize?: number;
  /** Prefix for element ids, so that two maps on one page do not clash. */
  idPrefix?: string;
}

/** Follows the rendered width of an element (null before the first measurement, and on the server). */
function useWidth(): [preact.RefObject<HTMLDivElement>, number | null] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    setWidth(el.clientWidth);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/**
 * Die Netzwerkkarte: the reader in the centre, rings by priority, sectors by target group, and
 * the people still to meet dashed on the outside – as inline SVG with a legend, a summary
 * sentence and a table. The layout comes from `layoutNetworkMap`; this only draws it.
 */
export function NetworkMap({ contacts, groups, today, texts, onOpen, fontSize, idPrefix = 'netzwerkkarte' }: NetworkMapProps) {
  const [ref, width] = useWidth();
  const size = fontSize ?? mapFontSize(width ?? MAP_SIZE);
  const layout = useMemo(() => layoutNetworkMap({ contacts, groups, today, fontSize: size, names: { none: texts.none, more: texts.more } }), [contacts, groups, today, size, texts]);
  const [openCluster, setOpenCluster] = useState<string | null>(null);
  const [tableOpen, setTableOpen] = useState(false);
  const cluster = layout.clusters.find((c) => c.id === openCluster);
  const sectorName = (key: string) => {
    const s = layout.sectors.find((x) => x.key === key);
    return !s ? '' : s.kind === 'group' ? s.name : s.kind === 'more' ? texts.more : texts.none;
  };
  const ringName = (ring: MapRing) => texts.rings[ring];
  const activate = (fn: () => void) => ({
    onClick: fn,
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        fn();
      }
    },
  });
  const { counts } = layout;
  const summary = fill(texts.summary, {
      contacts: plural(texts.contacts, counts.contacts, { n: counts.contacts }),
      a: counts.byRing.A,
      b: counts.byRing.B,
      c: counts.byRing.C,
    overdue: counts.overdue ? plural(texts.overdue, counts.overdue, { n: counts.overdue }) : texts.noneOverdue,
      wished: counts.wished ? plural(texts.wished, counts.wished, { n: counts.wished }) : '',
    }).trim();
  const c = MAP_SIZE / 2;
  const arcPath = (s: MapSector) => {
    const outer = layout.rings[layout.rings.length - 1]!.outer;
    const x = c + outer * Math.sin(s.start);
    const y = c - outer * Math.cos(s.start);
    const xi = c + layout.centre.radius * Math.sin(s.start);
    const yi = c - layout.centre.radius * Math.cos(s.start);
    return `M${xi.toFixed(1)} ${yi.toFixed(1)}L${x.toFixed(1)} ${y.toFixed(1)}`;
  };
  const captionId = `${idPrefix}-text`;

  return (
    <section class="network-map" aria-labelledby={`${idPrefix}-titel`}>
      <h3 id={`${idPrefix}-titel`}>{texts.title}</h3>
      <p class="hint">{texts.intro}</p>
      <div class="network-map-picture" ref={ref}>
        <svg viewBox={`0 0 ${MAP_SIZE} ${MAP_SIZE}`} role="group" aria-label={fill(texts.figure, { contacts: plural(texts.contactsInName, counts.contacts, { n: counts.contacts }) })} aria-describedby={captionId} font-size={layout.fontSize}>
          {layout.rings.map((r) => (
            <circle key={r.ring} class={r.ring === 'W' ? 'nm-ring nm-ring-wished' : 'nm-ring'} cx={c} cy={c} r={r.outer} />
          ))}
          {layout.sectors.length > 1 && layout.sectors.map((s) => <path key={s.key} class="nm-sector" d={arcPath(s)} />)}
          {layout.sectors.map((s) => (
            <text key={`t-${s.key}`} class="nm-sector-name" x={s.label.x} y={s.label.y}>
              {s.label.text}
            </text>
          ))}
          <circle class="nm-me" cx={c} cy={c} r={layout.centre.radius} />
          <text class="nm-me-name" x={c} y={c + layout.fontSize * 0.35} text-anchor="middle">
            {texts.me}
          </text>
          {layout.marks.map((m) =>
            m.kind === 'wished' ? (
              <g key={m.id} class="nm-mark nm-wished">
                <title>{fill(texts.wishedMark, { name: m.name, group: sectorName(m.sector) })}</title>
                <circle cx={m.x} cy={m.y} r={6} />
                <text class="nm-label" x={m.labelX} y={m.labelY} text-anchor={m.anchor}>
                  {m.label}
                </text>
              </g>
            ) : (
              <g
                key={m.id}
                id={`${idPrefix}-${m.id}`}
                class={`nm-mark nm-contact nm-prio-${m.ring}${m.overdue ? ' nm-overdue' : ''}`}
                data-contact={m.id}
                {...(onOpen ? { role: 'button', tabindex: 0, ...activate(() => onOpen(m.id)) } : {})}
                aria-label={fill(m.overdue ? texts.openOverdue : texts.open, { name: m.name, priority: m.ring })}
              >
                {m.overdue && <circle class="nm-overdue-ring" cx={m.x} cy={m.y} r={10} />}
                <circle class="nm-dot" cx={m.x} cy={m.y} r={6} />
                <text class="nm-label" x={m.labelX} y={m.labelY} text-anchor={m.anchor}>
                  {m.label}
                </text>
              </g>
            ),
          )}
          {layout.clusters.map((k) => (
            <g
              key={k.id}
              id={`${idPrefix}-${k.id}`}
              class={`nm-cluster${k.members.some((m) => m.overdue) ? ' nm-overdue' : ''}${k.ring === 'W' ? ' nm-wished' : ''}`}
              data-cluster={k.id}
              role="button"
              tabindex={0}
              aria-expanded={openCluster === k.id}
              aria-controls={`${idPrefix}-liste`}
              aria-label={plural(texts.cluster, k.members.length, { n: k.members.length, sector: sectorName(k.sector), ring: ringName(k.ring) })}
              {...activate(() => setOpenCluster(openCluster === k.id ? null : k.id))}
            >
              <circle cx={k.x} cy={k.y} r={k.radius} />
              <text x={k.x} y={k.y + layout.fontSize * 0.35} text-anchor="middle" font-size={Math.min(layout.fontSize, Math.floor(k.radius * 0.8))}>
                +{k.members.length}
              </text>
            </g>
          ))}
        </svg>
      </div>
      <div id={`${idPrefix}-liste`} aria-live="polite">
        {cluster && <ClusterList cluster={cluster} title={fill(texts.clusterTitle, { sector: sectorName(cluster.sector), ring: ringName(cluster.ring) })} texts={texts} onOpen={onOpen} onClose={() => setOpenCluster(null)} />}
      </div>
      <p id={captionId}>{summary}</p>
      <ul class="nm-legend" aria-label={texts.legend.title}>
        <li>
          <svg viewBox="0 0 24 24" aria-hidden="true" class="nm-key"><circle class="nm-dot" cx="12" cy="12" r="6" /></svg>
          {texts.legend.contact}
        </li>
        <li class="nm-overdue">
          <svg viewBox="0 0 24 24" aria-hidden="true" class="nm-key"><circle class="nm-overdue-ring" cx="12" cy="12" r="10" /><circle class="nm-dot" cx="12" cy="12" r="6" /></svg>
          {texts.legend.overdue}
        </li>
        <li class="nm-wished">
          <svg viewBox="0 0 24 24" aria-hidden="true" class="nm-key"><circle cx="12" cy="12" r="6" /></svg>
          {texts.legend.wished}
        </li>
        <li class="nm-cluster">
          <svg viewBox="0 0 24 24" aria-hidden="true" class="nm-key"><circle cx="12" cy="12" r="10" /></svg>
          {texts.legend.cluster}
        </li>
      </ul>
      <details class="nm-table" onToggle={(e) => setTableOpen(e.currentTarget.open)}>
        <summary>{texts.table.summary}</summary>
        {tableOpen && (
          <table>
            <thead>
              <tr>
                <th scope="col">{texts.table.name}</th>
                <th scope="col">{texts.table.ring}</th>
                <th scope="col">{texts.table.sector}</th>
                <th scope="col">{texts.table.state}</th>
              </tr>
            </thead>
            <tbody>
              {[...layout.marks.map((m) => ({ ...m, sector: m.sector, ring: m.ring })), ...layout.clusters.flatMap((k) => k.members.map((m) => ({ ...m, sector: k.sector, ring: k.ring })))].map((p) => (
                <tr key={p.id}>
                  <th scope="row">{p.name}</th>
                  <td>{ringName(p.ring)}</td>
                  <td>{sectorName(p.sector)}</td>
                  <td>{p.kind === 'wished' ? texts.wishedNote : p.overdue ? texts.overdueMark : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </details>
    </section>
  );
}

function ClusterList({ cluster, title, texts, onOpen, onClose }: { cluster: MapCluster; title: string; texts: NetworkMapTexts; onOpen: NetworkMapProps['onOpen']; onClose: () => void }) {
  return (
    <div class="nm-cluster-list">
      <p>
        <strong>{title}</strong>
      </p>
      <ul>
        {cluster.members.map((m) => (
          <li key={m.id}>
            {m.kind === 'contact' && onOpen ? (
              <button type="button" class="link-button" data-contact={m.id} onClick={() => onOpen(m.id)}>
                {m.name}
              </button>
            ) : (
              m.name
            )}
            {m.overdue && <span class="overdue-text"> · {texts.overdueMark}</span>}
            {m.kind === 'wished' && <span class="muted"> · {texts.wishedNote}</span>}
          </li>
        ))}
      </ul>
      <button type="button" onClick={onClose}>
        {texts.clusterClose}
      </button>
    </div>
  );
}
