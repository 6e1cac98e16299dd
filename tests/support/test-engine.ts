import { inject } from 'vitest';
import { join } from 'node:path';
import { PgDb } from '../../electron/store/engine/pg-db';
import type { PgConnectionConfig } from '../../electron/store/engine/pg-protocol';
import { createDatabaseSql, databaseUrl } from '../../electron/store/postgres-databases';

/**
 * Which engine the integration suite runs the core on: the `integration` project uses SQLite
 * files, `integration-pg` the same tests on a throwaway PostgreSQL (started by
 * pg-global-setup.ts), one fresh database per core.
 */
export const TEST_ENGINE: 'sqlite' | 'postgres' = process.env['BANXIN_TEST_ENGINE'] === 'postgres' ? 'postgres' : 'sqlite';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
  }
}

let admin: PgDb | undefined;
let counter = 0;

export interface TestStore {
  /** For createCore: the SQLite file, or on PostgreSQL the folder for local files plus the database. */
  dbPath: string;
  postgres?: PgConnectionConfig;
  /** Remove the PostgreSQL database (after the core has closed); nothing on SQLite (the folder goes with the test). */
  drop(): void;
}

export type StoreOptions = Pick<TestStore, 'dbPath' | 'postgres'>;

/** The createCore options for a test store. */
export const storeOptions = (s: TestStore): StoreOptions => ({ dbPath: s.dbPath, ...(s.postgres ? { postgres: s.postgres } : {}) });

/** The command-line arguments that open a test store. */
export const storeArgs = (s: StoreOptions): string[] => ['--db', s.dbPath, ...(s.postgres ? ['--pg', s.postgres.connectionString] : [])];

export function testStore(dir: string): TestStore {
  const dbPath = join(dir, 'banxin.db');
  if (TEST_ENGINE === 'sqlite') return { dbPath, drop: () => undefined };
  const server = inject('pgUrl');
  admin ??= new PgDb({ connectionString: server, statementTimeoutMs: 60_000 });
  const name = `t${process.pid}_${++counter}_${Math.random().toString(36).slice(2, 8)}`;
  admin.exec(createDatabaseSql(name));
  return {
    dbPath,
    postgres: { connectionString: databaseUrl(server, name), statementTimeoutMs: 60_000 },
    drop: () => admin?.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
