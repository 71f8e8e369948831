import type { PlanerTexts } from '../../../i18n/de/planer';
import { GroupsSection, type GroupsProps } from '../GroupsSection';
import { SectionFrame } from '../SectionFrame';

/** The island of /planer/zielgruppen/: only this section; its words and choices come from the page as props. */
export default function Zielgruppen({ common, ...props }: GroupsProps & { common: PlanerTexts['common'] }) {
  return (
    <SectionFrame common={common}>
      <GroupsSection {...props} />
    </SectionFrame>
  );
}
