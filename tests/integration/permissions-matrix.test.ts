import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiCallError, type Client } from '../../shared/api/client';
import { contract, METHOD_NAMES, type MethodName } from '../../shared/api/contract';
import { may, PERMISSIONS } from '../../shared/api/permissions';
import { ROLES, type Role } from '../../shared/model/roles';
import { minimalParams } from '../support/minimal-params';
import { desk, signedIn, team } from '../support/newsroom';
import { tempCore, type TempCore } from '../support/temp-core';

let t: TempCore;
let accounts: Awaited<ReturnType<typeof team>>;

beforeAll(async () => {
  t = await tempCore();
  accounts = await team(t);
});
afterAll(() => t.dispose());

/** The error code a call answers, or 'OK'; with the reason of an UNAUTHENTICATED ('required' is the gate's). */
async function answer(client: Client, method: MethodName, params: unknown): Promise<string> {
  try {
    await client.call(method, params as never);
    return 'OK';
  } catch (err) {
    if (!(err instanceof ApiCallError)) throw err;
    const reason = (err.error.details as { reason?: string } | undefined)?.reason;
    return err.error.code === 'UNAUTHENTICATED' ? `UNAUTHENTICATED:${reason}` : err.error.code;
  }
}

// Signing out ends the session the rest of the sweep runs in: last.
const SWEEP = [...METHOD_NAMES.filter((m) => m !== 'session.signOut'), 'session.signOut' as const];

describe('the permission table: one entry per method, enforced for every role × method', () => {
  it('has an entry for every contract method and nothing else, and every sweep fixture passes its schema', () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual([...METHOD_NAMES].sort());
    const fixtures = minimalParams({ userId: 1 });
    for (const m of METHOD_NAMES) {
      const parsed = contract[m].params.safeParse(fixtures[m]);
      expect(parsed.success, `${m}: ${parsed.success ? '' : JSON.stringify(parsed.error.issues)}`).toBe(true);
    }
  });

  it('answers UNAUTHENTICATED to every method but the public ones before sign-in', async () => {
    const { client } = desk(t);
    const fixtures = minimalParams({ userId: accounts.reporter.id });
    const publicOnes: string[] = [];
    for (const m of SWEEP) {
      const code = await answer(client, m, fixtures[m]);
      if (PERMISSIONS[m] === 'public') {
        publicOnes.push(m);
        expect(code, m).not.toBe('UNAUTHENTICATED:required');
      } else {
        expect(code, m).toBe('UNAUTHENTICATED:required');
      }
    }
    expect(publicOnes.sort()).toEqual(['session.resume', 'session.signIn', 'system.info']);
  });

  for (const role of ROLES) {
    it(`signed in as ${role}: each forbidden method answers FORBIDDEN, each allowed one gets past the gate`, async () => {
      const me = accounts[role as Role];
      const { client, token } = await signedIn(t, me.name);
      const fixtures = minimalParams({ userId: me.id, token });
      const seen: Record<string, string> = {};
      for (const m of SWEEP) {
        const code = await answer(client, m, fixtures[m]);
        seen[m] = code;
        if (may(role, m, { requireSignIn: true })) {
          expect(code.startsWith('UNAUTHENTICATED') || ['FORBIDDEN', 'VALIDATION', 'INTERNAL'].includes(code), `${role} ${m} answered ${code}`).toBe(false);
        } else {
          expect(code, `${role} ${m}`).toBe('FORBIDDEN');
        }
      }
      // The sweep really reached the services: reads answer, and the lists are not all refusals.
      expect(seen['stories.list']).toBe('OK');
      expect(Object.values(seen).filter((c) => c === 'FORBIDDEN').length).toBe(SWEEP.filter((m) => !may(role, m, { requireSignIn: true })).length);
    });
  }

  it('on a single desk, choosing who sits there still works, and the chosen role is held to the same table', async () => {
    const w = t.newClient();
    await w.client.call('session.setUser', { userId: accounts.proofreader.id });
    expect(await answer(w.client, 'corrections.add', minimalParams({ userId: accounts.proofreader.id })['corrections.add'])).toBe('NOT_FOUND');
    expect(await answer(w.client, 'stories.create', minimalParams({ userId: accounts.proofreader.id })['stories.create'])).toBe('FORBIDDEN');
    expect(await answer(w.client, 'issues.create', { date: '2026-12-06' })).toBe('FORBIDDEN');
    // The refusal names the action and who may do it instead.
    const refused = await w.client.call('corrections.decide', { storyId: 1, decision: 'accept' }).catch((e: ApiCallError) => e.error);
    expect(refused).toMatchObject({ code: 'FORBIDDEN', messageZh: '当前用户无权执行此操作。处理校对修改需由编辑、值班总编、管理员执行。' });
  });
});
