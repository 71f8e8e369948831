/**
 * Placeholders and numbers in the site's locale: the part of `format.ts` that the shared runtime
 * of every tool page needs (its storage notices), kept apart so the runtime takes nothing else.
 * Everything else imports it through `format.ts`; the runtime imports this module itself.
 */
import { LOCALE } from './locale';

/** Values for `{name}` placeholders; numbers are formatted in the locale. */
export type Params = Readonly<Record<string, string | number>>;

const numbers = new Map<string, Intl.NumberFormat>();

/**
 * A number in the locale, e.g. `1.234,5`.
 * @example formatNumber(1234.5) // '1.234,5'
 * @example formatNumber(0.4, { maximumFractionDigits: 0 }) // '0'
 */
export function formatNumber(n: number, options: Intl.NumberFormatOptions = { maximumFractionDigits: 1 }): string {
  const key = JSON.stringify(options);
  let format = numbers.get(key);
  if (!format) numbers.set(key, (format = new Intl.NumberFormat(LOCALE, options)));
  return format.format(n);
}

/**
 * Fills `{name}` placeholders; numbers go through `formatNumber`, unknown names stay empty.
 * @example fill('Frage {n} von {total}', { n: 3, total: 9 }) // 'Frage 3 von 9'
 */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    return value === undefined ? '' : typeof value === 'number' ? formatNumber(value) : value;
  });
}
