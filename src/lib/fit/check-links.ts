/**
 * The links between the network check's list and its editor: which candidate to edit, and how
 * the editor tells the list what changed (`?neu=<id>` or `?gespeichert=<id>`, then the card's anchor).
 */
import { ROUTES } from '../site/routes';

const LIST = ROUTES.netzwerkCheck;
const EDITOR = ROUTES.netzwerkCheckEditor;

/** What the editor did before it came back to the list. */
export type Change = 'added' | 'saved';

const ADDED = 'neu';
const SAVED = 'gespeichert';

/** The id of a candidate's card heading; the list's links end in it, and focus moves there. */
export function cardHeadingId(id: string): string {
  return `kandidat-${id}`;
}

/**
 * The editor for candidate `id`, or for a new one.
 * @example editorHref('k-1') // '/netzwerk-check/bearbeiten/?id=k-1'
 */
export function editorHref(id?: string): string {
  return id === undefined ? EDITOR : `${EDITOR}?id=${encodeURIComponent(id)}`;
}

/**
 * The list, scrolled to candidate `id` when given.
 * @example listHref('k-1') // '/netzwerk-check/#kandidat-k-1'
 */
export function listHref(id?: string): string {
  return id === undefined ? LIST : `${LIST}#${cardHeadingId(id)}`;
}

/**
 * The list after the editor saved candidate `id`.
 * @example returnHref('k-1', 'added') // '/netzwerk-check/?neu=k-1#kandidat-k-1'
 */
export function returnHref(id: string, change: Change): string {
  return `${LIST}?${change === 'added' ? ADDED : SAVED}=${encodeURIComponent(id)}#${cardHeadingId(id)}`;
}

/**
 * What the editor reported in the list's query string, or null.
 * @example readReturn('?gespeichert=k-1') // { change: 'saved', id: 'k-1' }
 */
export function readReturn(search: string): { change: Change; id: string } | null {
  const params = new URLSearchParams(search);
  const id = params.get(ADDED) ?? params.get(SAVED);
  return id === null ? null : { change: params.has(ADDED) ? 'added' : 'saved', id };
}

/**
 * The candidate id the editor is asked to edit, or null for a new one.
 * @example editedId('?id=k-1') // 'k-1'
 */
export function editedId(search: string): string | null {
  return new URLSearchParams(search).get('id');
}
