import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { inspect } from '../../stores/daten';
import { StorageNotices } from '../shared/StorageNotices';
import { StoredOverview } from './StoredOverview';
import { QuarantineList } from './QuarantineList';
import { BackupExport } from './BackupExport';
import { BackupImport } from './BackupImport';
import { SnapshotRestore } from './SnapshotRestore';
import { DeleteAll } from './DeleteAll';
import type { CatalogueEntry } from '../../lib/storage/catalogue';
import type { DatenTexts } from '../../i18n/de/daten';

interface Props {
  /** Key, version and fresh state of every stored value, built from the definitions on the server. */
  catalogue: readonly CatalogueEntry[];
  /** The island's words (`datenTexts` from `src/i18n/de/daten.ts`). */
  texts: DatenTexts;
  /** Static explanations from the page, one per section (Astro slots, never shipped as JS). */
  gespeichert?: ComponentChildren;
  sichern?: ComponentChildren;
  einspielen?: ComponentChildren;
  frueher?: ComponentChildren;
  loeschen?: ComponentChildren;
  /** Texts shown only in some states, also slots: data of a newer version, put-aside data, no snapshot, the delete question. */
  neueVersion?: ComponentChildren;
  beiseiteHinweis?: ComponentChildren;
  keinStand?: ComponentChildren;
  loeschenFrage?: ComponentChildren;
}

/**
 * The whole interactive part of „Meine Daten“ as one island: one hydration, one bundle.
 * Each section's explanation comes from the page as a slot and stays plain HTML.
 */
export function DatenApp({ catalogue, texts, gespeichert, sichern, einspielen, frueher, loeschen, neueVersion, beiseiteHinweis, keinStand, loeschenFrage }: Props) {
  const { sections } = texts;
  // Damaged data seen here first is put aside at once, before anything else can replace it.
  useEffect(() => void inspect(), []);
  return (
    <>
      <QuarantineList texts={texts} intro={beiseiteHinweis} />
      {/* Problems of single values appear in the overview and the list of put-aside data. */}
      <StorageNotices keys={[]} />
      <section aria-labelledby="gespeichert" class="daten-section">
        <h2 id="gespeichert">{sections.stored}</h2>
        <StoredOverview catalogue={catalogue} texts={texts} newer={neueVersion} />
        {gespeichert}
      </section>
      <section aria-labelledby="sichern" class="daten-section">
        <h2 id="sichern">{sections.backup}</h2>
        {sichern}
        <BackupExport texts={texts} />
      </section>
      <section aria-labelledby="einspielen" class="daten-section">
        <h2 id="einspielen">{sections.import}</h2>
        {einspielen}
        <BackupImport texts={texts} />
      </section>
      <section aria-labelledby="frueher" class="daten-section">
        <h2 id="frueher">{sections.earlier}</h2>
        {frueher}
        <SnapshotRestore texts={texts} catalogue={catalogue} none={keinStand} />
      </section>
      <section aria-labelledby="loeschen" class="daten-section">
        <h2 id="loeschen">{sections.delete}</h2>
        {loeschen}
        <DeleteAll texts={texts} question={loeschenFrage} />
      </section>
    </>
  );
}
