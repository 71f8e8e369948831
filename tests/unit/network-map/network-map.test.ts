import { describe, expect, test } from 'vitest';
import { layoutNetworkMap, mapFontSize, MAP_FONT_SIZES, MAP_SIZE, MAX_LABEL_CHARS, peopleNames, shortLabel, type MapBox, type NetworkMapLayout } from '../../../src/lib/network-map/network-map';
import { MAP_SIZES, mapPlanner } from '../../fixtures/network-map-states';
import { FIXTURE_TODAY } from '../../fixtures/planner-states';

const names = { none: 'ohne Zielgruppe', more: 'weitere Zielgruppen' };

function layout(n: number, fontSize?: number): NetworkMapLayout {
  const p = mapPlanner(n);
  return layoutNetworkMap({ contacts: p.contacts, groups: p.groups, today: FIXTURE_TODAY, fontSize, names });
}

const overlap = (a: MapBox, b: MapBox) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('peopleNames', () => {
  test('splits the people text at lines, commas and semicolons', () => {
    expect(peopleNames('Dr. K.\nAna, Ben; \n ')).toEqual(['Dr. K.', 'Ana', 'Ben']);
  });
});

describe('shortLabel', () => {
  test('keeps short names and shortens long ones with an ellipsis', () => {
    expect(shortLabel('Ana')).toBe('Ana');
    const long = shortLabel('Prof. Ana Lindqvist-Bergström');
    expect([...long].length).toBeLessThanOrEqual(MAX_LABEL_CHARS);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('mapFontSize', () => {
  test('gives narrow pictures bigger labels', () => {
    expect(mapFontSize(320)).toBe(24);
    expect(mapFontSize(500)).toBe(16);
    expect(mapFontSize(640)).toBe(11);
  });
});

describe('layoutNetworkMap', () => {
  for (const n of MAP_SIZES) {
    for (const fontSize of MAP_FONT_SIZES) {
      describe(`${n} contacts, labels of ${fontSize}`, () => {
        const map = layout(n, fontSize);

        test('is deterministic', () => {
          expect(layout(n, fontSize)).toEqual(map);
        });

        test('places every contact exactly once, directly or in a cluster', () => {
          const ids = [...map.marks.filter((m) => m.kind === 'contact').map((m) => m.id), ...map.clusters.flatMap((c) => c.members.filter((m) => m.kind === 'contact').map((m) => m.id))];
          expect(ids.sort()).toEqual(mapPlanner(n).contacts.map((c) => c.id).sort());
        });

        test('places every wished-for person exactly once', () => {
          const wished = [...map.marks.filter((m) => m.kind === 'wished'), ...map.clusters.flatMap((c) => c.members.filter((m) => m.kind === 'wished'))];
          expect(wished.length).toBe(map.counts.wished);
        });

        test('no two label, mark or cluster boxes overlap', () => {
          const boxes = [...map.sectors.map((s) => s.label.box), ...map.marks.flatMap((m) => [m.box, m.space]), ...map.clusters.map((c) => c.box)];
          for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!), `${i} ${j}`).toBe(false);
        });

        test('keeps every box inside the picture', () => {
          for (const b of [...map.sectors.map((s) => s.label.box), ...map.marks.flatMap((m) => [m.box, m.space]), ...map.clusters.map((c) => c.box)]) {
            expect(b.x).toBeGreaterThanOrEqual(0);
            expect(b.y).toBeGreaterThanOrEqual(0);
            expect(b.x + b.width).toBeLessThanOrEqual(MAP_SIZE);
            expect(b.y + b.height).toBeLessThanOrEqual(MAP_SIZE);
          }
        });

        test('a cluster is big enough for its count in the labels’ size (legible on paper)', () => {
          for (const k of map.clusters) expect(Math.floor(k.radius * 0.8)).toBeGreaterThanOrEqual(fontSize);
        });

        test('every cluster holds someone', () => {
          for (const c of map.clusters) expect(c.members.length).toBeGreaterThanOrEqual(1);
        });
      });
    }
  }

  test('draws the 3 contacts directly, without clusters', () => {
    const map = layout(3);
    expect(map.clusters).toEqual([]);
    expect(map.marks.filter((m) => m.kind === 'contact')).toHaveLength(3);
  });

  test('bigger labels leave room for fewer of them', () => {
    expect(layout(40, 24).marks.length).toBeLessThan(layout(40, 11).marks.length);
  });

  test('puts a contact into the group that lists its name, and the rest of the listed people on the outer ring', () => {
    const p = mapPlanner(3);
    const named = p.contacts[2]!;
    const map = layoutNetworkMap({ contacts: p.contacts, groups: p.groups, today: FIXTURE_TODAY, names });
    expect(map.marks.find((m) => m.id === named.id)?.sector).toBe('g-z1');
    expect(map.marks.filter((m) => m.kind === 'wished').map((m) => m.name).sort()).toEqual(['Dr. Miriam Sauer', 'Jonas Weber', 'Prof. Ana Lindqvist-Bergström']);
    expect(map.marks.filter((m) => m.kind === 'wished').every((m) => m.ring === 'W')).toBe(true);
  });

  test('puts a contact whose organisation names a group into that sector, others into „ohne Zielgruppe“', () => {
    const base = mapPlanner(3).contacts[0]!;
    const contacts = [
      { ...base, id: 'x1', name: 'Ana', organisation: 'Hochschule Düsseldorf' },
      { ...base, id: 'x2', name: 'Ben', organisation: 'Bäckerei', topics: '', met: '', offerMe: '', offerThem: '' },
    ];
    const map = layoutNetworkMap({ contacts, groups: mapPlanner(3).groups, today: FIXTURE_TODAY, names });
    expect(map.marks.find((m) => m.id === 'x1')?.sector).toBe('g-z2');
    expect(map.marks.find((m) => m.id === 'x2')?.sector).toBe('none');
    expect(map.sectors.map((s) => s.key)).toEqual(['g-z1', 'g-z2', 'none']);
  });

  test('rings follow priority and overdue contacts are marked', () => {
    const p = mapPlanner(40);
    const map = layoutNetworkMap({ contacts: p.contacts, groups: p.groups, today: FIXTURE_TODAY, names });
    for (const m of map.marks.filter((k) => k.kind === 'contact')) expect(m.ring).toBe(p.contacts.find((c) => c.id === m.id)!.priority);
    expect(map.counts.overdue).toBeGreaterThan(0);
    expect(map.counts.byRing.A + map.counts.byRing.B + map.counts.byRing.C).toBe(40);
    const none = layoutNetworkMap({ contacts: p.contacts, groups: p.groups, today: null, names });
    expect(none.counts.overdue).toBe(0);
  });

  test('with no contacts and no groups there is one empty sector and nothing else', () => {
    const map = layoutNetworkMap({ contacts: [], groups: [], today: FIXTURE_TODAY, names });
    expect(map.sectors).toHaveLength(1);
    expect(map.marks).toEqual([]);
    expect(map.clusters).toEqual([]);
  });

  test('many groups share a sector „weitere“', () => {
    const p = mapPlanner(40);
    const groups = Array.from({ length: 12 }, (_, i) => ({ id: `g${i}`, name: `Gruppe ${i}`, people: `Person ${i}` }));
    const map = layoutNetworkMap({ contacts: p.contacts, groups, today: FIXTURE_TODAY, names });
    expect(map.sectors.filter((s) => s.kind === 'group')).toHaveLength(6);
    expect(map.sectors.find((s) => s.kind === 'more')?.groupIds).toHaveLength(6);
  });
});
