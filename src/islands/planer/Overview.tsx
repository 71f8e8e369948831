import type { PlanerTexts } from '../../i18n/de/planer';
import { fill } from '../../i18n/format';
import type { SectionStatus } from '../../lib/plan/plan-inputs';
import { sectionHref } from '../../lib/planner/planner-sections';
import { SECTION_IDS, type SectionId } from '../../lib/planner/planner-schema';
import { ROUTES } from '../../lib/site/routes';
import { useCommonTexts } from './common-texts';
import { rich } from './rich';

interface Props {
  texts: PlanerTexts['overview'];
  statuses: Record<SectionId, SectionStatus>;
  toolStatus: { selbsttest: SectionStatus; 'netzwerk-check': SectionStatus };
}

function Task({ href, label, status, texts }: { href: string; label: string; status: SectionStatus; texts: PlanerTexts['overview'] }) {
  return (
    <li>
      <a href={href}>{label}</a> <strong class={`status-tag status-${status}`}>{texts.statuses[status]}</strong>
    </li>
  );
}

/** The task list (GOV.UK pattern): every section's page and the tools that feed the plan, with their status. */
export function Overview({ texts, statuses, toolStatus }: Props) {
  const { sections } = useCommonTexts();
  const done = SECTION_IDS.filter((id) => statuses[id] === 'done').length;
  return (
    <nav class="card overview" aria-labelledby="uebersicht-titel">
      <h2 id="uebersicht-titel">{texts.taskList}</h2>
      <p>{fill(texts.progress, { done, total: SECTION_IDS.length })}</p>
      <h3>{texts.tools}</h3>
      <ul class="task-list">
        <Task href={ROUTES.selbsttest} label={texts.selbsttest} status={toolStatus.selbsttest} texts={texts} />
        <Task href={ROUTES.netzwerkCheck} label={texts.netzwerkCheck} status={toolStatus['netzwerk-check']} texts={texts} />
      </ul>
      <h3>{texts.plan}</h3>
      <ol class="task-list">
        {SECTION_IDS.map((id) => (
          <Task key={id} href={sectionHref(id)} label={sections[id]} status={statuses[id]} texts={texts} />
        ))}
      </ol>
      <p class="overview-result">{rich(texts.result, { link: <a href={ROUTES.plan}>{texts.resultLink}</a> })}</p>
    </nav>
  );
}
