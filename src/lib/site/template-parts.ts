/**
 * A dictionary template cut at its `{name}` placeholders, so a page can put a link or a
 * `<time>` where a placeholder stands and a sentence with a link inside stays one template
 * (`src/components/Fill.astro` renders it; `fill()` in `src/i18n/format.ts` does the same for plain text).
 */

export type TemplatePart = { kind: 'text'; text: string } | { kind: 'param'; name: string };

/** What a placeholder may stand for on a page: text, a number, or text as a link, a date, code or in another language. */
export type PartValue =
  | string
  | number
  | { readonly text: string; readonly href: string; readonly rel?: string }
  | { readonly text: string; readonly datetime: string }
  | { readonly text: string; readonly lang: string }
  | { readonly text: string; readonly code: true };

/**
 * The template's text and placeholders in order; empty texts are left out.
 * @example templateParts('Von der {home} aus') // [{ kind: 'text', text: 'Von der ' }, { kind: 'param', name: 'home' }, { kind: 'text', text: ' aus' }]
 */
export function templateParts(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let at = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    if (match.index > at) parts.push({ kind: 'text', text: template.slice(at, match.index) });
    parts.push({ kind: 'param', name: match[1]! });
    at = match.index + match[0].length;
  }
  if (at < template.length) parts.push({ kind: 'text', text: template.slice(at) });
  return parts;
}

/**
 * The names of the template's placeholders that `params` has no value for; a page fails its
 * build on them rather than print a sentence with a hole in it.
 * @example missingParams('{a} und {b}', { a: 1 }) // ['b']
 */
export function missingParams(template: string, params: Readonly<Record<string, unknown>>): string[] {
  return templateParts(template).flatMap((part) => (part.kind === 'param' && !Object.hasOwn(params, part.name) ? [part.name] : []));
}
