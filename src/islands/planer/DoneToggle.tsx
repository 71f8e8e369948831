import { SECTION_LABELS } from '../../lib/planner/planner-sections';
import type { SectionId } from '../../lib/planner/planner-schema';
import { setSectionDone } from '../../stores/planner';

/** The checkbox at the end of a section that marks it as done in the overview. */
export function DoneToggle({ id, done }: { id: SectionId; done: readonly SectionId[] }) {
  return (
    <div class="choice section-done">
      <input type="checkbox" id={`${id}-erledigt`} checked={done.includes(id)} onChange={(e) => setSectionDone(id, e.currentTarget.checked)} />
      <label for={`${id}-erledigt`}>Abschnitt „{SECTION_LABELS[id]}“ ist erledigt</label>
    </div>
  );
}
