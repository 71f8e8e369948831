/**
 * The questionnaire's store on its own. The actions live in answers.ts; the network check reads
 * the answers through this module so that it does not load the questionnaire's logic.
 */
import { answersDefinition } from '../lib/questionnaire/answers-schema';
import { createPersistentStore } from './persistence';

export const answersStore = createPersistentStore(answersDefinition);
export const $selbsttest = answersStore.$state;
