/**
 * The Netzwerkkarte's layout: the reader in the centre, one ring per priority (A inside, C
 * outside) and an outer ring for the people the reader still wants to reach, one sector per target
 * group plus one for contacts no group names. Every contact gets a mark with a label, or – where
 * labels would collide or a cell is full – a place in its cell's counted cluster („+12“).
 * Pure and deterministic: the same input always gives the same picture.
 *
 * Which group a contact belongs to: the planner stores no link between the two. The map uses the
 * two links the data does hold – the group lists the contact's name among its people, or the
 * contact's organisation, topics, where met or offers name the group (the rule of the contact
 * list's group filter, `inGroup`) – and takes the first group in the reader's order that matches.
 */
import type { IsoDay } from '../dates/iso-day';
import { textRanks } from '../../i18n/format';
import { inGroup, isOverdue, searchText } from '../planner/contact-list';
import type { Contact, Priority, TargetGroup } from '../planner/planner-schema';
import { keptPerText } from '../text/kept';

/** The picture's coordinate system: a square viewBox of this side. */
export const MAP_SIZE = 640;
/** At most this many group sectors; further groups share the sector „weitere Zielgruppen“. */
export const MAX_GROUP_SECTORS = 7;
/** Labels longer than this many characters are shortened with „…“ (the full name is in the mark's name and the table). */
export const MAX_LABEL_CHARS = 16;

/** Label sizes in viewBox units for wide, middle and narrow pictures: narrow ones need bigger text to stay legible, so fewer labels fit. */
export const MAP_FONT_SIZES = [11, 16, 24] as const;

/**
 * The label size for a picture drawn `width` CSS pixels wide, so that labels come out at about
 * 10 px or more on the screen.
 * @example mapFontSize(320) // 24
 */
export function mapFontSize(width: number): number {
  if (width >= 600) return MAP_FONT_SIZES[0];
  if (width >= 420) return MAP_FONT_SIZES[1];
  return MAP_FONT_SIZES[2];
}

export type MapRing = Priority | 'W';
export const MAP_RINGS: readonly MapRing[] = ['A', 'B', 'C', 'W'];

export interface MapBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A sector: a target group, „weitere“ (groups beyond the first few) or „ohne“ (no group names the contact). */
export interface MapSector {
  key: string;
  kind: 'group' | 'more' | 'none';
  /** The group's name for `group`; '' otherwise. */
  name: string;
  /** Groups merged into `more`. */
  groupIds: string[];
  start: number;
  end: number;
  /** The sector's name as drawn (shortened if long) and where, just outside the outer ring. */
  label: { text: string; x: number; y: number; anchor: 'start'; box: MapBox };
}

export interface MapMark {
  kind: 'contact' | 'wished';
  /** The contact's id; for a wished-for person `wish-<group id>-<n>`. */
  id: string;
  name: string;
  ring: MapRing;
  sector: string;
  overdue: boolean;
  x: number;
  y: number;
  /** The label as drawn (shortened if long). */
  label: string;
  anchor: 'start' | 'end';
  /** Text baseline position of the label. */
  labelX: number;
  labelY: number;
  /** The label's box. */
  box: MapBox;
  /** The mark's own box, its overdue ring included. */
  space: MapBox;
}

export interface MapCluster {
  id: string;
  ring: MapRing;
  sector: string;
  x: number;
  y: number;
  radius: number;
  /** Who is in the cluster, in the cell's order. */
  members: { kind: 'contact' | 'wished'; id: string; name: string; overdue: boolean }[];
  box: MapBox;
}

export interface NetworkMapLayout {
  size: number;
  centre: { x: number; y: number; radius: number };
  /** Outer radius of each ring's band; ring A starts at the centre's radius. */
  rings: { ring: MapRing; inner: number; outer: number }[];
  sectors: MapSector[];
  marks: MapMark[];
  clusters: MapCluster[];
  fontSize: number;
  counts: { contacts: number; overdue: number; wished: number; byRing: Record<Priority, number> };
}

export interface MapInput {
  contacts: readonly Pick<Contact, 'id' | 'name' | 'priority' | 'organisation' | 'met' | 'topics' | 'offerThem' | 'offerMe' | 'introducedBy' | 'log' | 'rhythm' | 'added' | 'snoozedUntil'>[];
  groups: readonly Pick<TargetGroup, 'id' | 'name' | 'people'>[];
  /** Null before the page knows the day: nothing is overdue then. */
  today: IsoDay | null;
  /** Label size in viewBox units; a bigger one (for narrow screens) leaves room for fewer labels. */
  fontSize?: number | undefined;
  /** The names of the two sectors without a group of their own, as the page words them. */
  names: { none: string; more: string };
}

