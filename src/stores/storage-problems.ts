/**
 * Storage notices the reader can dismiss: a notice that only informs (another tab's write replaced
 * a field of this tab, `overwritten`) goes once the reader has seen it. Loaded with the notices.
 */
import { $storageProblems, type StorageProblem } from './persistence';

/** Removes `problem` from the notices of this tab. */
export function dismissProblem(problem: StorageProblem): void {
  $storageProblems.set($storageProblems.get().filter((p) => p !== problem));
}
