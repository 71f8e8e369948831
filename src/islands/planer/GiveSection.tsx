import { introHints } from '../../lib/planner';
import { setIntro, setOffer } from '../../stores/planner';
import { DoneToggle } from './DoneToggle';
import { Field } from './fields';
import { usePlanInputs, usePlanner } from './use-planner';

/** „Geben“: what the reader offers and a short self-introduction. */
export function GiveSection() {
  const { offer, intro, done } = usePlanner();
  const asked = usePlanInputs().offer;
  const hints = introHints(intro);
  return (
    <>
      <Field
        id="geben-angebot"
        label="Was du anbieten kannst"
        rows={4}
        maxLength={2000}
        value={offer ?? (asked ?? []).join('\n')}
        onValue={setOffer}
        hint={`${offer === null && asked ? 'Übernommen aus deinem Selbsttest – ändere es nach Belieben. ' : ''}Eine Sache pro Zeile, zum Beispiel „Erfahrung mit Förderanträgen“ oder „Ich führe gern das Protokoll“.`}
      />
      <Field id="geben-vorstellung" label="So stellst du dich vor" rows={4} maxLength={1200} value={intro} onValue={setIntro} hint="Zwei oder drei Sätze: was du machst und was du suchst." />
      {hints.length > 0 && (
        <ul class="smart">
          {hints.map((h) => (
            <li key={h}>{h}</li>
          ))}
        </ul>
      )}
      <DoneToggle id="geben" done={done} />
    </>
  );
}
