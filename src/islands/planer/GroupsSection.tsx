import type { PlanerTexts } from '../../i18n/de/planer';
import { fill } from '../../i18n/format';
import { PLANNER_LIMITS, type GroupKind, type GroupLevel, type TargetGroup } from '../../lib/planner/planner-schema';
import { addGroup, removeWithUndo, updateGroup } from '../../stores/planner';
import { DoneToggle } from './DoneToggle';
import { Field, opts, Select } from './fields';
import { AddButton, Item } from './Item';
import { useCommonTexts } from './common-texts';
import { withDuplicate } from './duplicate-hint';
import { usePlanner } from './use-planner';

/** The words of the target groups' section and the names of their choices, handed in by the page. */
export interface GroupsProps {
  texts: PlanerTexts['groups'];
  kindLabels: Readonly<Record<GroupKind, string>>;
  levelLabels: Readonly<Record<GroupLevel, string>>;
}

/** „Wer – Zielgruppen“: organisations, institutions, fields or topics, the level sought and named people. */
export function GroupsSection({ texts, kindLabels, levelLabels }: GroupsProps) {
  const kinds = opts(kindLabels);
  const levels = opts(levelLabels);
  const { groups, done } = usePlanner();
  const common = useCommonTexts();
  return (
    <>
      {groups.map((g, i) => {
        const id = `gruppe-${g.id}`;
        const set = (patch: Partial<TargetGroup>) => updateGroup(g.id, patch);
        return (
          <Item key={g.id} legend={fill(texts.legend, { n: i + 1 })} onRemove={(label) => removeWithUndo('groups', g.id, label, `${id}-art`)}>
            <Select id={`${id}-art`} label={texts.kind} value={g.kind} options={kinds} onValue={(kind) => set({ kind })} />
            <Field id={`${id}-name`} label={texts.name} maxLength={PLANNER_LIMITS.group.name} value={g.name} onValue={(name) => set({ name })} hint={withDuplicate(texts.nameHint, g.name, groups, g.id, common.duplicateName)} />
            <Select id={`${id}-ebene`} label={texts.level} value={g.level} options={levels} onValue={(level) => set({ level })} />
            <Field id={`${id}-personen`} label={texts.people} optional rows={2} maxLength={PLANNER_LIMITS.group.people} value={g.people} onValue={(people) => set({ people })} hint={texts.peopleHint} />
          </Item>
        );
      })}
      <AddButton id="gruppe-neu" add={() => `gruppe-${addGroup()}-art`}>
        {groups.length ? texts.addMore : texts.add}
      </AddButton>
      <DoneToggle id="zielgruppen" done={done} />
    </>
  );
}
