import type { ChannelNameTexts } from '../../lib/planner/channel-label';
import type { Alarm, ChannelType, GoalKind, GroupKind, GroupLevel, Period, Priority, Rhythm } from '../../lib/planner/planner-schema';
import type { KindId } from '../../lib/profile/network-kinds';

/** The names of the planner's choices and of the kinds of network, keyed by the stored values; the page hands them in. */
export interface PlanChoices {
  goalKinds: Readonly<Record<GoalKind, string>>;
  groupKinds: Readonly<Record<GroupKind, string>>;
  levels: Readonly<Record<GroupLevel, string>>;
  channels: Readonly<Record<ChannelType, string>>;
  periods: Readonly<Record<Period, string>>;
  rhythms: Readonly<Record<Rhythm, string>>;
  priorities: Readonly<Record<Priority, string>>;
  alarms: Readonly<Record<Alarm, string>>;
  /** How a channel with a name of its own is written. */
  channelTexts: Omit<ChannelNameTexts, 'types'>;
  /** Short names of the kinds of network („Alumni-Gruppe“). */
  kinds: Readonly<Record<KindId, string>>;
}
