/**
 * The kept snapshots as the tests look at them: every readable one, decompressed and checked,
 * newest first. The site itself never needs the whole ring decompressed (it lists heads and
 * restores one), so this lives with the tests, not in the batch module's bytes.
 */
import { readSnapshotFull } from '../../../src/lib/storage/snapshot-compressed';
import type { Snapshot } from '../../../src/lib/storage/snapshot';

interface Storage {
  snapshotKeys(): string[];
  readRaw(key: string): string | null;
}

export async function readSnapshots(storage: Storage): Promise<{ key: string; snapshot: Snapshot }[]> {
  const kept: { key: string; snapshot: Snapshot }[] = [];
  for (const key of storage.snapshotKeys().reverse()) {
    const read = await readSnapshotFull(storage.readRaw(key) ?? '');
    if (read.ok) kept.push({ key, snapshot: read.snapshot });
  }
  return kept;
}

/** The newest readable snapshot; null when there is none. */
export async function readSnapshot(storage: Storage): Promise<Snapshot | null> {
  return (await readSnapshots(storage))[0]?.snapshot ?? null;
}
