import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type Client } from '../../shared/api/client';
import { createCore, type Core, type CoreSession } from '../../electron/core/create-core';
import { storeArgs, storeOptions, testStore, type StoreOptions } from './test-engine';

export interface TempCore {
  core: Core;
  session: CoreSession;
  client: Client;
  dir: string;
  dbPath: string;
  /** What createCore needs to open the same store again (a restart): the file, or the PostgreSQL database too. */
  store: StoreOptions;
  /** The same for a CLI run or a server process: `--db PATH` and, on PostgreSQL, `--pg URL`. */
  cliArgs: string[];
  /** Another window on the same core, with its own acting user. */
  newClient(): { session: CoreSession; client: Client };
  dispose(): void;
}

/** A real core over a real store (a SQLite file, or a PostgreSQL database in integration-pg) in a fresh temp folder, acting as the bootstrap administrator. */
export async function tempCore(opts: { actAsAdmin?: boolean; clock?: () => Date } = {}): Promise<TempCore> {
  const dir = mkdtempSync(join(tmpdir(), 'banxin-test-'));
  const store = testStore(dir);
  const { dbPath } = store;
  // Internal errors reach the client only as INTERNAL: print them, so a failing test says why.
  const log = (message: string, err: unknown): void => console.error(message, err);
  const core = createCore({ dbPath, log, ...(store.postgres ? { postgres: store.postgres } : {}), ...(opts.clock ? { clock: opts.clock } : {}) });
  const newClient = (): { session: CoreSession; client: Client } => {
    const session = core.openSession('in-process');
    return { session, client: createClient((m, p) => session.call(m, p)) };
  };
  const { session, client } = newClient();
  if (opts.actAsAdmin !== false) {
    const [admin] = await client.call('users.list', {});
    await client.call('session.setUser', { userId: admin!.id });
  }
  return {
    core, session, client, dir, dbPath, newClient,
    store: storeOptions(store),
    cliArgs: storeArgs(store),
    dispose() {
      core.close();
      store.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A story content object with sensible defaults. */
export function content(over: Partial<import('../../shared/model/story').StoryContent> = {}): import('../../shared/model/story').StoryContent {
  return { kind: 'article', kicker: '', headline: '标题', subhead: '', byline: '', dateline: '', section: '', body: [], ...over };
}
