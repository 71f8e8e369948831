import type { ComponentChildren } from 'preact';
import { plannerDefinition } from '../../lib/planner/planner-schema';
import { StorageNotices } from '../shared/StorageNotices';
import { LiveRegion } from './announce';

/** What every planner page's island starts with: the storage notices and the one live region. */
export function SectionFrame({ children }: { children: ComponentChildren }) {
  return (
    <>
      <StorageNotices keys={[plannerDefinition.key]} />
      <LiveRegion />
      {children}
    </>
  );
}
