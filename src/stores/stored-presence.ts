/** Whether this origin holds any of the reader's data: tells a page whether parts that only matter with data are worth loading. */
import { computed } from 'nanostores';
import { $storageChanges, dataKeys } from './persistence';

/** True once any tool's value (or data this page cannot read) is stored, in this tab or another; snapshots and quarantine do not count. */
export const $anythingStored = computed($storageChanges, () => dataKeys().length > 0);
