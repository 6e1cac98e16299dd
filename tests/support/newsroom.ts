import { createClient, type Client } from '../../shared/api/client';
import type { Core, CoreSession } from '../../electron/core/create-core';
import { ROLES, type Role } from '../../shared/model/roles';
import type { TempCore } from './temp-core';

/** One password per test account: long enough for the policy, never a real one. */
export const passwordOf = (name: string): string => `pw-${name}-版心2026`;

/** A desk of the newsroom server: a socket that must sign in, from a given address. */
export function desk(t: TempCore, address = '10.0.0.7'): { session: CoreSession; client: Client } {
  const session = t.core.openSession('websocket', { requireSignIn: true, address });
  return { session, client: createClient((m, p) => session.call(m, p)) };
}

/** One account per role (besides the bootstrap admin), each with a password, created by the administrator. */
export async function team(t: TempCore): Promise<Record<Role, { id: number; name: string }>> {
  const out = {} as Record<Role, { id: number; name: string }>;
  for (const role of ROLES) {
    const name = `u-${role}`;
    const u = await t.client.call('users.create', { name, displayName: `${role} 同事`, role, password: passwordOf(name) });
    out[role] = { id: u.id, name };
  }
  return out;
}

/** A desk signed in as that account. */
export async function signedIn(t: TempCore, name: string, address?: string): Promise<{ session: CoreSession; client: Client; token: string }> {
  const d = desk(t, address);
  const { token } = await d.client.call('session.signIn', { name, password: passwordOf(name) });
  return { ...d, token };
}

/**
 * An in-process client acting as that user, for setting up a newsroom's data before its server
 * starts. The setUser call is queued first, so every later call on the client acts as the user.
 */
export function actingAs(core: Core, userId: number): Client {
  const s = core.openSession('in-process');
  const c = createClient((m, p) => s.call(m, p));
  void c.call('session.setUser', { userId });
  return c;
}
