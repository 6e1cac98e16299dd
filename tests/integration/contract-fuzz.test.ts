import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES, type MethodName } from '../../shared/api/contract';
import { ERROR_CODES } from '../../shared/api/errors';
import { tempCore, type TempCore } from '../support/temp-core';

// Every contract method, called with malformed params, answers with a typed error — never an
// exception, never INTERNAL. BANXIN_STRESS=1 (npm run stress) runs ten times as many vectors.
const RUNS = process.env.BANXIN_STRESS ? 10_000 : 1_000;

let t: TempCore;
beforeAll(async () => (t = await tempCore()));
afterAll(() => t.dispose());

/** Arbitrary values, plus near-misses: objects with the method's real keys holding wrong values. */
function paramsArbitrary(method: MethodName): fc.Arbitrary<unknown> {
  const shape = (contract[method].params as unknown as { shape?: Record<string, unknown> }).shape ?? {};
  const keys = Object.keys(shape);
  const nearMiss = keys.length
    ? fc.dictionary(fc.constantFrom(...keys, '__proto__', 'constructor', 'extra'), fc.anything({ maxDepth: 2 }), { maxKeys: keys.length + 1 })
    : fc.dictionary(fc.string(), fc.anything({ maxDepth: 2 }), { minKeys: 1, maxKeys: 3 });
  return fc.oneof(fc.anything({ maxDepth: 3 }), nearMiss, fc.constantFrom(null, undefined, [], '', 0, -1, 'x'.repeat(10_000)));
}

describe('contract fuzzing', () => {
  it('lists every method with params and result schemas and declared errors', () => {
    for (const m of METHOD_NAMES) {
      expect(contract[m].params.safeParse).toBeTypeOf('function');
      expect(contract[m].result.safeParse).toBeTypeOf('function');
      for (const code of contract[m].errors) expect(ERROR_CODES).toContain(code);
    }
  });

  it.each(METHOD_NAMES)('%s answers malformed params with typed errors only', async (method) => {
    const allowed = new Set<string>(['VALIDATION', 'NO_USER', ...contract[method].errors]);
    await fc.assert(
      fc.asyncProperty(paramsArbitrary(method), async (params) => {
        const env = await t.session.call(method, params);
        if (env.ok) return; // a random vector can be valid; then it simply worked
        expect(allowed.has(env.error.code), `${method} → ${env.error.code}`).toBe(true);
        expect(env.error.messageZh.length).toBeGreaterThan(0);
        expect(env.error.messageEn.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('rejects unknown methods and prototype names', async () => {
    for (const m of ['nope', '__proto__', 'constructor', 'toString', '', 'stories.list.x']) {
      const env = await t.session.call(m, {});
      expect(env.ok).toBe(false);
      if (!env.ok) expect(env.error.code).toBe('UNKNOWN_METHOD');
    }
  });
});
