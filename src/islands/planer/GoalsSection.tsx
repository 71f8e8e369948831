import type { IsoDay } from '../../lib/dates/iso-day';
import type { GoalKind, Goal } from '../../lib/planner/planner-schema';
import { smartHints } from '../../lib/planner/smart';
import { addGoal, removeGoal, updateGoal } from '../../stores/planner';
import { DoneToggle } from './DoneToggle';
import { Field, opts, Select } from './fields';
import { AddButton, Item } from './Item';
import { usePlanner } from './use-planner';
import { useToday } from './use-today';


function SmartFeedback({ goal, today }: { goal: Goal; today: IsoDay }) {
  const hints = smartHints(goal, today);
  return hints.length ? (
    <div class="smart">
      <p>So wird dein Ziel greifbarer:</p>
      <ul>
        {hints.map((h) => (
          <li key={h.criterion}>{h.message}</li>
        ))}
      </ul>
    </div>
  ) : (
    <p class="smart smart-ok">Konkret, messbar und mit Datum – so lässt sich dein Ziel überprüfen.</p>
  );
}

/** „Warum – Ziele“: goals with kind, measure and deadline, and gentle SMART hints. */
export function GoalsSection({ kindLabels }: { kindLabels: Readonly<Record<GoalKind, string>> }) {
  const kinds = opts(kindLabels);
  const { goals, done } = usePlanner();
  const today = useToday();
  return (
    <>
      {goals.map((g, i) => {
        const id = `ziel-${g.id}`;
        const set = (patch: Partial<Goal>) => updateGoal(g.id, patch);
        return (
          <Item key={g.id} legend={`Ziel ${i + 1}`} onRemove={() => removeGoal(g.id)} addId="ziel-neu">
            <Field id={`${id}-text`} label="Was willst du erreichen?" rows={2} maxLength={500} value={g.text} onValue={(text) => set({ text })} hint="Zum Beispiel: „Mit Abteilungsleitungen aus der Medizintechnik in meiner Region ins Gespräch kommen“." />
            <Select id={`${id}-art`} label="Art des Ziels" value={g.kind} options={kinds} onValue={(kind) => set({ kind })} />
            <Field id={`${id}-mass`} label="Woran misst du es?" value={g.measure} onValue={(measure) => set({ measure })} hint="Eine Zahl hilft, etwa „3 persönliche Gespräche“." />
            <Field id={`${id}-datum`} type="date" label="Bis wann?" value={g.deadline} onValue={(deadline) => set({ deadline })} />
            {today && <SmartFeedback goal={g} today={today} />}
          </Item>
        );
      })}
      <AddButton id="ziel-neu" add={() => `ziel-${addGoal()}-text`}>
        {goals.length ? 'Weiteres Ziel hinzufügen' : 'Ziel hinzufügen'}
      </AddButton>
      <DoneToggle id="ziele" done={done} />
    </>
  );
}
