import { channelLabelFrom } from '../../lib/planner/channel-label';
import { hoursPerMonth } from '../../lib/questionnaire/hours';
import type { ChannelType } from '../../lib/planner/planner-schema';
import { answersStore } from '../../stores/answers-store';
import { usePersisted } from '../../stores/use-persisted';
import type { BudgetResult } from '../../lib/planner/time-budget';
import { setHoursPerMonth } from '../../stores/planner';
import { DoneToggle } from './DoneToggle';
import { CheckedField, numberCheck } from './checked-field';
import { useBudget } from './use-budget';
import { usePlanner } from './use-planner';
import { PLANNER_SECTION_ROUTES } from '../../lib/site/routes';
import { formatHours, formatMinutes } from '../../i18n/units';

const hours = numberCheck(0, 200, true, true);

/**
 * „Wann – Zeitbudget“: hours a month (the questionnaire's until the reader sets their own) against
 * what the channels and the contact care need. The channel names come from the page as props.
 */
export interface BudgetTexts {
  channelLabels: Readonly<Record<ChannelType, string>>;
  /** One sentence per budget status. */
  verdicts: Readonly<Record<BudgetResult['status'], string>>;
  /** What to do when the plan needs more time than planned (after „Er braucht rund … mehr im Monat.“). */
  overAdvice: string;
}

export function BudgetSection({ channelLabels, verdicts, overAdvice }: BudgetTexts) {
  const state = usePlanner();
  const asked = hoursPerMonth(usePersisted(answersStore).answers);
  const budget = useBudget(state, { hoursPerMonth: asked });
  const { channels, done } = state;
  const row = (label: string, minutes: number, key = label) => (
    <tr key={key}>
      <th scope="row">{label}</th>
      <td>{formatMinutes(minutes)}</td>
    </tr>
  );
  return (
    <>
      <CheckedField
        id="zeit-stunden"
        label="Stunden pro Monat für dein Netzwerk"
        inputMode="decimal"
        value={state.hoursPerMonth}
        show={(h) => (h === null ? '' : String(h).replace('.', ','))}
        check={hours}
        onValid={setHoursPerMonth}
        hint={asked === null ? 'Zum Beispiel 8 für zwei Abendtermine im Monat.' : `Aus deinem Selbsttest: ${formatHours(asked)}. Sie gelten, solange das Feld leer ist.`}
      />
      <div class="table-wrap">
        <table>
          <caption>Was dein Plan im Monat braucht</caption>
          <thead>
            <tr>
              <th scope="col">Wofür</th>
              <th scope="col">Zeit im Monat</th>
            </tr>
          </thead>
          <tbody>
            {budget.lines.map((l) => row(l.id === 'kontaktpflege' ? `Kontaktpflege (${state.minutesPerFollowUp} Minuten je Nachricht oder Anruf)` : channelLabelFrom(channelLabels, channels.find((c) => c.id === l.id)!), l.minutes, l.id))}
            {budget.lines.length === 0 && (
              <tr>
                <td colSpan={2}>
                  Noch nichts geplant. Wähl zuerst deine <a href={PLANNER_SECTION_ROUTES.kanaele}>Kanäle</a>.
                </td>
              </tr>
            )}
          </tbody>
          <tfoot>
            {row('Zusammen', budget.neededMinutes)}
            {budget.budgetMinutes !== null && row('Dein Budget', budget.budgetMinutes)}
          </tfoot>
        </table>
      </div>
      <div class={budget.status === 'over' ? 'notice notice-warn' : 'notice'}>
        <p role="status">
          <strong>{verdicts[budget.status]}</strong>
        </p>
        {budget.status === 'over' && <p>Er braucht rund {formatMinutes(budget.overMinutes)} mehr im Monat. {overAdvice}</p>}
      </div>
      <DoneToggle id="zeitbudget" done={done} />
    </>
  );
}
