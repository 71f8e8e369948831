/**
 * The planner's sections by name, page and status label: what every planner page needs, kept apart
 * from the other labels so a section page does not load them all.
 */
import type { SectionStatus } from '../plan/plan-inputs';
import type { SectionId } from './planner-schema';

export const SECTION_LABELS: Record<SectionId, string> = {
  ziele: 'Warum – Ziele',
  zielgruppen: 'Wer – Zielgruppen',
  kanaele: 'Wo und wie – Kanäle',
  zeitbudget: 'Wann – Zeitbudget',
  geben: 'Geben – dein Angebot',
  aktionen: 'Aktionen',
  kontakte: 'Kontaktpflege',
};

/** Each section has a page of its own below /planer/ (GOV.UK task list); this is its path segment. */
export const SECTION_SLUGS: Record<SectionId, string> = {
  ziele: 'ziele',
  zielgruppen: 'zielgruppen',
  kanaele: 'kanaele',
  zeitbudget: 'zeit',
  geben: 'geben',
  aktionen: 'aktionen',
  kontakte: 'kontakte',
};

/**
 * The page of a planner section.
 * @example sectionHref('zeitbudget') // '/planer/zeit/'
 */
export const sectionHref = (id: SectionId): string => `/planer/${SECTION_SLUGS[id]}/`;

export const STATUS_LABELS: Record<SectionStatus, string> = { todo: 'Nicht begonnen', progress: 'In Arbeit', done: 'Erledigt' };
