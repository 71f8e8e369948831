import type { PlanerTexts } from '../../../i18n/de/planer';
import { BudgetSection, type BudgetProps } from '../BudgetSection';
import { SectionFrame } from '../SectionFrame';

/** The island of /planer/zeit/: only this section; its words come from the page as props. */
export default function Zeit({ common, ...props }: BudgetProps & { common: PlanerTexts['common'] }) {
  return (
    <SectionFrame common={common}>
      <BudgetSection {...props} />
    </SectionFrame>
  );
}
