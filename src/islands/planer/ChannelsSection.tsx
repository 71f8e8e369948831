import type { PlanerTexts } from '../../i18n/de/planer';
import { fill } from '../../i18n/format';
import { formatMinutes } from '../../i18n/units';
import { channelName, type ChannelNameTexts } from '../../lib/planner/channel-label';
import { NUMBER_RANGES } from '../../lib/planner/input-checks';
import { CHANNEL_TYPES, PLANNER_LIMITS, type Channel, type Period } from '../../lib/planner/planner-schema';
import { channelMinutesPerMonth } from '../../lib/planner/time-budget';
import { PLANNER_SECTION_ROUTES } from '../../lib/site/routes';
import { addChannel, removeWithUndo, updateChannel } from '../../stores/planner';
import { announce } from './announce';
import { useLazy } from '../shared/use-lazy';
import { CheckedField, numberCheck } from './checked-field';
import { useCommonTexts } from './common-texts';
import { DoneToggle } from './DoneToggle';
import { Field, opts, Select } from './fields';
import { AddButton, Item } from './Item';
import { rich } from './rich';
import { withDuplicate } from './duplicate-hint';
import { usePlanner } from './use-planner';

/** The words of the channels' section and the names of channels and periods, handed in by the page. */
export interface ChannelsProps {
  texts: PlanerTexts['channels'];
  channelNames: ChannelNameTexts;
  periodLabels: Readonly<Record<Period, string>>;
}

type Check = ReturnType<typeof numberCheck>;

/** Name, frequency and time per occasion of one channel, and what that makes per month. */
function ChannelFields({ channel: c, suggest, others = [], periods, texts, checks }: { channel: Channel; suggest?: boolean; others?: readonly Channel[]; periods: [Period, string][]; texts: PlanerTexts['channels']; checks: { times: Check; minutes: Check } }) {
  const id = `kanal-${c.id}`;
  const named = c.type === 'netzwerk';
  const duplicateText = useCommonTexts().duplicateName;
  const set = (patch: Partial<Channel>) => updateChannel(c.id, patch);
  return (
    <>
      {named && <Field id={`${id}-name`} label={texts.networkName} maxLength={PLANNER_LIMITS.channel.name} list={suggest ? 'kandidaten' : undefined} value={c.name} onValue={(name) => set({ name })} hint={withDuplicate(undefined, c.name, others, c.id, duplicateText)} />}
      <div class="inline-fields">
        <CheckedField id={`${id}-anzahl`} label={texts.times} inputMode="numeric" value={c.times} show={String} check={checks.times} onValid={(n) => set({ times: n ?? 0 })} />
        <Select id={`${id}-zeitraum`} label={texts.period} value={c.per} options={periods} onValue={(per) => set({ per })} />
        <CheckedField id={`${id}-minuten`} label={texts.minutes} inputMode="numeric" value={c.minutes} show={String} check={checks.minutes} onValid={(n) => set({ minutes: n ?? 0 })} />
      </div>
      <p class="channel-sum">{fill(texts.perMonth, { time: formatMinutes(channelMinutesPerMonth(c)) })}</p>
    </>
  );
}

/** „Wo und wie – Kanäle“: which channels, how often and how long each time. */
export function ChannelsSection({ texts, channelNames, periodLabels }: ChannelsProps) {
  const common = useCommonTexts();
  const checks = { times: numberCheck(NUMBER_RANGES.channelTimes, common.numbers), minutes: numberCheck(NUMBER_RANGES.channelMinutes, common.numbers) };
  const periods = opts(periodLabels);
  const label = (c: Channel) => channelName(channelNames, c);
  const { channels, done } = usePlanner();
  const networks = channels.filter((c) => c.type === 'netzwerk');
  // The networks from the network check are offered as names, loaded once a network is on the list.
  const suggestions = useLazy(() => import('./CandidateOptions'), networks.length > 0);
  const total = channels.reduce((sum, c) => sum + channelMinutesPerMonth(c), 0);

  return (
    <>
      <fieldset>
        <legend>{texts.yours}</legend>
        <div class="choices">
          {/* every type but the last, „netzwerk“, which has a list of its own */}
          {CHANNEL_TYPES.slice(0, -1).map((type) => {
            const channel = channels.find((c) => c.type === type);
            return (
              <div key={type}>
                <div class="choice">
                  <input type="checkbox" id={`kanal-typ-${type}`} checked={!!channel} onChange={() => {
                      if (!channel) {
                        addChannel(type);
                        return;
                      }
                      // Unticking drops the channel's frequency and time: „Rückgängig“ brings them back; focus stays on the box.
                      removeWithUndo('channels', channel.id, label(channel), `kanal-typ-${type}`);
                      announce(fill(common.removed, { item: label(channel) }));
                    }} />
                  <label for={`kanal-typ-${type}`}>{channelNames.types[type]}</label>
                </div>
                {channel && (
                  <fieldset class="item channel">
                    <legend>{label(channel)}</legend>
                    <ChannelFields channel={channel} periods={periods} texts={texts} checks={checks} />
                  </fieldset>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>

      <h2>{texts.networks}</h2>
      <p class="hint">{texts.networksHint}</p>
      {networks.map((c) => (
        <Item key={c.id} legend={label(c)} onRemove={(label) => removeWithUndo('channels', c.id, label, `kanal-${c.id}-name`)}>
          <ChannelFields channel={c} suggest others={networks} periods={periods} texts={texts} checks={checks} />
        </Item>
      ))}
      {/* Candidates from the network check are offered as suggestions for the name. */}
      <datalist id="kandidaten">
        {suggestions && <suggestions.CandidateOptions />}
      </datalist>
      <AddButton id="netzwerk-neu" secondary add={() => `kanal-${addChannel('netzwerk')}-name`}>
        {texts.addNetwork}
      </AddButton>
      {total > 0 && <p class="notice">{rich(texts.total, { time: <strong>{formatMinutes(total)}</strong>, link: <a href={PLANNER_SECTION_ROUTES.zeitbudget}>{texts.totalLink}</a> })}</p>}
      <DoneToggle id="kanaele" done={done} />
    </>
  );
}
