/**
 * Warns on every build (and when the dev server starts) while the operator's details in
 * `src/config/operator.ts` are incomplete: the site then still builds, but its Impressum and
 * privacy page tell readers that nobody has filled them in, which no public site should ship.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { OPERATOR } from '../config/operator';
import { operatorGaps, type Operator, type OperatorGap } from '../lib/site/operator';

/** One line for the build log that names every gap, or undefined when there is none. */
export function operatorWarningText(gaps: readonly OperatorGap[]): string | undefined {
  if (gaps.length === 0) return undefined;
  const missing = gaps.filter((gap) => gap.code === 'missing').map((gap) => gap.field);
  const invalid = gaps.filter((gap) => gap.code === 'invalid').map((gap) => gap.field);
  const problems = [missing.length > 0 ? `missing: ${missing.join(', ')}` : '', invalid.length > 0 ? `not valid: ${invalid.join(', ')}` : ''].filter(Boolean).join('; ');
  return `The operator's details in src/config/operator.ts are not complete (${problems}). /impressum/ and /datenschutz/ tell readers they have not been filled in yet. Fill them in before you publish the site; the README explains each field.`;
}

function warn(operator: Operator, logger: AstroIntegrationLogger): void {
  const text = operatorWarningText(operatorGaps(operator));
  if (text !== undefined) logger.warn(text);
}

/** The integration; `operator` is there for tests. */
export function operatorWarning(operator: Operator = OPERATOR): AstroIntegration {
  return {
    name: 'netzwerk-kompass:operator-warning',
    hooks: {
      'astro:build:start': ({ logger }) => warn(operator, logger),
      'astro:server:start': ({ logger }) => warn(operator, logger),
    },
  };
}
