import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BanxinError } from '../../shared/api/errors';
import { ApiCallError, type Client } from '../../shared/api/client';
import type { FindingView } from '../../shared/api/methods/proofing';
import { checkText } from '../../shared/proof/index';
import { ContextPattern } from '../../shared/proof/lexicons/context-pattern';
import { defaultLexicons } from '../../shared/proof/lexicons/index';
import { ProofCheckPool } from '../../electron/core/proof-check/proof-pool';
import { workerScript } from '../../electron/core/worker-script';
import { tempCore, type TempCore } from '../support/temp-core';

let t: TempCore;
beforeEach(async () => (t = await tempCore()));
afterEach(() => t.dispose());

const STRESS = Number(process.env.BANXIN_STRESS) > 0;
const ENTRY = { kind: 'confusables' as const, wrong: '通知', right: '通告', source: '本报测试' };

/**
 * Runs proof.check on one session and users.list on another at the same moment. Returns whether
 * the check was still running when the other session had its answer (the core's thread was free).
 */
async function checkWhileAnotherAsks(checker: Client, text: string): Promise<{ findings: FindingView[]; otherAnsweredFirst: boolean }> {
  const other = t.newClient();
  let checkDone = false;
  const check = checker.call('proof.check', { text }).finally(() => (checkDone = true));
  const users = await other.client.call('users.list', {});
  expect(users.length).toBeGreaterThan(0);
  const otherAnsweredFirst = !checkDone;
  return { findings: await check, otherAnsweredFirst };
}

// Copy of ordinary county news, long enough that a check takes the worker a while.
const copy = (n: number): string => Array.from({ length: n }, (_, i) => `第${i}段：县政府办公室印发通知，要求各乡镇认真落实。`).join('\n');

describe('proof.check with the newsroom’s 词库: bounded, and off the core’s thread', () => {
  it('answers with a stored `(?:.*){12}Z` condition, and another session is answered while it runs', async () => {
    // issue #13 finding 4: this `before` pattern took the backtracking matcher 7 s per check and
    // held every other window's calls for as long
    await t.client.call('lexicons.create', { ...ENTRY, before: '(?:.*){12}Z' });
    const text = `${copy(400)}\n县里发布了Z通知。`;
    const { findings, otherAnsweredFirst } = await checkWhileAnotherAsks(t.client, text);
    const at = text.indexOf('Z通知') + 1;
    expect(findings.filter((f) => f.suggestion === '通告').map((f) => f.start)).toEqual([at]);
    expect(otherAnsweredFirst).toBe(true);
  });

  it('fuzz: generated catastrophic-looking conditions either are refused with a reason or check adversarial text correctly', async () => {
    // Shapes that make a backtracking engine exponential, over pieces that match the text.
    const piece = fc.constantFrom('.', '[^Z]', '县', '\\S', '(?:县|县)', '\\p{Script=Han}', '[县乡]');
    const shape = fc.tuple(piece, fc.integer({ min: 2, max: 20 }), fc.constantFrom('Z', '$', 'Z$', '')).map(([p, k, tail]) =>
      fc.sample(fc.constantFrom(`(?:${p}*){${k}}${tail}`, `(${p}+)+${tail}`, `(?:${p}|${p})*${tail}`, `(?:${p}?){${k}}${p}{${k}}${tail}`, `((${p}*)*)*${tail}`), 1)[0]!,
    );
    const runs = STRESS ? 60 : 6;
    const patterns = fc.sample(shape, { numRuns: runs, seed: 1304 });
    const adversarial = ['县'.repeat(200), `${'县乡'.repeat(100)}通知`, `${'县'.repeat(30)}通知${'乡'.repeat(30)}`, copy(STRESS ? 300 : 40)];
    let accepted = 0;
    for (const [k, src] of patterns.entries()) {
      const field = (['before', 'after', 'notBefore', 'notAfter'] as const)[k % 4]!;
      const created = await t.client.call('lexicons.create', { ...ENTRY, wrong: `通知${k}`, [field]: src }).then(
        (e) => e,
        (err: unknown) => {
          // refused: a validation error that says why, never a crash
          expect(err).toBeInstanceOf(ApiCallError);
          expect((err as ApiCallError).error.code).toBe('VALIDATION');
          return null;
        },
      );
      if (!created) continue;
      accepted++;
      for (const body of adversarial) {
        const text = body.replaceAll('通知', `通知${k}`);
        const { findings, otherAnsweredFirst } = await checkWhileAnotherAsks(t.client, text);
        expect(otherAnsweredFirst, src).toBe(true);
        const expected = expectedStarts(text, `通知${k}`, field, src);
        expect(findings.filter((f) => f.suggestion === '通告').map((f) => f.start), src).toEqual(expected);
      }
      await t.client.call('lexicons.delete', { id: created.id! });
    }
    expect(accepted).toBeGreaterThan(runs / 2);
  });
});

