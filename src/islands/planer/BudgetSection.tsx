import type { PlanerTexts } from '../../i18n/de/planer';
import { fill, formatNumber, plural } from '../../i18n/format';
import { formatHours, formatMinutes } from '../../i18n/units';
import { channelName, type ChannelNameTexts } from '../../lib/planner/channel-label';
import { NUMBER_RANGES } from '../../lib/planner/input-checks';
import { hoursPerMonth } from '../../lib/questionnaire/hours';
import { PLANNER_SECTION_ROUTES } from '../../lib/site/routes';
import { answersStore } from '../../stores/answers-store';
import { setHoursPerMonth } from '../../stores/planner';
import { usePersisted } from '../../stores/use-persisted';
import { CheckedField, numberCheck } from './checked-field';
import { useCommonTexts } from './common-texts';
import { DoneToggle } from './DoneToggle';
import { rich } from './rich';
import { useBudget } from './use-budget';
import { usePlanner } from './use-planner';

/** The words of the time budget and the channels' names, handed in by the page. */
export interface BudgetProps {
  texts: PlanerTexts['budget'];
  channelNames: ChannelNameTexts;
}

/** Hours as the field shows them: decimals with the locale's comma, no grouping. */
const showHours = (h: number | null) => (h === null ? '' : formatNumber(h, { maximumFractionDigits: 20, useGrouping: false }));

/**
 * „Wann – Zeitbudget“: hours a month (the questionnaire's until the reader sets their own) against
 * what the channels and the contact care need.
 */
export function BudgetSection({ texts, channelNames }: BudgetProps) {
  const common = useCommonTexts();
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
  const lineLabel = (id: string) => (id === 'kontaktpflege' ? plural(texts.care, state.minutesPerFollowUp) : channelName(channelNames, channels.find((c) => c.id === id)!));
  return (
    <>
      <CheckedField
        id="zeit-stunden"
        label={texts.hours}
        inputMode="decimal"
        value={state.hoursPerMonth}
        show={showHours}
        check={numberCheck(NUMBER_RANGES.hoursPerMonth, common.numbers)}
        onValid={setHoursPerMonth}
        hint={asked === null ? texts.hoursHint : fill(texts.hoursFromTest, { hours: formatHours(asked) })}
      />
      <div class="table-wrap">
        <table>
          <caption>{texts.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{texts.what}</th>
              <th scope="col">{texts.time}</th>
            </tr>
          </thead>
          <tbody>
            {budget.lines.map((l) => row(lineLabel(l.id), l.minutes, l.id))}
            {budget.lines.length === 0 && (
              <tr>
                <td colSpan={2}>{rich(texts.empty, { link: <a href={PLANNER_SECTION_ROUTES.kanaele}>{texts.emptyLink}</a> })}</td>
              </tr>
            )}
          </tbody>
          <tfoot>
            {row(texts.total, budget.neededMinutes)}
            {budget.budgetMinutes !== null && row(texts.yours, budget.budgetMinutes)}
          </tfoot>
        </table>
      </div>
      <div class={budget.status === 'over' ? 'notice notice-warn' : 'notice'}>
        <p role="status">
          <strong>{texts.verdicts[budget.status]}</strong>
        </p>
        {budget.status === 'over' && <p>{fill(texts.overAdvice, { time: formatMinutes(budget.overMinutes) })}</p>}
      </div>
      <DoneToggle id="zeitbudget" done={done} />
    </>
  );
}
