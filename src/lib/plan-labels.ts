/**
 * The German names of the planner's choices that the plan shows. The plan page hands them to its
 * island as props (server HTML), so the plan's script does not carry the planner's label module.
 */
import { ALARM_LABELS, CHANNEL_LABELS, GOAL_KIND_LABELS, GROUP_KIND_LABELS, LEVEL_LABELS, PERIOD_LABELS, PRIORITY_LABELS, RHYTHM_LABELS } from './planner-labels';
import type { Alarm, ChannelType, GoalKind, GroupKind, Level, Period, Priority, Rhythm } from './planner-schema';

/** The label tables the plan needs, keyed by the stored values. */
export interface PlanLabels {
  goalKinds: Readonly<Record<GoalKind, string>>;
  groupKinds: Readonly<Record<GroupKind, string>>;
  levels: Readonly<Record<Level, string>>;
  channels: Readonly<Record<ChannelType, string>>;
  periods: Readonly<Record<Period, string>>;
  rhythms: Readonly<Record<Rhythm, string>>;
  priorities: Readonly<Record<Priority, string>>;
  alarms: Readonly<Record<Alarm, string>>;
}

/** The planner's labels in the shape the plan takes them. */
export const PLAN_LABELS: PlanLabels = {
  goalKinds: GOAL_KIND_LABELS,
  groupKinds: GROUP_KIND_LABELS,
  levels: LEVEL_LABELS,
  channels: CHANNEL_LABELS,
  periods: PERIOD_LABELS,
  rhythms: RHYTHM_LABELS,
  priorities: PRIORITY_LABELS,
  alarms: ALARM_LABELS,
};
