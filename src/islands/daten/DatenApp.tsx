import type { ComponentChildren } from 'preact';
import { StorageNotices } from '../shared/StorageNotices';
import { StoredOverview } from './StoredOverview';
import { QuarantineList } from './QuarantineList';
import { BackupExport } from './BackupExport';
import { BackupImport } from './BackupImport';
import { SnapshotRestore } from './SnapshotRestore';
import { DeleteAll } from './DeleteAll';

interface Props {
  /** Storage keys whose problem notices are shown (storage-wide notices always are). */
  keys: readonly string[];
  /** Static explanations from the page, one per section (Astro slots, never shipped as JS). */
  gespeichert?: ComponentChildren;
  sichern?: ComponentChildren;
  einspielen?: ComponentChildren;
  frueher?: ComponentChildren;
  loeschen?: ComponentChildren;
}

/**
 * The whole interactive part of „Meine Daten“ as one island: one hydration, one bundle.
 * Each section's explanation comes from the page as a slot and stays plain HTML.
 */
export function DatenApp({ keys, gespeichert, sichern, einspielen, frueher, loeschen }: Props) {
  return (
    <>
      <StorageNotices keys={keys} />
      <section aria-labelledby="gespeichert" class="daten-section">
        <h2 id="gespeichert">Was gespeichert ist</h2>
        <StoredOverview />
        {gespeichert}
      </section>
      <QuarantineList />
      <section aria-labelledby="sichern" class="daten-section">
        <h2 id="sichern">Sicherung herunterladen</h2>
        {sichern}
        <BackupExport />
      </section>
      <section aria-labelledby="einspielen" class="daten-section">
        <h2 id="einspielen">Sicherung einspielen</h2>
        {einspielen}
        <BackupImport />
      </section>
      <section aria-labelledby="frueher" class="daten-section">
        <h2 id="frueher">Früheren Stand wiederherstellen</h2>
        {frueher}
        <SnapshotRestore />
      </section>
      <section aria-labelledby="loeschen" class="daten-section">
        <h2 id="loeschen">Alle meine Daten löschen</h2>
        {loeschen}
        <DeleteAll />
      </section>
    </>
  );
}
