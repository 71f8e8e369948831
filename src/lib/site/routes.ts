/**
 * Every page address of the site, in one place. Tools, guide links, islands, the plan model and
 * the tests build their links from here; `src/build/check-routes.ts` fails the build when one of
 * these pages was not built, so a renamed page can never leave a dead link behind.
 */
export const ROUTES = {
  home: '/',
  guide: '/ratgeber/',
  search: '/suche/',
  selbsttest: '/selbsttest/',
  selbsttestResult: '/selbsttest/ergebnis/',
  netzwerkCheck: '/netzwerk-check/',
  netzwerkCheckEditor: '/netzwerk-check/bearbeiten/',
  planer: '/planer/',
  plan: '/plan/',
  daten: '/daten/',
  datenschutz: '/datenschutz/',
  impressum: '/impressum/',
} as const;

export type RouteName = keyof typeof ROUTES;
export type Route = (typeof ROUTES)[RouteName];

/** The planner's sections (GOV.UK task list), each on a page of its own below /planer/. */
export const PLANNER_SECTION_ROUTES = {
  ziele: '/planer/ziele/',
  zielgruppen: '/planer/zielgruppen/',
  kanaele: '/planer/kanaele/',
  zeitbudget: '/planer/zeit/',
  geben: '/planer/geben/',
  aktionen: '/planer/aktionen/',
  kontakte: '/planer/kontakte/',
} as const;

/**
 * The page of a guide chapter.
 * @example chapterRoute('kontakte-pflegen') // '/ratgeber/kontakte-pflegen/'
 */
export function chapterRoute(slug: string): string {
  return `${ROUTES.guide}${slug}/`;
}
