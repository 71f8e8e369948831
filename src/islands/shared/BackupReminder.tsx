import { useStore } from '@nanostores/preact';
import { $anythingStored } from '../../stores/stored-presence';
import type { CatalogueEntry } from '../../lib/storage/catalogue';
import { useLazy } from './use-lazy';

const NO_CATALOGUE: readonly CatalogueEntry[] = [];

/**
 * The backup reminder of every tool page, as a shell: its rules and markup (`BackupReminderBody`)
 * load only once something is stored, because a reader on a first visit has nothing to back up and
 * the tool pages' first load is at its byte budget (tests/budgets/budgets.ts, DEFERRED_ON_TOOL_PAGES).
 * Renders nothing on the server, so pages without data never show it. The tool layout mounts it
 * after the tool, so it never pushes the tool's first screen down:
 * `<BackupReminder client:load catalogue={catalogueOf(ALL_DEFINITIONS)} />`.
 */
export function BackupReminder({ catalogue = NO_CATALOGUE }: { catalogue?: readonly CatalogueEntry[] }) {
  const stored = useStore($anythingStored, { ssr: () => false });
  // If the body cannot be loaded (offline without the service worker, a new deployment removed the
  // chunk), the reminder stays away without a word, on purpose: it is only a reminder, nothing on the
  // page depends on it, and a failure message would cost every tool page's first load its words and
  // markup. It comes back on the next page load (and `useLazy` tries again if `stored` turns false and true).
  const body = useLazy(() => import('./BackupReminderBody'), stored);
  return body ? <body.BackupReminderBody catalogue={catalogue} /> : null;
}
