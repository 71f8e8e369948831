/**
 * The planner's sections by name, page and status label: what every planner page needs, kept apart
 * from the other labels so a section page does not load them all.
 */
import type { SectionStatus } from '../plan/plan-inputs';
import type { SectionId } from './planner-schema';
import { PLANNER_SECTION_ROUTES } from '../site/routes';

export const SECTION_LABELS: Record<SectionId, string> = {
  ziele: 'Warum – Ziele',
  zielgruppen: 'Wer – Zielgruppen',
  kanaele: 'Wo und wie – Kanäle',
  zeitbudget: 'Wann – Zeitbudget',
  geben: 'Geben – dein Angebot',
  aktionen: 'Aktionen',
  kontakte: 'Kontaktpflege',
};

/**
 * The page of a planner section.
 * @example sectionHref('zeitbudget') // PLANNER_SECTION_ROUTES.zeitbudget
 */
export const sectionHref = (id: SectionId): string => PLANNER_SECTION_ROUTES[id];

export const STATUS_LABELS: Record<SectionStatus, string> = { todo: 'Nicht begonnen', progress: 'In Arbeit', done: 'Erledigt' };
