import { BudgetSection, type BudgetTexts } from '../BudgetSection';
import { SectionFrame } from '../SectionFrame';

/** The island of /planer/zeit/: only this section; its words come from the page as props. */
export default function Zeit(props: BudgetTexts) {
  return (
    <SectionFrame>
      <BudgetSection {...props} />
    </SectionFrame>
  );
}