/**
 * Where the entry should fire: its condition on each occurrence's 16-character context (within its
 * paragraph), run on the
 * automaton directly (it agrees with RegExp: tests/unit/proof/context-pattern.test.ts; RegExp itself
 * is no oracle here, these shapes are what makes it exponential). Also checks that each test took a
 * number of steps linear in the context: the bound that holds whatever the pattern.
 */
function expectedStarts(text: string, wrong: string, field: 'before' | 'after' | 'notBefore' | 'notAfter', src: string): number[] {
  const left = field === 'before' || field === 'notBefore';
  const p = ContextPattern.compile(src, left ? 'suffix' : 'prefix');
  const out: number[] = [];
  for (let i = text.indexOf(wrong); i >= 0; i = text.indexOf(wrong, i + 1)) {
    // the checker sees one paragraph at a time: the window stops at a line break
    const end = i + wrong.length;
    const nl = text.indexOf('\n', end);
    const ctx = left ? text.slice(Math.max(0, i - 16, text.lastIndexOf('\n', i) + 1), i) : text.slice(end, Math.min(end + 16, nl < 0 ? text.length : nl));
    const before = p.steps;
    const holds = p.test(ctx);
    expect(p.steps - before).toBeLessThanOrEqual(3 * (ctx.length + 1) * p.size);
    if (field.startsWith('not') ? !holds : holds) out.push(i);
  }
  return out;
}

describe('the proof check pool', () => {
  const poolUrl = new URL('../../electron/core/proof-check/proof-pool.ts', import.meta.url).href;
  const real = () => workerScript(poolUrl, 'proof-worker');
  // A worker that comes up and never answers: what a check stuck in a loop looks like from outside.
  const stuck = { code: "const { parentPort } = require('node:worker_threads'); parentPort.postMessage({ ready: true }); parentPort.on('message', () => { for (;;); });" };

  it('stops a check past its bound with CHECK_TIMEOUT, and the next check starts a fresh worker', async () => {
    const scripts = [stuck, real()];
    const pool = new ProofCheckPool(() => scripts.shift() ?? null, 3000);
    const lexicons = defaultLexicons();
    const err = await pool.check(['县政府召开会议.'], lexicons).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(BanxinError);
    expect((err as BanxinError).code).toBe('CHECK_TIMEOUT');
    expect((err as BanxinError).messageZh).toMatch(/^校对检查超时/);
    const [found] = await pool.check(['县政府召开会议.'], lexicons);
    expect(found).toEqual(checkText('县政府召开会议.', { lexicons }));
    expect(pool.fallbackReason).toBeNull();
  });

  it('checks in the core’s thread, with the same findings, when no worker script exists', async () => {
    const pool = new ProofCheckPool(() => null, 300);
    const lexicons = defaultLexicons();
    const texts = ['县政府召开会议.', '', '他说:“好。”'];
    expect(await pool.check(texts, lexicons)).toEqual(texts.map((x) => checkText(x, { lexicons })));
    expect(pool.fallbackReason).toMatch(/not found/);
  });

  it('sends the word lists once per change and checks with the new ones after an edit', async () => {
    const pool = new ProofCheckPool(real, 60_000);
    const a = defaultLexicons();
    const b = { ...a, names: [{ wrong: '柳溪乡委', right: '柳溪乡党委', source: '本报', date: '2026-12-04' }] };
    const text = '柳溪乡委召开会议.';
    expect((await pool.check([text], a))[0]).toEqual(checkText(text, { lexicons: a }));
    expect((await pool.check([text], b))[0]).toEqual(checkText(text, { lexicons: b }));
    expect((await pool.check([text], b))[0]!.some((f) => f.suggestion === '柳溪乡党委')).toBe(true);
    expect((await pool.check([text], a))[0]!.some((f) => f.suggestion === '柳溪乡党委')).toBe(false);
  });
});
