import type { ComponentChildren } from 'preact';
import type { PlanerTexts } from '../../i18n/de/planer';
import { plannerDefinition } from '../../lib/planner/planner-schema';
import { StorageNotices } from '../shared/StorageNotices';
import { LiveRegion } from './announce';
import { provideCommonTexts } from './common-texts';
import { UndoNotice } from './UndoNotice';

/** What every planner page's island starts with: the storage notices, the one live region and the shared words. */
export function SectionFrame({ common, children }: { common: PlanerTexts['common']; children: ComponentChildren }) {
  // Set before the children render, which read the words with `useCommonTexts`.
  provideCommonTexts(common);
  return (
    <>
      <StorageNotices keys={[plannerDefinition.key]} />
      <LiveRegion />
      <UndoNotice />
      {children}
    </>
  );
}
