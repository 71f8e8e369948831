import type { SectionStatus } from '../../lib/plan/plan-inputs';
import { SECTION_LABELS, STATUS_LABELS, sectionHref } from '../../lib/planner/planner-sections';
import { SECTION_IDS, type SectionId } from '../../lib/planner/planner-schema';
import { ROUTES } from '../../lib/site/routes';

interface Props {
  statuses: Record<SectionId, SectionStatus>;
  toolStatus: { selbsttest: SectionStatus; 'netzwerk-check': SectionStatus };
}

function Task({ href, label, status }: { href: string; label: string; status: SectionStatus }) {
  return (
    <li>
      <a href={href}>{label}</a> <strong class={`status-tag status-${status}`}>{STATUS_LABELS[status]}</strong>
    </li>
  );
}

/** The task list (GOV.UK pattern): every section's page and the tools that feed the plan, with their status. */
export function Overview({ statuses, toolStatus }: Props) {
  const done = SECTION_IDS.filter((id) => statuses[id] === 'done').length;
  return (
    <nav class="card overview" aria-labelledby="uebersicht-titel">
      <h2 id="uebersicht-titel">Dein Fahrplan</h2>
      <p>
        {done} von {SECTION_IDS.length} Abschnitten erledigt. Du kannst in beliebiger Reihenfolge arbeiten – alles wird sofort in diesem Browser gespeichert.
      </p>
      {(
        <>
          <h3>Vorarbeit</h3>
          <ul class="task-list">
            {<Task href={ROUTES.selbsttest} label="Selbsttest: dein ideales Netzwerk" status={toolStatus.selbsttest} />}
            {<Task href={ROUTES.netzwerkCheck} label="Netzwerk-Check: echte Netzwerke vergleichen" status={toolStatus['netzwerk-check']} />}
          </ul>
        </>
      )}
      <h3>Dein Plan</h3>
      <ol class="task-list">
        {SECTION_IDS.map((id) => (
          <Task key={id} href={sectionHref(id)} label={SECTION_LABELS[id]} status={statuses[id]} />
        ))}
      </ol>
      <p class="overview-result">
        Fertig? <a href={ROUTES.plan}>Sieh dir deinen Plan an</a> – zum Drucken und als Kalenderdatei.
      </p>
    </nav>
  );
}
