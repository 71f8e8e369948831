import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, test, vi } from 'vitest';
import { operatorWarning, operatorWarningText } from '../../../src/build/operator-warning';
import { OPERATOR } from '../../../src/config/operator';
import { operatorGaps, type Operator } from '../../../src/lib/site/operator';
import { emptyOperator, filledOperator } from './operators';

const [empty, filled] = [emptyOperator, filledOperator];

/** Runs one hook of the integration with a logger that records its warnings. */
function run(operator: Operator | undefined, hook: 'astro:build:start' | 'astro:server:start'): string[] {
  const warn = vi.fn<(message: string) => void>();
  const logger = { warn, info: vi.fn(), error: vi.fn(), debug: vi.fn(), fork: vi.fn(), label: 'test', options: {} } as unknown as AstroIntegrationLogger;
  const hooks = operatorWarning(operator).hooks as Record<string, (options: { logger: AstroIntegrationLogger }) => void>;
  hooks[hook]!({ logger });
  return warn.mock.calls.map(([message]) => message);
}

describe('operatorWarning', () => {
  test('warns at the start of a build while the fields are empty, naming the file and each missing field', () => {
    const [warning, ...more] = run(empty, 'astro:build:start');
    expect(more).toEqual([]);
    expect(warning).toContain('src/config/operator.ts');
    expect(warning).toContain('missing: name, street, postalCode, city, email');
  });

  test('warns when the dev server starts, too', () => {
    expect(run(empty, 'astro:server:start')).toHaveLength(1);
  });

  test('is silent when the fields are filled in', () => {
    expect(run(filled, 'astro:build:start')).toEqual([]);
    expect(run(filled, 'astro:server:start')).toEqual([]);
  });

  test('names a field that is filled in but not valid', () => {
    expect(run({ ...filled, email: 'nobody' }, 'astro:build:start')[0]).toContain('not valid: email');
  });

  test('judges the configuration in src/config/operator.ts by default', () => {
    expect(run(undefined, 'astro:build:start')).toHaveLength(operatorGaps(OPERATOR).length > 0 ? 1 : 0);
  });
});

describe('operatorWarningText', () => {
  test('is undefined when nothing is wrong', () => {
    expect(operatorWarningText([])).toBeUndefined();
  });
});
