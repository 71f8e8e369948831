/**
 * Where a stored value does not fit its schema, in terms a message can name: „Planer, Kontakt 4:
 * Das Feld „Name“ fehlt“. Only the import of a backup needs it, so it stays out of the runtime
 * every tool page loads.
 */
import type * as v from 'valibot';
import { NOT_A_DATE } from '../dates/iso-day';

/**
 * Where in a stored value validation failed, for a message such as „Planer, Kontakt 4: Das Feld
 * „Name“ fehlt“. Lists and fields are named by their keys (`contacts`, `birthday`); the
 * dictionary of „Meine Daten“ has their names.
 */
export interface IssueLocation {
  /** From the outside in: each list with the 1-based number of the item (`{ list: 'contacts', n: 4 }`); `n` is 0 for an object that is not in a list. */
  items: { list: string; n: number }[];
  /** The field that is wrong; '' when it is the item itself (or a list entry that is no object). */
  field: string;
  /** missing: the field is not there; date: not a real date; tooLong: longer than allowed; invalid: anything else. */
  problem: 'missing' | 'date' | 'tooLong' | 'invalid';
}

/** Keys longer than this are shortened in a location. */
const MAX_KEY = 40;
const shortKey = (key: string) => (key.length > MAX_KEY ? `${key.slice(0, MAX_KEY - 1)}…` : key);

/** The location of a valibot issue (see `IssueLocation`); at most eight levels deep. */
export function issueLocation(issue: Pick<v.BaseIssue<unknown>, 'type' | 'input' | 'message' | 'path'>): IssueLocation {
  const keys = (issue.path ?? []).slice(0, 8).map((p) => p.key);
  const items: IssueLocation['items'] = [];
  let field = '';
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const next = keys[i + 1];
    if (typeof key === 'number') {
      // A list at the top level, or a list in a list.
      items.push({ list: '', n: key + 1 });
    } else if (typeof next === 'number') {
      items.push({ list: shortKey(String(key)), n: next + 1 });
      i++;
    } else if (i === keys.length - 1) {
      field = shortKey(String(key));
    } else {
      items.push({ list: shortKey(String(key)), n: 0 });
    }
  }
  const problem = issue.message === NOT_A_DATE ? 'date' : issue.input === undefined && field !== '' ? 'missing' : issue.type === 'max_length' ? 'tooLong' : 'invalid';
  return { items, field, problem };
}
