/**
 * The result page's island: shows the result once every question is answered, otherwise says
 * what is missing. Words and the rule table come in through `texts` (HTML data, not JavaScript).
 */
import { answersDefinition } from '../../lib/questionnaire/answers-schema';
import { isComplete } from '../../lib/questionnaire/questionnaire';
import { answersStore } from '../../stores/answers-store';
import { usePersisted } from '../../stores/use-persisted';
import { StorageNotices } from '../shared/StorageNotices';
import { Result } from './Result';
import type { ErgebnisTexts } from './texts';
import { ROUTES } from '../../lib/site/routes';

export default function Ergebnis({ texts }: { texts: ErgebnisTexts }) {
  const { answers } = usePersisted(answersStore);
  return (
    <div class="selbsttest result">
      <StorageNotices keys={[answersDefinition.key]} />
      {isComplete(answers) ? (
        <Result answers={answers} texts={texts} />
      ) : (
        <p class="notice notice-warn">
          {texts.ui.notReady} <a href={ROUTES.selbsttest}>{texts.ui.notReadyLink}</a>
        </p>
      )}
    </div>
  );
}
