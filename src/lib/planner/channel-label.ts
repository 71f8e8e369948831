/** What a channel is called: as parts (`channelLabelParts`), or in the words a page hands in (`channelName`). */
import type { ChannelType } from './planner-schema';
import { fill } from '../../i18n/format';

/**
 * How to name a channel: a named network by its name (or as unnamed), any other channel by its
 * type, with the reader's detail when there is one.
 */
export type ChannelLabelParts =
  | { code: 'type'; type: ChannelType }
  | { code: 'typeWithName'; type: ChannelType; name: string }
  | { code: 'network'; name: string }
  | { code: 'unnamedNetwork' };

/**
 * The parts of a channel's name, with the name trimmed.
 * @example channelLabelParts({ type: 'xing', name: ' Gruppe Einkauf ' }) // { code: 'typeWithName', type: 'xing', name: 'Gruppe Einkauf' }
 * @example channelLabelParts({ type: 'netzwerk', name: '' }) // { code: 'unnamedNetwork' }
 */
export function channelLabelParts(channel: { type: ChannelType; name: string }): ChannelLabelParts {
  const name = channel.name.trim();
  if (channel.type === 'netzwerk') return name ? { code: 'network', name } : { code: 'unnamedNetwork' };
  return name ? { code: 'typeWithName', type: channel.type, name } : { code: 'type', type: channel.type };
}

/** The words a channel's name is made of: the type names and one template per kind of name. */
export interface ChannelNameTexts {
  types: Readonly<Record<ChannelType, string>>;
  /** `{type}` and `{name}`, e.g. „LinkedIn: Gruppe Medizintechnik“. */
  typeWithName: string;
  unnamedNetwork: string;
}

/**
 * A channel's name in words.
 * @example channelName({ types: CHANNEL_LABELS, ...CHANNEL_TEXTS }, { type: 'xing', name: 'Gruppe Einkauf' }) // 'Xing: Gruppe Einkauf'
 */
export function channelName(texts: ChannelNameTexts, channel: { type: ChannelType; name: string }): string {
  const parts = channelLabelParts(channel);
  switch (parts.code) {
    case 'type':
      return texts.types[parts.type];
    case 'typeWithName':
      return fill(texts.typeWithName, { type: texts.types[parts.type], name: parts.name });
    case 'network':
      return parts.name;
    case 'unnamedNetwork':
      return texts.unnamedNetwork;
  }
}

