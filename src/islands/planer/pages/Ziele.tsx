import type { PlanerTexts } from '../../../i18n/de/planer';
import type { GoalKind } from '../../../lib/planner/planner-schema';
import type { SmartLexicon } from '../../../lib/planner/smart';
import { GoalsSection } from '../GoalsSection';
import { SectionFrame } from '../SectionFrame';

/** The island of /planer/ziele/: only this section; its words, the kinds of goal and the SMART check's word lists come from the page as props. */
export default function Ziele({ common, ...props }: { common: PlanerTexts['common']; texts: PlanerTexts['goals']; kindLabels: Readonly<Record<GoalKind, string>>; words: SmartLexicon }) {
  return (
    <SectionFrame common={common}>
      <GoalsSection {...props} />
    </SectionFrame>
  );
}
