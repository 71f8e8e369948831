import { Fragment, type ComponentChildren } from 'preact';
import { formatNumber } from '../../i18n/format';

/**
 * A template from the dictionary with its `{name}` placeholders filled by elements (a link, a
 * `<time>`, bold text) or by values (numbers are formatted), so that a sentence with markup
 * stays one template.
 * @example rich('Wähl zuerst deine {link}.', { link: <a href="/planer/kanaele/">Kanäle</a> })
 */
export function rich(template: string, slots: Readonly<Record<string, ComponentChildren>>): ComponentChildren {
  return template.split(/\{(\w+)\}/).map((part, i) => {
    const value = i % 2 === 0 ? part : slots[part];
    return <Fragment key={i}>{typeof value === 'number' ? formatNumber(value) : value}</Fragment>;
  });
}
