/**
 * The names of the planner's choices and of the kinds of network, as the plan page hands them to
 * its island. Imported by the page (server side) and the document's tests, never by the island.
 */
import { kindWords } from '../../i18n/de/network-kinds';
import { ALARM_LABELS, CHANNEL_LABELS, CHANNEL_TEXTS, GOAL_KIND_LABELS, GROUP_KIND_LABELS, LEVEL_LABELS, PERIOD_LABELS, PRIORITY_LABELS, RHYTHM_LABELS } from '../../i18n/de/planner-choices';
import { KIND_IDS } from '../../lib/profile/network-kinds';
import type { PlanChoices } from './plan-choice-names';

export const PLAN_CHOICES: PlanChoices = {
  goalKinds: GOAL_KIND_LABELS,
  groupKinds: GROUP_KIND_LABELS,
  levels: LEVEL_LABELS,
  channels: CHANNEL_LABELS,
  periods: PERIOD_LABELS,
  rhythms: RHYTHM_LABELS,
  priorities: PRIORITY_LABELS,
  alarms: ALARM_LABELS,
  channelTexts: { typeWithName: CHANNEL_TEXTS.typeWithName, unnamedNetwork: CHANNEL_TEXTS.unnamedNetwork },
  kinds: Object.fromEntries(KIND_IDS.map((id) => [id, kindWords[id].label])) as PlanChoices['kinds'],
};
