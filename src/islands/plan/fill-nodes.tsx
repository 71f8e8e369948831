import type { ComponentChildren } from 'preact';

/**
 * Fills `{name}` placeholders with elements as well as text, for a sentence that holds markup
 * (a `<time>`, a link) and still has to stay one template in the dictionary.
 * @example fillNodes('Stand: {date}', { date: <time dateTime="2026-03-02">2. März 2026</time> }) // ['Stand: ', <time …>]
 */
export function fillNodes(template: string, params: Readonly<Record<string, ComponentChildren>>): ComponentChildren[] {
  return template.split(/\{(\w+)\}/).map((part, i) => (i % 2 === 0 ? part : (params[part] ?? '')));
}
