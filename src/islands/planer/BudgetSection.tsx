import { channelLabel } from '../../lib/planner-labels';
import { formatHours, type BudgetResult } from '../../lib/time-budget';
import { setHoursPerMonth } from '../../stores/planner';
import { DoneToggle } from './DoneToggle';
import { CheckedField, numberCheck } from './checked-field';
import { useAnswerInputs } from './use-answer-inputs';
import { useBudget } from './use-budget';
import { usePlanner } from './use-planner';

const VERDICTS: Record<BudgetResult['status'], string> = {
  unknown: 'Trag ein, wie viele Stunden du im Monat einplanst – dann siehst du, ob dein Plan hineinpasst.',
  ok: 'Dein Plan passt in dein Zeitbudget.',
  tight: 'Dein Plan passt gerade so in dein Zeitbudget – es bleibt kaum Luft für Unvorhergesehenes.',
  over: 'Dein Plan braucht mehr Zeit, als du eingeplant hast.',
};
const hours = numberCheck(0, 200, true, true);

/** „Wann – Zeitbudget“: hours a month against what the channels and the contact care need. */
export function BudgetSection() {
  const state = usePlanner();
  const inputs = useAnswerInputs();
  const budget = useBudget(state, inputs);
  const { hoursPerMonth, channels, done } = state;
  const asked = inputs.hoursPerMonth;
  const row = (label: string, minutes: number, key = label) => (
    <tr key={key}>
      <th scope="row">{label}</th>
      <td>{formatHours(minutes)}</td>
    </tr>
  );
  return (
    <>
      <CheckedField
        id="zeit-stunden"
        label="Stunden pro Monat für dein Netzwerk"
        inputMode="decimal"
        value={hoursPerMonth}
        show={(h) => (h === null ? '' : String(h).replace('.', ','))}
        check={hours}
        onValid={setHoursPerMonth}
        hint={asked === null ? 'Zum Beispiel 8 für zwei Abendtermine im Monat.' : `Aus deinem Selbsttest: ${formatHours(asked * 60)}. Sie gelten, solange das Feld leer ist.`}
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
            {budget.lines.map((l) => row(l.id === 'kontaktpflege' ? `Kontaktpflege (${state.minutesPerFollowUp} Minuten je Nachricht oder Anruf)` : channelLabel(channels.find((c) => c.id === l.id)!), l.minutes, l.id))}
            {budget.lines.length === 0 && (
              <tr>
                <td colSpan={2}>
                  Noch nichts geplant. Wähl zuerst deine <a href="/planer/kanaele/">Kanäle</a>.
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
          <strong>{VERDICTS[budget.status]}</strong>
        </p>
        {budget.status === 'over' && <p>Er braucht rund {formatHours(budget.overMinutes)} mehr im Monat. Streich einen Kanal, triff dich seltener, gib manchen Kontakten einen lockereren Rhythmus – oder plane bewusst mehr Zeit ein.</p>}
      </div>
      <DoneToggle id="zeitbudget" done={done} />
    </>
  );
}
