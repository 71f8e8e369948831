/**
 * The network check's store on its own. The actions live in candidates.ts; the planner and the
 * plan read the candidates through this module so that they do not load the check's logic.
 */
import { candidatesDefinition } from '../lib/fit/candidates-schema';
import { createPersistentStore } from './persistence';

export const candidatesStore = createPersistentStore(candidatesDefinition);
export const $candidates = candidatesStore.$state;
