/** The only schemes a link from reader data (or from an imported file) may use. */
export const SAFE_SCHEMES = ['http:', 'https:', 'mailto:'] as const;

/**
 * The link target for a URL a reader typed, or null when it must not become a link.
 * Only absolute `http:`, `https:` and `mailto:` URLs pass; `javascript:`, `data:`, `vbscript:`,
 * relative paths and anything unparsable return null (show such text as plain text).
 * The result is the URL as the browser's parser normalised it, never the raw input, so tricks
 * like `java\tscript:` or leading control characters cannot slip through.
 * @example safeHref('https://example.org/treffen') // 'https://example.org/treffen'
 * @example safeHref('javascript:alert(1)') // null
 */
export function safeHref(raw: string): string | null {
  if (typeof raw !== 'string' || raw.length > 2000) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (!(SAFE_SCHEMES as readonly string[]).includes(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && url.hostname === '') return null;
  return url.href;
}
