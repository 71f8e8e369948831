import type { PlanerTexts } from '../../i18n/de/planer';
import { offerField } from '../../lib/planner/planner';
import { PLANNER_LIMITS } from '../../lib/planner/planner-schema';
import { setIntro, setOffer } from '../../stores/planner';
import { DoneToggle } from './DoneToggle';
import { Field } from './fields';
import { useAnswerInputs } from './use-answer-inputs';
import { usePlanner } from './use-planner';

/** „Geben“: what the reader offers (the questionnaire's answer until edited) and a short self-introduction. */
export function GiveSection({ texts }: { texts: PlanerTexts['give'] }) {
  const { offer, intro, done } = usePlanner();
  const shown = offerField(offer, useAnswerInputs().offer);
  return (
    <>
      <Field
        id="geben-angebot"
        label={texts.offer}
        rows={4}
        maxLength={PLANNER_LIMITS.offer}
        value={shown.text}
        onValue={setOffer}
        hint={shown.fromTest ? texts.offerHintFromTest : texts.offerHint}
      />
      <Field id="geben-vorstellung" label={texts.intro} rows={4} maxLength={PLANNER_LIMITS.intro} value={intro} onValue={setIntro} hint={texts.introHint} />
      <DoneToggle id="geben" done={done} />
    </>
  );
}
