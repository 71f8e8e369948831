import type { ComponentChildren } from 'preact';
import { SECTION_LABELS } from '../../lib/planner-labels';
import type { SectionId } from '../../lib/planner-schema';
import { ActionsSection } from './ActionsSection';
import { BudgetSection } from './BudgetSection';
import { ChannelsSection } from './ChannelsSection';
import { ContactsSection } from './ContactsSection';
import { GiveSection } from './GiveSection';
import { GoalsSection } from './GoalsSection';
import { GroupsSection } from './GroupsSection';
import type { ToolAvailability } from './Overview';
import { PlannerTop } from './PlannerTop';

const SECTIONS: [SectionId, () => ComponentChildren][] = [
  ['ziele', GoalsSection],
  ['zielgruppen', GroupsSection],
  ['kanaele', ChannelsSection],
  ['zeitbudget', BudgetSection],
  ['geben', GiveSection],
  ['aktionen', ActionsSection],
  ['kontakte', ContactsSection],
];

/**
 * The goal planner as one island. The introduction of each section comes from the page as a slot
 * (`ziele`, `zielgruppen` …), so that static text stays HTML.
 */
export default function PlannerApp(props: { tools: ToolAvailability } & Partial<Record<SectionId, ComponentChildren>>) {
  return (
    <div class="planner">
      <PlannerTop tools={props.tools} />
      {SECTIONS.map(([id, Content]) => (
        <section key={id} id={id} class="planner-section" aria-labelledby={`${id}-titel`}>
          <h2 id={`${id}-titel`}>{SECTION_LABELS[id]}</h2>
          <div class="hint section-intro">{props[id]}</div>
          <Content />
        </section>
      ))}
    </div>
  );
}
