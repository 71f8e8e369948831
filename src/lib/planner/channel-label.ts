/** A channel's display name from given type labels, for pages that receive the labels as props. */
import type { ChannelType } from './planner-schema';

/**
 * The name to show for a channel: the network's name for a named network, else its type (from `labels`).
 * @example channelLabelFrom(CHANNEL_LABELS, { type: 'xing', name: '' }) // 'Xing'
 */
export function channelLabelFrom(labels: Readonly<Record<ChannelType, string>>, channel: { type: ChannelType; name: string }): string {
  const name = channel.name.trim();
  if (channel.type === 'netzwerk') return name || 'Netzwerk ohne Namen';
  return name ? `${labels[channel.type]}: ${name}` : labels[channel.type];
}
