import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabaseSql } from '../../electron/store/postgres-databases';

/**
 * A throwaway PostgreSQL server for tests and benchmarks, made from the machine's own PostgreSQL
 * (Debian's `postgresql` package: initdb and pg_ctl under /usr/lib/postgresql/<n>/bin). It lives
 * in a temp folder, listens on 127.0.0.1 on a private port, trusts local connections, and is
 * gone after `stop()`. initdb refuses to run as root, so as root it runs as the `postgres` account.
 */
export interface PgCluster {
  readonly port: number;
  readonly dataDir: string;
  /** A connection URL for a database on this server (the maintenance database by default). */
  url(database?: string): string;
  /** A new empty UTF-8 database; returns its URL. */
  createDatabase(name: string): string;
  /** Stop the server with the given shutdown mode and start it again on the same port. */
  restart(mode?: 'fast' | 'immediate'): void;
  stop(): void;
}

export const PG_SUPERUSER = 'banxin';

export function postgresBinDir(): string | undefined {
  const fromEnv = process.env['BANXIN_PG_BIN'];
  if (fromEnv) return fromEnv;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) if (existsSync(join(root, v, 'bin', 'initdb'))) return join(root, v, 'bin');
  return undefined;
}

export interface ClusterOptions {
  /** Durability off (fsync, full-page writes) for suites that only test behaviour; keep it on for crash tests. */
  fast?: boolean;
  /** More server settings, `name=value` (e.g. `shared_buffers=1GB`, as a newsroom's server would have). */
  settings?: readonly string[];
}

export function startPgCluster(options: ClusterOptions = {}): PgCluster {
  const bin = postgresBinDir();
  if (!bin) throw new Error('PostgreSQL is not installed: apt-get install postgresql (or set BANXIN_PG_BIN to its bin folder)');
  const root = mkdtempSync(join(tmpdir(), 'banxin-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(root, uid, gid);
  }
  chmodSync(root, 0o700);
  const run = (cmd: string, args: string[]): void => {
    const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]] : [join(bin, cmd), args];
    const r = spawnSync(file, argv, { encoding: 'utf8', cwd: root });
    if (r.status !== 0) throw new Error(`${cmd} failed (${r.status}): ${r.stderr || r.stdout}`);
  };
  const dataDir = join(root, 'data');
  run('initdb', ['-D', dataDir, '-U', PG_SUPERUSER, '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-instructions']);
  const settings = ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${root}`, '-c', 'max_connections=200'];
  if (options.fast) settings.push('-c', 'fsync=off', '-c', 'full_page_writes=off', '-c', 'synchronous_commit=off');
  for (const s of options.settings ?? []) settings.push('-c', s);
  let port = 0;
  const start = (): void => run('pg_ctl', ['-D', dataDir, '-l', join(root, 'server.log'), '-w', '-t', '60', '-o', [`-p ${port}`, ...quoteAll(settings)].join(' '), 'start']);
  // A private port: try a few random ones (another test run may hold one).
  for (let attempt = 0; ; attempt++) {
    port = 20_000 + Math.floor(Math.random() * 30_000);
    try {
      start();
      break;
    } catch (err) {
      if (attempt >= 5) throw err;
    }
  }
  const url = (database = 'postgres'): string => `postgres://${PG_SUPERUSER}@127.0.0.1:${port}/${database}`;
  let stopped = false;
  return {
    port, dataDir, url,
    createDatabase(name: string): string {
      run('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', url(), '-c', createDatabaseSql(name)]);
      return url(name);
    },
    restart(mode = 'fast'): void {
      run('pg_ctl', ['-D', dataDir, '-m', mode, '-w', 'stop']);
      start();
    },
    stop(): void {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
}

// pg_ctl -o passes one string to the server's command line: each -c value is one word.
const quoteAll = (args: string[]): string[] => args.map((a) => (a.startsWith('-') ? a : `'${a}'`));
