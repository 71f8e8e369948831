import { BudgetSection } from '../BudgetSection';
import { SectionFrame } from '../SectionFrame';

/** The island of /planer/zeit/: only this section, so the page loads only its own code. */
export default function Zeit() {
  return (
    <SectionFrame>
      <BudgetSection />
    </SectionFrame>
  );
}
