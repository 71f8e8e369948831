import { useMemo } from 'preact/hooks';
import type { PlanerTexts } from '../../i18n/de/planer';
import { TIMELINE_WEEKS } from '../../lib/timeline/timeline';
import { toolStatus } from '../../lib/plan/tool-status';
import { sectionStatuses } from '../../lib/planner/planner';
import { answersStore } from '../../stores/answers-store';
import { candidatesStore } from '../../stores/candidates-store';
import { usePersisted } from '../../stores/use-persisted';
import { Timeline, type TimelineProps } from '../shared/Timeline';
import { useLazy } from '../shared/use-lazy';
import { Overview } from './Overview';
import { SectionFrame } from './SectionFrame';
import { useAnswerInputs } from './use-answer-inputs';
import { usePlanner } from './use-planner';
import { useToday } from './use-today';

/** The words of /planer/, handed in by the page. */
export interface PlannerOverviewProps {
  texts: Pick<PlanerTexts, 'common' | 'overview' | 'due' | 'teaser'>;
  /** The timeline's words and the channels' names. */
  timeline: Pick<TimelineProps, 'texts' | 'channelNames' | 'frequency' | 'periodLabels'>;
}

/** The island of /planer/: the task list with every section's status, the tools' status and (for readers with contacts) who is due. */
export default function PlannerOverview({ texts, timeline }: PlannerOverviewProps) {
  const state = usePlanner();
  const inputs = useAnswerInputs();
  const selbsttest = usePersisted(answersStore);
  const candidates = usePersisted(candidatesStore);
  const today = useToday();
  const statuses = useMemo(() => sectionStatuses(state, inputs), [state, inputs]);
  // The due list's logic loads only for readers who have contacts.
  const teaser = useLazy(() => import('./DueTeaser'), state.contacts.length > 0);
  // The timeline is part of the page's own bundle: every reader sees it on load, so loading it
  // lazily would only fetch it in a second wave outside the byte budget (tests/browser/budgets.spec.ts).
  return (
    <SectionFrame common={texts.common}>
      <Overview texts={texts.overview} statuses={statuses} toolStatus={toolStatus(selbsttest, candidates)} />
      {today && teaser && <teaser.DueTeaser contacts={state.contacts} today={today} texts={texts.due} teaserTexts={texts.teaser} />}
      {today && <Timeline {...timeline} actions={state.actions} contacts={state.contacts} channels={state.channels} today={today} weeks={TIMELINE_WEEKS.screen} />}
    </SectionFrame>
  );
}
