import type { PlanerTexts } from '../../i18n/de/planer';
import { fill } from '../../i18n/format';
import type { IsoDay } from '../../lib/dates/iso-day';
import { PLANNER_LIMITS, type Goal, type GoalKind } from '../../lib/planner/planner-schema';
import { smartHints, type SmartLexicon } from '../../lib/planner/smart';
import { addGoal, removeWithUndo, updateGoal } from '../../stores/planner';
import { DoneToggle } from './DoneToggle';
import { Field, opts, Select } from './fields';
import { AddButton, Item } from './Item';
import { useCommonTexts } from './common-texts';
import { withDuplicate } from './duplicate-hint';
import { usePlanner } from './use-planner';
import { useToday } from './use-today';

type Texts = PlanerTexts['goals'];

function SmartFeedback({ goal, today, texts, words }: { goal: Goal; today: IsoDay; texts: Texts; words: SmartLexicon }) {
  const hints = smartHints(goal, today, words);
  return hints.length ? (
    <div class="smart" id={`ziel-${goal.id}-smart`}>
      <p>{texts.smartIntro}</p>
      <ul>
        {hints.map((h) => (
          <li key={h.criterion} data-code={h.code}>{fill(texts.smart[h.code], { word: h.word ?? '' })}</li>
        ))}
      </ul>
    </div>
  ) : (
    <p class="smart smart-ok" id={`ziel-${goal.id}-smart`}>{texts.smartOk}</p>
  );
}

/** „Warum – Ziele“: goals with kind, measure and deadline, and gentle SMART hints (`words`: the words the check looks for, from the page). */
export function GoalsSection({ texts, kindLabels, words }: { texts: Texts; kindLabels: Readonly<Record<GoalKind, string>>; words: SmartLexicon }) {
  const kinds = opts(kindLabels);
  const { goals, done } = usePlanner();
  const common = useCommonTexts();
  const named = goals.map((x) => ({ id: x.id, name: x.text }));
  const today = useToday();
  return (
    <>
      {goals.map((g, i) => {
        const id = `ziel-${g.id}`;
        const set = (patch: Partial<Goal>) => updateGoal(g.id, patch);
        return (
          <Item key={g.id} legend={fill(texts.legend, { n: i + 1 })} onRemove={(label) => removeWithUndo('goals', g.id, label, `${id}-text`)}>
            <Field id={`${id}-text`} label={texts.text} rows={2} maxLength={PLANNER_LIMITS.goal.text} value={g.text} onValue={(text) => set({ text })} hint={withDuplicate(texts.textHint, g.text, named, g.id, common.duplicateName)} />
            <Select id={`${id}-art`} label={texts.kind} value={g.kind} options={kinds} onValue={(kind) => set({ kind })} />
            <Field id={`${id}-mass`} label={texts.measure} maxLength={PLANNER_LIMITS.goal.measure} value={g.measure} onValue={(measure) => set({ measure })} hint={texts.measureHint} />
            <Field id={`${id}-datum`} type="date" label={texts.deadline} value={g.deadline} onValue={(deadline) => set({ deadline })} />
            {today && <SmartFeedback goal={g} today={today} texts={texts} words={words} />}
          </Item>
        );
      })}
      <AddButton id="ziel-neu" add={() => `ziel-${addGoal()}-text`}>
        {goals.length ? texts.addMore : texts.add}
      </AddButton>
      <DoneToggle id="ziele" done={done} />
    </>
  );
}
