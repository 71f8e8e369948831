/**
 * The page of each planner section. (The sections' names and status words are in
 * src/i18n/de/planer.ts, `PLANER_TEXTS.common.sections` and `PLANER_TEXTS.overview.statuses`.)
 */
import type { SectionId } from './planner-schema';
import { PLANNER_SECTION_ROUTES } from '../site/routes';

/**
 * The page of a planner section.
 * @example sectionHref('zeitbudget') // PLANNER_SECTION_ROUTES.zeitbudget
 */
export const sectionHref = (id: SectionId): string => PLANNER_SECTION_ROUTES[id];
