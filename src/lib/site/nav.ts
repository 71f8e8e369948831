/**
 * Whether a navigation link stands for the page at `path`: the exact page, or a
 * page inside its section (a chapter marks „Ratgeber“). The start page only matches itself.
 * @example isCurrent('/ratgeber/kontakte-pflegen/', '/ratgeber/') // true
 */
export function isCurrent(path: string, href: string): boolean {
  const normal = (p: string) => (p.endsWith('/') ? p : `${p}/`);
  const [p, h] = [normal(path), normal(href)];
  return h === '/' ? p === '/' : p === h || p.startsWith(h);
}
