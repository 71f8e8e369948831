import { useMemo } from 'preact/hooks';
import type { TimelineTexts } from '../../i18n/de/timeline';
import { fill, formatDay, plural } from '../../i18n/format';
import type { IsoDay } from '../../lib/dates/iso-day';
import { channelName, type ChannelNameTexts } from '../../lib/planner/channel-label';
import type { Period } from '../../lib/planner/planner-schema';
import { buildTimeline, type TimelineEntry } from '../../lib/timeline/timeline';

export interface TimelineProps {
  actions: Parameters<typeof buildTimeline>[0]['actions'];
  contacts: Parameters<typeof buildTimeline>[0]['contacts'];
  channels: Parameters<typeof buildTimeline>[0]['channels'];
  today: IsoDay;
  weeks: number;
  texts: TimelineTexts;
  channelNames: ChannelNameTexts;
  /** `{times} × {period}` and the periods' names. */
  frequency: string;
  periodLabels: Readonly<Record<Period, string>>;
  /** Heading level: 2 on the overview, 3 inside a plan section. */
  level?: 2 | 3;
}

/** The next weeks as a list grouped by week, overdue first and the channels' rhythm beside them; built by `buildTimeline`. */
export function Timeline({ actions, contacts, channels, today, weeks, texts, channelNames, frequency, periodLabels, level = 2 }: TimelineProps) {
  const t = useMemo(() => buildTimeline({ actions, contacts, channels, today, weeks }), [actions, contacts, channels, today, weeks]);
  const H = level === 2 ? 'h2' : 'h3';
  const Sub = level === 2 ? 'h3' : 'h4';
  const line = (e: TimelineEntry) =>
    fill(texts.entry, {
      day: formatDay(e.day, 'short'),
      text: e.kind === 'action' ? fill(texts.action, { title: e.title }) : e.kind === 'followUp' ? fill(texts.followUp, { name: e.name, priority: e.priority }) : fill(texts.birthday, { name: e.name }),
    });
  const list = (entries: TimelineEntry[]) => (
    <ul class="timeline-list">
      {entries.map((e) => (
        <li key={`${e.kind}-${e.id}`} class={`timeline-${e.kind}`}>
          {line(e)}
        </li>
      ))}
    </ul>
  );
  const any = t.overdue.length > 0 || t.weeks.some((w) => w.entries.length > 0);
  return (
    <section class="timeline" aria-labelledby="zeitleiste-titel">
      <H id="zeitleiste-titel">{plural(texts.title, weeks, { n: weeks })}</H>
      {!any && <p>{texts.nothing}</p>}
      {t.overdue.length > 0 && (
        <>
          <Sub class="overdue-text">{texts.overdue}</Sub>
          {list(t.overdue)}
        </>
      )}
      {any && (
        <ol class="timeline-weeks">
          {t.weeks.map((w) => (
            <li key={w.start}>
              <Sub>{fill(texts.week, { start: formatDay(w.start, 'short'), end: formatDay(w.end, 'short') })}</Sub>
              {w.entries.length ? (
                list(w.entries)
              ) : (
                <p class="muted">{texts.emptyWeek}</p>
              )}
            </li>
          ))}
        </ol>
      )}
      {t.recurring.length > 0 && (
        <>
          <Sub>{texts.recurring}</Sub>
          <ul class="timeline-list">
            {t.recurring.map((c) => (
              <li key={c.id}>{fill(texts.channel, { channel: channelName(channelNames, c), frequency: fill(frequency, { times: c.times, period: periodLabels[c.per] }) })}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
