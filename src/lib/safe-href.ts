/** The only schemes a link from reader data may use. */
export const SAFE_SCHEMES = ['http:', 'https:', 'mailto:'] as const;

/**
 * The address to put into `href`, or null when it must not become a link (`javascript:`,
 * `data:`, relative paths, garbage). Use it for every URL that comes from reader data.
 * @example safeHref('https://example.org/x') // 'https://example.org/x'
 * @example safeHref('javascript:alert(1)') // null
 */
export function safeHref(raw: string): string | null {
  const text = raw.trim();
  if (text === '') return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (!(SAFE_SCHEMES as readonly string[]).includes(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && url.hostname === '') return null;
  return url.href;
}
