/**
 * Fails the build when a page that `ROUTES` names was not built. Links come from `ROUTES`
 * everywhere, so a missing page would otherwise turn every link to it into a dead end.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { PLANNER_SECTION_ROUTES, ROUTES } from '../lib/site/routes';

/** Every fixed page the build must produce (chapters are checked by the content collection). */
export const REQUIRED_PAGES: readonly string[] = [...Object.values(ROUTES), ...Object.values(PLANNER_SECTION_ROUTES)];

/** The routes of `required` that have no built `index.html` below `dist`. */
export function missingPages(dist: string, required: readonly string[] = REQUIRED_PAGES): string[] {
  return required.filter((route) => !existsSync(`${dist.replace(/\/$/, '')}${route}index.html`));
}

export function checkRoutes(): AstroIntegration {
  return {
    name: 'netzwerk-kompass:check-routes',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const missing = missingPages(fileURLToPath(dir));
        if (missing.length > 0) {
          throw new Error(`ROUTES in src/lib/site/routes.ts names pages that were not built: ${missing.join(', ')}. Add the page under src/pages/ or remove the route.`);
        }
      },
    },
  };
}
