import type { Params } from '../../i18n/format';
import { QUESTIONS } from '../questionnaire/questionnaire';
import { ROUTES } from './routes';

/** The reader's tools, in the order a reader uses them. */
export const TOOL_IDS = ['selbsttest', 'netzwerk-check', 'planer', 'plan', 'daten'] as const;
export type ToolId = (typeof TOOL_IDS)[number];

/** A tool as the site links to it; its label and summary are `site.tools[id]` in the dictionary. */
export interface Tool {
  id: ToolId;
  href: string;
  /** Facts the summary's placeholders stand for (the questionnaire's length, say), so no copy of them drifts. */
  summaryParams: Params;
}

export const TOOLS: readonly Tool[] = [
  { id: 'selbsttest', href: ROUTES.selbsttest, summaryParams: { count: QUESTIONS.length } },
  { id: 'netzwerk-check', href: ROUTES.netzwerkCheck, summaryParams: {} },
  { id: 'planer', href: ROUTES.planer, summaryParams: {} },
  { id: 'plan', href: ROUTES.plan, summaryParams: {} },
  { id: 'daten', href: ROUTES.daten, summaryParams: {} },
];

export function toolById(id: ToolId): Tool {
  const tool = TOOLS.find((t) => t.id === id);
  if (!tool) throw new Error(`Unknown tool: ${id}`);
  return tool;
}