const CENTRE_RADIUS = 44;
const RING_OUTER: Record<MapRing, number> = { A: 118, B: 184, C: 244, W: 286 };
/** The space a mark takes, its overdue ring (radius 10, 3 wide) included. */
const MARK_SPACE = 12;
/** Distance kept from the picture's edge. */
const EDGE = 4;
const CLUSTER_RADIUS = 14;
/** Generous average glyph width per font-size unit, so real text stays inside its box. */
const CHAR_WIDTH = 0.62;

/** Splits a group's `people` text into names: one per line, comma or semicolon. */
export function peopleNames(people: string): string[] {
  return people
    .split(/[\n,;]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
/** Each contact's group, kept per contact object while the groups are the same list (contacts and groups are never changed in place). */
const groupsOf = new WeakMap<object, { groups: readonly unknown[]; id: string | null }>();
/** `fold` of a contact's name, kept per name: many contacts, few changes between two layouts. */
const foldName = keptPerText(fold, 50_000);

/** The label as drawn: at most MAX_LABEL_CHARS characters, shortened with „…“. */
export function shortLabel(name: string): string {
  const chars = [...name.trim()];
  return chars.length <= MAX_LABEL_CHARS ? chars.join('') : `${chars.slice(0, MAX_LABEL_CHARS - 1).join('').trimEnd()}…`;
}

function overlaps(a: MapBox, b: MapBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(b: MapBox, size: number): boolean {
  return b.x >= 0 && b.y >= 0 && b.x + b.width <= size && b.y + b.height <= size;
}

const round = (n: number) => Math.round(n * 10) / 10;

interface Item {
  kind: 'contact' | 'wished';
  id: string;
  name: string;
  overdue: boolean;
}

/**
 * Lays out the map. Angles run clockwise from the top; sector order follows the reader's groups,
 * „ohne Zielgruppe“ last.
 * @example layoutNetworkMap({ contacts, groups, today: '2026-03-02' }).marks.length
 */
export function layoutNetworkMap(input: MapInput): NetworkMapLayout {
  const size = MAP_SIZE;
  const c = size / 2;
  const fontSize = input.fontSize ?? 11;
  const lineHeight = Math.ceil(fontSize * 1.3);
  // A cluster's count („+12“) is written in the labels' size, so it stays legible where the map is printed small with large labels.
  const clusterRadius = Math.max(CLUSTER_RADIUS, Math.ceil(fontSize * 1.25));

  // Which group each contact and each wished-for person belongs to.
  // Folded once each: the map is laid out again after every edit, with thousands of contacts.
  const contactNames = new Map<string, string>();
  for (const k of input.contacts) contactNames.set(foldName(k.name), k.id);
  const groupPeople = input.groups.map((g) => new Set(peopleNames(g.people).map(fold)));
  const groupOf = new Map<string, string>();
  for (const k of input.contacts) {
    const known = groupsOf.get(k);
    let id = known?.groups === input.groups ? known.id : undefined;
    if (id === undefined) {
      const name = foldName(k.name);
      const byPeople = input.groups.find((_, i) => groupPeople[i]!.has(name));
      id = (byPeople ?? input.groups.find((g) => inGroup(searchText(k as Contact), g)))?.id ?? null;
      groupsOf.set(k, { groups: input.groups, id });
    }
    if (id) groupOf.set(k.id, id);
  }
  const groupsUsed = new Set(groupOf.values());
  const wished: { group: string; item: Item }[] = [];
  for (const g of input.groups) {
    peopleNames(g.people).forEach((p, n) => {
      if (!contactNames.has(fold(p))) wished.push({ group: g.id, item: { kind: 'wished', id: `wish-${g.id}-${n}`, name: p, overdue: false } });
    });
  }

  // Sectors: the groups that hold anyone (the first few on their own), then „ohne Zielgruppe“.
  const used = input.groups.filter((g) => groupsUsed.has(g.id) || wished.some((w) => w.group === g.id));
  const ownSectors = used.length > MAX_GROUP_SECTORS ? used.slice(0, MAX_GROUP_SECTORS - 1) : used;
  const rest = used.slice(ownSectors.length);
  const sectorKey = new Map<string, string>();
  const plain: Omit<MapSector, 'start' | 'end' | 'label'>[] = ownSectors.map((g) => ({ key: `g-${g.id}`, kind: 'group', name: g.name, groupIds: [g.id] }));
  for (const g of ownSectors) sectorKey.set(g.id, `g-${g.id}`);
  if (rest.length) {
    plain.push({ key: 'more', kind: 'more', name: '', groupIds: rest.map((g) => g.id) });
    for (const g of rest) sectorKey.set(g.id, 'more');
  }
  const hasNone = input.contacts.some((k) => !groupOf.has(k.id));
  if (hasNone || plain.length === 0) plain.push({ key: 'none', kind: 'none', name: '', groupIds: [] });
  const step = (2 * Math.PI) / plain.length;
  const labelRadius = RING_OUTER.W + 10;
  const textWidth = (text: string) => Math.ceil([...text].length * fontSize * CHAR_WIDTH) + 2;
  const sectors: MapSector[] = plain.map((s, i) => {
    const mid = (i + 0.5) * step;
    const text = shortLabel(s.kind === 'group' ? s.name : s.kind === 'more' ? input.names.more : input.names.none);
    const width = textWidth(text);
    const px = c + labelRadius * Math.sin(mid);
    const py = c - labelRadius * Math.cos(mid);
    // Left of the centre the name ends at the ring, right of it it starts there; never outside the picture.
    const wantX = Math.abs(Math.sin(mid)) < 0.2 ? px - width / 2 : Math.sin(mid) > 0 ? px : px - width;
    const x = Math.min(Math.max(wantX, EDGE), size - EDGE - width);
    const top = Math.cos(mid) > 0 ? py - lineHeight : py;
    const y = Math.min(Math.max(top, EDGE), size - EDGE - lineHeight);
    const box: MapBox = { x: round(x), y: round(y), width, height: lineHeight };
    return { ...s, start: i * step, end: (i + 1) * step, label: { text, x: round(x + 1), y: round(y + lineHeight / 2 + fontSize * 0.35), anchor: 'start', box } };
  });

  // Cells: sector × ring, each with its people in a fixed order (overdue first, then by name).
  const cells = new Map<string, Item[]>();
  const cellKey = (sector: string, ring: MapRing) => `${sector}|${ring}`;
  const push = (sector: string, ring: MapRing, item: Item) => {
    const key = cellKey(sector, ring);
    const cell = cells.get(key);
    if (cell) cell.push(item);
    else cells.set(key, [item]);
  };
  let overdueCount = 0;
  const byRing: Record<Priority, number> = { A: 0, B: 0, C: 0 };
  for (const k of input.contacts) {
    const overdue = input.today !== null && isOverdue(k, input.today);
    if (overdue) overdueCount++;
    byRing[k.priority]++;
    const g = groupOf.get(k.id);
    push(g ? sectorKey.get(g)! : 'none', k.priority, { kind: 'contact', id: k.id, name: k.name, overdue });
  }
  for (const w of wished) push(sectorKey.get(w.group)!, 'W', w.item);
  const names = textRanks([...cells.values()].flatMap((items) => items.map((item) => item.name)));
  for (const items of cells.values()) items.sort((a, b) => Number(b.overdue) - Number(a.overdue) || names.get(a.name)! - names.get(b.name)! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const rings = MAP_RINGS.map((ring, i) => ({ ring, inner: i === 0 ? CENTRE_RADIUS : RING_OUTER[MAP_RINGS[i - 1]!], outer: RING_OUTER[ring] }));
  const boxes: MapBox[] = sectors.map((s) => s.label.box);
  const marks: MapMark[] = [];
  const clusters: MapCluster[] = [];
  const point = (radius: number, angle: number) => ({ x: c + radius * Math.sin(angle), y: c - radius * Math.cos(angle) });

  const labelFor = (item: Item, x: number, y: number) => {
    const label = shortLabel(item.name);
    const width = textWidth(label);
    const anchor: 'start' | 'end' = x >= c ? 'start' : 'end';
    const gap = MARK_SPACE + 2;
    const labelX = anchor === 'start' ? x + gap : x - gap;
    const box: MapBox = { x: round(anchor === 'start' ? labelX - 1 : labelX - width + 1), y: round(y - lineHeight / 2), width, height: lineHeight };
    return { label, anchor, labelX: round(labelX), labelY: round(y + fontSize * 0.35), box };
  };
  const markBox = (x: number, y: number, r: number): MapBox => ({ x: round(x - r), y: round(y - r), width: 2 * r, height: 2 * r });
  // Every cell keeps its cluster's place free of the other cells' labels, so a cluster always fits.
  const reserved = new Map<string, MapBox>();
  const clusterSpot = new Map<string, { x: number; y: number }>();
  for (const ring of rings)
    for (const sector of sectors) {
      const key = cellKey(sector.key, ring.ring);
      if (!cells.get(key)?.length) continue;
      const candidates: { x: number; y: number }[] = [];
      for (const a of [0.5, 0.35, 0.65]) for (const r of [0.5, 0.35, 0.65, 0.2, 0.8]) candidates.push(point(ring.inner + r * (ring.outer - ring.inner), sector.start + a * (sector.end - sector.start)));
      const fits = (p: { x: number; y: number }) => {
        const b = markBox(p.x, p.y, clusterRadius);
        return inside(b, size) && !boxes.some((o) => overlaps(o, b)) && ![...reserved.values()].some((o) => overlaps(o, b));
      };
      const at = candidates.find(fits) ?? candidates[0]!;
      clusterSpot.set(key, at);
      reserved.set(key, markBox(at.x, at.y, clusterRadius));
    }
  let own = '';
  const free = (b: MapBox) => inside(b, size) && !boxes.some((o) => overlaps(o, b)) && ![...reserved].some(([k, r]) => k !== own && overlaps(r, b));

  for (const ring of rings) {
    for (const sector of sectors) {
      const items = cells.get(cellKey(sector.key, ring.ring));
      if (!items?.length) continue;
      // Marks sit on a few radial lanes across the band and at evenly spaced angles along it.
      const lanes = ring.outer - ring.inner >= 3 * lineHeight ? [0.3, 0.7] : [0.5];
      const pad = 0.08 * (sector.end - sector.start);
      const slots: { x: number; y: number }[] = [];
      for (const lane of lanes) {
        const radius = ring.inner + lane * (ring.outer - ring.inner);
        const arc = radius * (sector.end - sector.start - 2 * pad);
        const n = Math.max(1, Math.floor(arc / (lineHeight + 4)));
        for (let i = 0; i < n; i++) slots.push(point(radius, sector.start + pad + ((i + 0.5) / n) * (sector.end - sector.start - 2 * pad)));
      }
      // Interleave lanes so that a few marks spread over the whole cell.
      const order = slots.map((s, i) => ({ s, i })).sort((a, b) => ((a.i % (slots.length / lanes.length)) - (b.i % (slots.length / lanes.length))) || a.i - b.i).map((o) => o.s);
      own = cellKey(sector.key, ring.ring);
      const clusterAt = clusterSpot.get(own)!;
      const placed: MapMark[] = [];
      const placedBoxes: MapBox[] = [];
      let overflow: Item[] = [];
      const tryPlace = (reserveCluster: boolean) => {
        placed.length = 0;
        placedBoxes.length = 0;
        overflow = [];
        const clusterBox = markBox(clusterAt.x, clusterAt.y, clusterRadius + 2);
        const taken = (b: MapBox) => !free(b) || placedBoxes.some((o) => overlaps(o, b)) || (reserveCluster && overlaps(clusterBox, b));
        let slot = 0;
        for (const item of items) {
          let done = false;
          while (slot < order.length && !done) {
            const p = order[slot++]!;
            const l = labelFor(item, p.x, p.y);
            const m = markBox(p.x, p.y, MARK_SPACE);
            if (taken(l.box) || taken(m)) continue;
            placed.push({ kind: item.kind, id: item.id, name: item.name, ring: ring.ring, sector: sector.key, overdue: item.overdue, x: round(p.x), y: round(p.y), ...l, space: m });
            placedBoxes.push(l.box, m);
            done = true;
          }
          if (!done) overflow.push(item);
        }
      };
      tryPlace(false);
      if (overflow.length) tryPlace(true);
      // A cluster needs at least two people; one left over takes the cluster's own place.
      if (overflow.length === 1 && placed.length > 0) {
        const item = overflow[0]!;
        const l = labelFor(item, clusterAt.x, clusterAt.y);
        const m = markBox(clusterAt.x, clusterAt.y, MARK_SPACE);
        if (free(l.box) && free(m) && !placedBoxes.some((o) => overlaps(o, l.box) || overlaps(o, m))) {
          placed.push({ kind: item.kind, id: item.id, name: item.name, ring: ring.ring, sector: sector.key, overdue: item.overdue, x: round(clusterAt.x), y: round(clusterAt.y), ...l, space: m });
          placedBoxes.push(l.box, m);
          overflow = [];
        } else {
          // Give the cluster a second member so it reads as a group.
          const last = placed.pop()!;
          placedBoxes.splice(-2, 2);
          overflow.unshift({ kind: last.kind, id: last.id, name: last.name, overdue: last.overdue });
        }
      }
      const clusterBox = overflow.length ? reserved.get(own)! : null;
      marks.push(...placed);
      boxes.push(...placedBoxes);
      if (clusterBox) {
        boxes.push(clusterBox);
        clusters.push({
          id: `cluster-${sector.key}-${ring.ring}`,
          ring: ring.ring,
          sector: sector.key,
          x: round(clusterAt.x),
          y: round(clusterAt.y),
          radius: clusterRadius,
          members: overflow.map((o) => ({ kind: o.kind, id: o.id, name: o.name, overdue: o.overdue })),
          box: clusterBox,
        });
      }
    }
  }

  return {
    size,
    centre: { x: c, y: c, radius: CENTRE_RADIUS },
    rings,
    sectors,
    marks,
    clusters,
    fontSize,
    counts: { contacts: input.contacts.length, overdue: overdueCount, wished: wished.length, byRing },
  };
}
