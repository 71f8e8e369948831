import type { PlanerTexts } from '../../../i18n/de/planer';
import { ChannelsSection, type ChannelsProps } from '../ChannelsSection';
import { SectionFrame } from '../SectionFrame';

/** The island of /planer/kanaele/: only this section; its words and the channels' names come from the page. */
export default function Kanaele({ common, ...props }: ChannelsProps & { common: PlanerTexts['common'] }) {
  return (
    <SectionFrame common={common}>
      <ChannelsSection {...props} />
    </SectionFrame>
  );
}
