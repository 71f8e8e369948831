import { fill } from '../../i18n/format';
import type { SectionId } from '../../lib/planner/planner-schema';
import { setSectionDone } from '../../stores/planner';
import { useCommonTexts } from './common-texts';

/** The checkbox at the end of a section that marks it as done in the overview. */
export function DoneToggle({ id, done }: { id: SectionId; done: readonly SectionId[] }) {
  const texts = useCommonTexts();
  return (
    <div class="choice section-done">
      <input type="checkbox" id={`${id}-erledigt`} checked={done.includes(id)} onChange={(e) => setSectionDone(id, e.currentTarget.checked)} />
      <label for={`${id}-erledigt`}>{fill(texts.sectionDone, { section: texts.sections[id] })}</label>
    </div>
  );
}
