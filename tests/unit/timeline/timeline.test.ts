import { describe, expect, test } from 'vitest';
import { buildTimeline, TIMELINE_WEEKS } from '../../../src/lib/timeline/timeline';
import { FIXTURE_TODAY, plannerStates } from '../../fixtures/planner-states';
import { contact } from '../../fixtures/planner-contacts';

const base = contact({ id: 'k', name: 'Kim', rhythm: '', added: '2026-01-01' });
const today = '2026-03-02';

describe('buildTimeline', () => {
  test('gives 12 weeks on screen and 13 on paper, each seven days from today', () => {
    const t = buildTimeline({ actions: [], contacts: [], channels: [], today, weeks: TIMELINE_WEEKS.screen });
    expect(t.weeks).toHaveLength(12);
    expect(t.weeks[0]).toMatchObject({ start: '2026-03-02', end: '2026-03-08' });
    expect(t.weeks[11]!.end).toBe('2026-05-24');
    expect(buildTimeline({ actions: [], contacts: [], channels: [], today, weeks: TIMELINE_WEEKS.paper }).weeks).toHaveLength(13);
  });

  test('puts open actions with a day into their week, overdue ones at the start, and leaves out done or undated ones', () => {
    const t = buildTimeline({
      actions: [
        { id: 'a1', title: 'Alt', due: '2026-02-20', done: false },
        { id: 'a2', title: 'Bald', due: '2026-03-10', done: false },
        { id: 'a3', title: 'Erledigt', due: '2026-03-04', done: true },
        { id: 'a4', title: 'Ohne Tag', due: '', done: false },
        { id: 'a5', title: 'Später', due: '2026-09-01', done: false },
      ],
      contacts: [],
      channels: [],
      today,
      weeks: 12,
    });
    expect(t.overdue.map((e) => e.id)).toEqual(['a1']);
    expect(t.weeks[1]!.entries.map((e) => e.id)).toEqual(['a2']);
    expect(t.weeks.flatMap((w) => w.entries)).toHaveLength(1);
  });

  test('shows each contact’s next follow-up, A before C on the same day, and overdue ones at the start', () => {
    const t = buildTimeline({
      actions: [],
      contacts: [
        { ...base, id: 'c', name: 'Cem', priority: 'C', rhythm: '1m', added: '2026-02-03' },
        { ...base, id: 'a', name: 'Zoe', priority: 'A', rhythm: '1m', added: '2026-02-03' },
        { ...base, id: 'o', name: 'Olga', rhythm: '2w', added: '2026-01-01' },
        { ...base, id: 'n', name: 'Ohne Rhythmus' },
      ],
      channels: [],
      today,
      weeks: 12,
    });
    expect(t.overdue.map((e) => e.id)).toEqual(['o']);
    expect(t.weeks[0]!.entries.map((e) => e.id)).toEqual(['a', 'c']);
  });

  test('lists birthdays given with or without a year, also across the turn of the year', () => {
    const t = buildTimeline({ actions: [], contacts: [{ ...base, id: 'x', birthday: '1988-03-05' }, { ...base, id: 'y', birthday: '01-03' }], channels: [], today: '2026-12-28', weeks: 2 });
    expect(t.weeks.flatMap((w) => w.entries.map((e) => [e.kind, e.id, e.day]))).toEqual([['birthday', 'y', '2027-01-03']]);
    const march = buildTimeline({ actions: [], contacts: [{ ...base, id: 'x', birthday: '1988-03-05' }], channels: [], today, weeks: 1 });
    expect(march.weeks[0]!.entries).toEqual([{ kind: 'birthday', day: '2026-03-05', id: 'x', name: 'Kim' }]);
  });

  test('keeps channels as recurring occasions with their rhythm, not as invented days', () => {
    const p = plannerStates.complete;
    const t = buildTimeline({ ...p, today: FIXTURE_TODAY, weeks: 12 });
    expect(t.recurring.map((c) => [c.id, c.times, c.per])).toEqual(p.channels.filter((c) => c.times > 0).map((c) => [c.id, c.times, c.per]));
  });

  test('is the same for the same input', () => {
    const p = plannerStates.complete;
    expect(buildTimeline({ ...p, today: FIXTURE_TODAY, weeks: 13 })).toEqual(buildTimeline({ ...p, today: FIXTURE_TODAY, weeks: 13 }));
  });
});
