import { createClient, type Client } from '../../shared/api/client';
import { createCore, type Core } from '../core/create-core';
import { resolveDbPath, userDataDir } from '../core/paths';
import { prepareDataFolder } from '../store/private-files';
import { takeOption } from './io';

/** Open the core in-process for one CLI run, acting as the given (or first administrator) user. */
export async function openCliCore(args: string[]): Promise<{ core: Core; client: Client; dbPath: string; userId: number | null }> {
  const db = takeOption(args, '--db');
  const dbPath = resolveDbPath(db ? ['--db', db] : []);
  prepareDataFolder(dbPath, userDataDir());
  const core = createCore({ dbPath, log: (m, e) => process.stderr.write(`${m}: ${e instanceof Error ? e.stack : String(e)}\n`) });
  const session = core.openSession('in-process');
  const client = createClient((method, params) => session.call(method, params));
  const asUser = takeOption(args, '--user') ?? 'admin';
  const users = await client.call('users.list', {});
  const user = users.find((u) => u.name === asUser);
  if (user) await client.call('session.setUser', { userId: user.id });
  return { core, client, dbPath, userId: user?.id ?? null };
}
