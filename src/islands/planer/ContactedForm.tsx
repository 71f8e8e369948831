/**
 * What „Heute kontaktiert“ opens in the due list: how the contact happened and a note, both
 * optional, so one more key press still logs it. Enter submits, Escape or „Abbrechen“ closes.
 * Loaded on the first click (see DueList), so the page's first load stays small; it imports
 * nothing of the lazily loaded forms (fields.tsx), which would otherwise move into the first load.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PlanerTexts } from '../../i18n/de/planer';
import { fill } from '../../i18n/format';
import { PLANNER_LIMITS, type InteractionChannel } from '../../lib/planner/planner-schema';
import { CancelButton } from '../shared/CancelButton';
import { useCommonTexts } from './common-texts';

interface Props {
  id: string;
  name: string;
  texts: PlanerTexts['contacts']['due'];
  channelLabels: Readonly<Record<InteractionChannel, string>>;
  onSubmit: (entry: { channel: InteractionChannel; note: string }) => void;
  onCancel: () => void;
}

export function ContactedForm({ id, name, texts, channelLabels, onSubmit, onCancel }: Props) {
  const [channel, setChannel] = useState<InteractionChannel>('');
  const [note, setNote] = useState('');
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <form
      class="contacted-form"
      aria-label={fill(texts.contactedForm, { name })}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit({ channel, note: note.trim() });
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <p class="field">
        <label for={`${id}-wie`}>{texts.contactedChannel}</label>
        <select id={`${id}-wie`} ref={first} value={channel} onChange={(e) => setChannel(e.currentTarget.value as InteractionChannel)}>
          {(Object.entries(channelLabels) as [InteractionChannel, string][]).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </p>
      <p class="field">
        <label for={`${id}-notiz`}>{texts.contactedNote}</label>
        <input id={`${id}-notiz`} value={note} maxLength={PLANNER_LIMITS.interaction.note} autoComplete="off" onInput={(e) => setNote(e.currentTarget.value)} />
      </p>
      <p class="actions">
        <button type="submit">{texts.contactedSubmit}</button>
        <CancelButton id={`${id}-abbrechen`} label={texts.contactedCancel} changed={channel !== '' || note !== ''} onCancel={onCancel} texts={useCommonTexts().form} />
      </p>
    </form>
  );
}
