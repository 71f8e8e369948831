import { PRIORITY_LABELS, RHYTHM_LABELS } from '../../i18n/de/planner-choices';
import { opts } from './fields';

export const rhythms = opts(RHYTHM_LABELS);
export const priorities = opts(PRIORITY_LABELS);
export const PRIORITY_HINT = 'A: enger Austausch, wichtig für deine Ziele. B: regelmäßig in Kontakt bleiben. C: lockere Verbindung.';
export const NAME_MESSAGE = 'Trag einen Namen oder Initialen ein.';
