import { setIntro, setOffer } from '../../stores/planner';
import { DoneToggle } from './DoneToggle';
import { Field } from './fields';
import { useAnswerInputs } from './use-answer-inputs';
import { usePlanner } from './use-planner';

/** „Geben“: what the reader offers (the questionnaire's answer until edited) and a short self-introduction. */
export function GiveSection() {
  const { offer, intro, done } = usePlanner();
  const asked = useAnswerInputs().offer;
  return (
    <>
      <Field
        id="geben-angebot"
        label="Was du anbieten kannst"
        rows={4}
        maxLength={2000}
        value={offer ?? (asked ?? []).join('\n')}
        onValue={setOffer}
        hint={`${offer === null && asked ? 'Aus deinem Selbsttest übernommen. ' : ''}Eine Sache pro Zeile, etwa „Erfahrung mit Förderanträgen“ oder „Ich führe gern das Protokoll“.`}
      />
      <Field id="geben-vorstellung" label="So stellst du dich vor" rows={4} maxLength={1200} value={intro} onValue={setIntro} hint="Zwei, drei Sätze: was du machst und was du suchst. So kannst du dich bei jeder Gelegenheit kurz und klar vorstellen." />
      <DoneToggle id="geben" done={done} />
    </>
  );
}
