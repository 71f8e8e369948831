import { useMemo } from 'preact/hooks';
import { toolStatus } from '../../lib/tool-status';
import { sectionStatuses } from '../../lib/planner';
import { answersStore } from '../../stores/answers-store';
import { candidatesStore } from '../../stores/candidates';
import { usePersisted } from '../../stores/use-persisted';
import { DueTeaser } from './DueTeaser';
import { Overview, type ToolAvailability } from './Overview';
import { SectionFrame } from './SectionFrame';
import { useAnswerInputs } from './use-answer-inputs';
import { usePlanner } from './use-planner';
import { useToday } from './use-today';

/** The island of /planer/: the task list with every section's status, the tools' status and the due contacts. */
export default function PlannerOverview({ tools }: { tools: ToolAvailability }) {
  const state = usePlanner();
  const inputs = useAnswerInputs();
  const selbsttest = usePersisted(answersStore);
  const candidates = usePersisted(candidatesStore);
  const today = useToday();
  const statuses = useMemo(() => sectionStatuses(state, inputs), [state, inputs]);
  return (
    <SectionFrame>
      <Overview statuses={statuses} tools={tools} toolStatus={toolStatus(selbsttest, candidates)} />
      {today && <DueTeaser contacts={state.contacts} today={today} />}
    </SectionFrame>
  );
}
