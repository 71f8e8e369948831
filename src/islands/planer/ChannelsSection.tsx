import { channelLabelFrom } from '../../lib/planner/channel-label';
import { CHANNEL_TYPES, type Channel, type ChannelType, type Period } from '../../lib/planner/planner-schema';
import { channelMinutesPerMonth } from '../../lib/planner/time-budget';
import { addChannel, removeChannel, updateChannel } from '../../stores/planner';
import { useLazy } from '../shared/use-lazy';
import { DoneToggle } from './DoneToggle';
import { CheckedField, numberCheck } from './checked-field';
import { Field, opts, Select } from './fields';
import { AddButton, Item } from './Item';
import { usePlanner } from './use-planner';
import { PLANNER_SECTION_ROUTES } from '../../lib/site/routes';
import { formatMinutes } from '../../i18n/units';

const times = numberCheck(0, 99);
const minutes = numberCheck(0, 1440);

/** Name, frequency and time per occasion of one channel, and what that makes per month. */
function ChannelFields({ channel: c, suggest, periods }: { channel: Channel; suggest?: boolean; periods: [Period, string][] }) {
  const id = `kanal-${c.id}`;
  const named = c.type === 'netzwerk';
  const set = (patch: Partial<Channel>) => updateChannel(c.id, patch);
  return (
    <>
      {named && <Field id={`${id}-name`} label="Name des Netzwerks" maxLength={200} list={suggest ? 'kandidaten' : undefined} value={c.name} onValue={(name) => set({ name })} />}
      <div class="inline-fields">
        <CheckedField id={`${id}-anzahl`} label="Wie oft?" inputMode="numeric" value={c.times} show={String} check={times} onValid={(n) => set({ times: n ?? 0 })} />
        <Select id={`${id}-zeitraum`} label="Zeitraum" value={c.per} options={periods} onValue={(per) => set({ per })} />
        <CheckedField id={`${id}-minuten`} label="Minuten je Anlass" inputMode="numeric" value={c.minutes} show={String} check={minutes} onValid={(n) => set({ minutes: n ?? 0 })} />
      </div>
      <p class="channel-sum">Macht rund {formatMinutes(channelMinutesPerMonth(c))} im Monat.</p>
    </>
  );
}

/** „Wo und wie – Kanäle“: which channels, how often and how long each time. */
/** The German names the page hands in as props, so they stay out of the script. */
export interface ChannelTexts {
  channelLabels: Readonly<Record<ChannelType, string>>;
  periodLabels: Readonly<Record<Period, string>>;
}

export function ChannelsSection({ channelLabels, periodLabels }: ChannelTexts) {
  const periods = opts(periodLabels);
  const channelLabel = (c: Channel) => channelLabelFrom(channelLabels, c);
  const { channels, done } = usePlanner();
  const networks = channels.filter((c) => c.type === 'netzwerk');
  // The networks from the network check are offered as names, loaded once a network is on the list.
  const suggestions = useLazy(() => import('./CandidateOptions'), networks.length > 0);
  const total = channels.reduce((sum, c) => sum + channelMinutesPerMonth(c), 0);

  return (
    <>
      <fieldset>
        <legend>Deine Kanäle</legend>
        <div class="choices">
          {/* every type but the last, „netzwerk“, which has a list of its own */}
          {CHANNEL_TYPES.slice(0, -1).map((type) => {
            const channel = channels.find((c) => c.type === type);
            return (
              <div key={type}>
                <div class="choice">
                  <input type="checkbox" id={`kanal-typ-${type}`} checked={!!channel} onChange={() => (channel ? removeChannel(channel.id) : addChannel(type))} />
                  <label for={`kanal-typ-${type}`}>{channelLabels[type]}</label>
                </div>
                {channel && (
                  <fieldset class="item channel">
                    <legend>{channelLabel(channel)}</legend>
                    <ChannelFields channel={channel} periods={periods} />
                  </fieldset>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>

      <h2>Bestimmte Netzwerke</h2>
      <p class="hint">Ein Verein, ein Stammtisch, ein Online-Forum – jedes Netzwerk, in dem du aktiv sein willst, auch eines aus deinem Netzwerk-Check.</p>
      {networks.map((c) => (
        <Item key={c.id} legend={channelLabel(c)} onRemove={() => removeChannel(c.id)} addId="netzwerk-neu">
          <ChannelFields channel={c} suggest periods={periods} />
        </Item>
      ))}
      {/* Candidates from the network check are offered as suggestions for the name. */}
      <datalist id="kandidaten">
        {suggestions && <suggestions.CandidateOptions />}
      </datalist>
      <AddButton id="netzwerk-neu" secondary add={() => `kanal-${addChannel('netzwerk')}-name`}>
        Netzwerk hinzufügen
      </AddButton>
      {total > 0 && (
        <p class="notice">
          Zusammen brauchen deine Kanäle rund <strong>{formatMinutes(total)}</strong> im Monat. Ob das in deine Zeit passt, zeigt dir das <a href={PLANNER_SECTION_ROUTES.zeitbudget}>Zeitbudget</a>.
        </p>
      )}
      <DoneToggle id="kanaele" done={done} />
    </>
  );
}
