import { useMemo } from 'preact/hooks';
import { answerInputs } from '../../lib/planner/answer-inputs';
import type { AnswerInputs } from '../../lib/planner/answer-inputs';
import { optionLabels } from '../../i18n/de/options';
import { answersStore } from '../../stores/answers-store';
import { usePersisted } from '../../stores/use-persisted';

/** Hours a month and offer from the questionnaire (null while unanswered), for the sections that use them. */
export function useAnswerInputs(): AnswerInputs {
  const { answers } = usePersisted(answersStore);
  return useMemo(() => answerInputs(answers, optionLabels), [answers]);
}
