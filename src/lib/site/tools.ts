import { ROUTES } from './routes';

/** The reader's tools, in the order a reader uses them. */
export const TOOL_IDS = ['selbsttest', 'netzwerk-check', 'planer', 'plan', 'daten'] as const;
export type ToolId = (typeof TOOL_IDS)[number];

export interface Tool {
  id: ToolId;
  /** Navigation label. */
  label: string;
  /** One line for the start page and chapter footers. */
  summary: string;
  href: string;
}

export const TOOLS: readonly Tool[] = [
  { id: 'selbsttest', label: 'Selbsttest', summary: 'Finde in neun Fragen heraus, wie dein ideales Netzwerk aussieht.', href: ROUTES.selbsttest },
  { id: 'netzwerk-check', label: 'Netzwerk-Check', summary: 'Vergleiche echte Netzwerke mit deinem Ideal und sieh, welches am besten passt.', href: ROUTES.netzwerkCheck },
  { id: 'planer', label: 'Planer', summary: 'Plane Ziele, Zielgruppen, Kanäle, Zeit und die Pflege deiner Kontakte.', href: ROUTES.planer },
  { id: 'plan', label: 'Mein Plan', summary: 'Alles auf einen Blick – zum Drucken und als Kalenderdatei.', href: ROUTES.plan },
  { id: 'daten', label: 'Meine Daten', summary: 'Sichern, wiederherstellen und löschen, was du hier gespeichert hast.', href: ROUTES.daten },
];

export function toolById(id: ToolId): Tool {
  const tool = TOOLS.find((t) => t.id === id);
  if (!tool) throw new Error(`Unbekanntes Werkzeug: ${id}`);
  return tool;
}
