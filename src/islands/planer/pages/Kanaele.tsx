import { ChannelsSection, type ChannelTexts } from '../ChannelsSection';
import { SectionFrame } from '../SectionFrame';

/** The island of /planer/kanaele/: only this section; the channel names come from the page as props. */
export default function Kanaele(props: ChannelTexts) {
  return (
    <SectionFrame>
      <ChannelsSection {...props} />
    </SectionFrame>
  );
}
