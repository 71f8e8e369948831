import type { GroupKind, GroupLevel, TargetGroup } from '../../lib/planner/planner-schema';
import { addGroup, removeGroup, updateGroup } from '../../stores/planner';
import { DoneToggle } from './DoneToggle';
import { Field, opts, Select } from './fields';
import { AddButton, Item } from './Item';
import { usePlanner } from './use-planner';


/** „Wer – Zielgruppen“: organisations, institutions, fields or topics, the level sought and named people. */
export function GroupsSection({ kindLabels, levelLabels }: { kindLabels: Readonly<Record<GroupKind, string>>; levelLabels: Readonly<Record<GroupLevel, string>> }) {
  const kinds = opts(kindLabels);
  const levels = opts(levelLabels);
  const { groups, done } = usePlanner();
  return (
    <>
      {groups.map((g, i) => {
        const id = `gruppe-${g.id}`;
        const set = (patch: Partial<TargetGroup>) => updateGroup(g.id, patch);
        return (
          <Item key={g.id} legend={`Zielgruppe ${i + 1}`} onRemove={() => removeGroup(g.id)} addId="gruppe-neu">
            <Select id={`${id}-art`} label="Art der Zielgruppe" value={g.kind} options={kinds} onValue={(kind) => set({ kind })} />
            <Field id={`${id}-name`} label="Welche genau?" value={g.name} onValue={(name) => set({ name })} hint="Zum Beispiel „Medizintechnik-Hersteller im Raum Köln“ oder „Einkauf im Maschinenbau“." />
            <Select id={`${id}-ebene`} label="Gesuchte Hierarchieebene" value={g.level} options={levels} onValue={(level) => set({ level })} />
            <Field id={`${id}-personen`} label="Bestimmte Personen" optional rows={2} maxLength={1000} value={g.people} onValue={(people) => set({ people })} hint="Name oder Kürzel und Funktion – nur so viel, wie du für das erste Gespräch brauchst." />
          </Item>
        );
      })}
      <AddButton id="gruppe-neu" add={() => `gruppe-${addGroup()}-art`}>
        {groups.length ? 'Weitere Zielgruppe hinzufügen' : 'Zielgruppe hinzufügen'}
      </AddButton>
      <DoneToggle id="zielgruppen" done={done} />
    </>
  );
}
