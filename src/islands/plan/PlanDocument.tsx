import type { ComponentChildren } from 'preact';
import type { PlanLabels } from '../../lib/plan/plan-labels';
import type { DayCell, MissingNote, PlanModel } from '../../lib/plan/plan-model';

const Day = ({ day }: { day: DayCell | null }) => (day ? <time dateTime={day.iso}>{day.text}</time> : <>–</>);

function Section({ title, missing, children }: { title: string; missing: MissingNote | null; children: () => ComponentChildren }) {
  return (
    <section class="plan-section">
      <h2>{title}</h2>
      {missing ? (
        <p class="plan-missing">
          {missing.text} {missing.link && <a href={missing.link.href}>{missing.link.label}</a>}
        </p>
      ) : (
        children()
      )}
    </section>
  );
}

/** A table whose first column heads its row; the section's heading names it. */
function Table({ head, rows }: { head: string[]; rows: ComponentChildren[][] }) {
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, i) => (
            <tr key={i}>
              {cells.map((c, j) => (j === 0 ? <th scope="row">{c}</th> : <td>{c}</td>))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The plan as one document, section by section, built from the plan model; `words` are the tables' heads and small words. */
export function PlanDocument({ plan, words: w }: { plan: PlanModel; words: PlanLabels['texts']['document'] }) {
  const { profile, goals, groups, channels, networks, give, actions, contacts } = plan;
  const late = <strong class="late">{w.overdue}</strong>;
  return (
    <article class="plan" aria-labelledby="plan-titel">
      <p class="plan-meta">
        {plan.owner && <>{w.owner} {plan.owner} · </>}{w.date} <time dateTime={plan.date.iso}>{plan.date.text}</time>
      </p>
      <Section {...profile}>{() => <ul>{profile.lines.map((l) => <li key={l}>{l}</li>)}</ul>}</Section>
      <Section {...goals}>
        {() => <Table head={w.goals} rows={goals.rows.map((g) => [g.text || w.noGoalText, g.kind, g.measure || '–', <Day day={g.deadline} />])} />}
      </Section>
      <Section {...groups}>
        {() => <Table head={w.groups} rows={groups.rows.map((g) => [g.name || w.noGroupName, g.kind, g.level, g.people || '–'])} />}
      </Section>
      <Section {...channels}>
        {() => (
          <>
            <Table head={w.channels}
              rows={[
                ...channels.rows.map((c) => [c.label, c.frequency, c.perOccasion, c.perMonth]),
                ...(channels.care ? [[w.care, w.byRhythm, '', channels.care]] : []),
                [w.total, '', '', channels.total],
                ...(channels.budget ? [[w.budget, '', '', channels.budget]] : []),
              ]}
            />
            <p class={channels.status === 'over' ? 'verdict over' : 'verdict'}>{channels.verdict}</p>
          </>
        )}
      </Section>
      <Section {...networks}>
        {() => <Table head={w.networks} rows={networks.rows.map((n) => [n.name, n.kind, `${n.score} %`])} />}
      </Section>
      <Section {...give}>
        {() => (
          <>
            {give.intro && <p class="intro">{give.intro}</p>}
            {give.offer.length > 0 && (
              <>
                <h3>{w.offer}</h3>
                <ul>
                  {give.offer.map((o) => (
                    <li key={o}>{o}</li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </Section>
      <Section {...actions}>
        {() => (
          <Table head={w.actions}
            rows={actions.rows.map((a) => [
              a.title,
              <>
                <Day day={a.due} />
                {a.overdue && late}
              </>,
            ])}
          />
        )}
      </Section>
      <Section {...contacts}>
        {() => (
          <Table head={w.contacts}
            rows={contacts.rows.map((c) => [
              c.name,
              c.organisation || '–',
              c.priority,
              c.rhythm,
              <Day day={c.last} />,
              <>
                <Day day={c.next} />
                {c.overdue && late}
              </>,
            ])}
          />
        )}
      </Section>
    </article>
  );
}
