import { formatBirthday, parseBirthday } from '../../lib/planner/birthday';
import { CheckedField } from './checked-field';

const check = (text: string) => {
  const monthDay = parseBirthday(text);
  return monthDay === null ? 'Gib Tag und Monat so ein: 14.3. – und nur einen Tag, den es im Kalender gibt.' : { ok: monthDay };
};

/** Birthday as day and month only (a greeting needs no year); only a possible day is saved. */
export function BirthdayField({ id, value, onBirthday }: { id: string; value: string; onBirthday: (monthDay: string) => void }) {
  return <CheckedField id={id} label="Geburtstag" optional inputMode="decimal" value={value} show={formatBirthday} check={check} onValid={onBirthday} hint="Tag und Monat, etwa 14.3." />;
}
