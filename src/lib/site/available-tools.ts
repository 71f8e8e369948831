import { TOOLS, type Tool, type ToolId } from './tools';

// Links go only to tools whose page exists, so no page ever points at a tool still to come.
const pageFiles = Object.keys(import.meta.glob('/src/pages/**/*.astro'));

export function toolExists(id: ToolId): boolean {
  return pageFiles.includes(`/src/pages/${id}/index.astro`) || pageFiles.includes(`/src/pages/${id}.astro`);
}

export const availableTools: readonly Tool[] = TOOLS.filter((t) => toolExists(t.id));
