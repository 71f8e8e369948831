import { formatBirthday, parseBirthday } from '../../lib/planner/birthday';
import type { PlanerTexts } from '../../i18n/de/planer';
import { CheckedField } from './checked-field';

/** Birthday as day and month only (a greeting needs no year); only a possible day is saved. */
export function BirthdayField({ id, value, onBirthday, texts }: { id: string; value: string; onBirthday: (monthDay: string) => void; texts: PlanerTexts['contacts']['fields'] }) {
  const check = (text: string) => {
    const monthDay = parseBirthday(text);
    return monthDay === null ? texts.birthdayInvalid : { ok: monthDay };
  };
  return <CheckedField id={id} label={texts.birthday} optional inputMode="decimal" value={value} show={formatBirthday} check={check} onValid={onBirthday} hint={texts.birthdayHint} />;
}
