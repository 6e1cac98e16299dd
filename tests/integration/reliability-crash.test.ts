// The kill -9 harness (issue 8, R1/R5): child processes run the real core on a temp database —
// autosaves, imports, online backups, migrations — and are SIGKILLed at random moments. After
// every kill: no acknowledged save is lost, integrity_check is ok, foreign_key_check is empty,
// Banxin's invariants hold, every published backup verifies, a migrating database is at exactly
// one schema version and opens. 200 kills in `npm test`, 1,000 with BANXIN_STRESS=1.
import { SqliteDb } from '../../electron/store/engine/sqlite-db';
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION, listBackups, parseBackupName, verifyDatabaseFile } from '../../electron/store/backup';
import { acquireDatabaseLock, lockPathFor } from '../../electron/store/lock';
import { MIGRATIONS, LATEST_SCHEMA_VERSION } from '../../electron/store/migrations';
import { migrate, openDatabase } from '../../electron/store/open-database';
import { cpuMs } from './cpu-clock';
import { invariantViolations, schemaOf } from './reliability-invariants';

const STRESS = process.env.BANXIN_STRESS === '1';
const KILLS = Number(process.env.BANXIN_KILLS ?? (STRESS ? 1000 : 200));
const LANES = 2;
const MODES = ['autosave', 'import', 'backup', 'migration'] as const;
type Mode = (typeof MODES)[number];
const SEED_FILE = resolve(process.cwd(), '../shared/seed/000_482dc2148900315e.txt');

let work: string;
let childJs: string;
let template: string;
const TEMPLATE_STORIES = 300;
const refSchemas = new Map<number, string>();

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'banxin-crash-'));
  // Bundled once (split, so only import children compile the importer and lexicons): hundreds of
  // children then start without compiling TypeScript. The symlink lets the bundle find better-sqlite3
  // and jieba-wasm (which finds its .wasm beside itself with __dirname, so it cannot be bundled).
  symlinkSync(resolve(process.cwd(), 'node_modules'), join(work, 'node_modules'), 'dir');
  await build({
    entryPoints: { child: resolve(process.cwd(), 'tests/integration/reliability-crash-child.ts') },
    bundle: true, splitting: true, platform: 'node', format: 'esm', target: 'node20', external: ['better-sqlite3', 'jieba-wasm'],
    outdir: join(work, 'bundle'), outExtension: { '.js': '.mjs' }, logLevel: 'error',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  childJs = join(work, 'bundle', 'child.mjs');
  for (const m of MIGRATIONS) {
    const db = SqliteDb.file(':memory:');
    migrate(db, MIGRATIONS.filter((x) => x.version <= m.version));
    refSchemas.set(m.version, schemaOf(db));
    db.close();
  }
  // A database at schema version 1 with enough stories that migrating it takes a while.
  template = join(work, 'template-v1.db');
  const db = SqliteDb.file(template);
  db.pragma('journal_mode = WAL');
  migrate(db, MIGRATIONS.slice(0, 1));
  db.prepare("INSERT INTO users(name, display_name, role, created_at) VALUES ('admin', '管理员', 'admin', 'x')").run();
  const ins = db.prepare("INSERT INTO stories(headline, body_json, owner_id, created_at, updated_at) VALUES (?, ?, 1, 'x', 'x')");
  db.write(() => {
    for (let i = 0; i < TEMPLATE_STORIES; i++) ins.run(`旧稿 ${i}`, JSON.stringify([{ type: 'paragraph', text: `第${i}篇：𠮷野家永康${'全会深入贯彻精神。'.repeat(20)}` }]));
  });
  db.close();
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true, maxRetries: 5 }));

interface Lane {
  dir: string;
  dbPath: string;
  /** `${storyId}:${revision}` → content hash, for every acknowledged save. */
  saves: Map<string, string>;
  imported: Set<number>;
  backups: Set<string>;
  generation: number;
}

interface Totals {
  kills: number;
  byMode: Record<Mode, number>;
  acked: number;
  lost: number;
  integrityFailures: number;
  invariantViolations: number;
  publishedBackupsChecked: number;
  badBackups: number;
  migrationVersions: Record<number, number>;
  failures: string[];
  /** CPU (this process + exited children) and wall time per kill, in each quarter of the run. */
  quarters: Array<{ kills: number; cpuMsPerKill: number; wallMsPerKill: number }>;
}

let quarterMark = { kills: 0, cpu: 0, wall: 0 };
function markQuarter(t: Totals): void {
  if (t.kills % Math.max(1, Math.floor(KILLS / 4)) !== 0) return;
  const c = cpuMs();
  const cpu = c.self + c.children;
  const n = t.kills - quarterMark.kills;
  t.quarters.push({ kills: t.kills, cpuMsPerKill: Math.round((cpu - quarterMark.cpu) / n), wallMsPerKill: Math.round((Date.now() - quarterMark.wall) / n) });
  quarterMark = { kills: t.kills, cpu, wall: Date.now() };
}

interface Warm {
  /**
   * Start the child and SIGKILL it `killAfterMs` after "go", or after its "ready" (database open,
   * session set): on a loaded machine opening alone can outlast a window counted from "go".
   */
  run(mode: Mode, dbPath: string, seed: number, killAfterMs: number, from?: 'go' | 'ready'): Promise<{ lines: string[]; killed: boolean; stderr: string; code: number | null }>;
}

/** Spawn a child and wait until its modules are loaded; it opens nothing until `run`. */
function warmChild(mode: Mode): Promise<Warm> {
  return new Promise((ready, fail) => {
    const child = spawn(process.execPath, [childJs, mode], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let stderr = '';
    let killed = false;
    let onClose: ((code: number | null) => void) | undefined;
    let onReady: (() => void) | undefined;
    let closed: number | null | undefined;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString('utf8');
      if (out.startsWith('loaded\n')) {
        out = out.slice('loaded\n'.length);
        ready(warm);
      }
      if (onReady && /(^|\n)ready\n/.test(out)) {
        onReady();
        onReady = undefined;
      }
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code) => {
      closed = code;
      if (onClose) onClose(code);
      else fail(new Error(`child exited before it was ready: ${stderr}`));
    });
    const warm: Warm = {
      run: (mode, dbPath, seed, killAfterMs, from = 'go') =>
        new Promise((done) => {
          let timer: ReturnType<typeof setTimeout> | undefined;
          const arm = (): void => void (timer = setTimeout(() => (killed = child.kill('SIGKILL')), killAfterMs));
          if (from === 'go') arm();
          else onReady = arm;
          onClose = (code) => {
            clearTimeout(timer);
            // Only complete lines are acknowledgements: a line cut by the kill was never acknowledged.
            const lines = out.split('\n');
            lines.pop();
            done({ lines, killed, stderr, code });
          };
          if (closed !== undefined) onClose(closed);
          child.stdin.end(`${JSON.stringify({ mode, dbPath, seed, seedFile: SEED_FILE })}\n`);
        }),
    };
  });
}

function verifyLane(lane: Lane, t: Totals, label: string): void {
  // The killed child's lock file is stale (its pid is gone) and must be taken over, not obeyed.
  if (existsSync(lockPathFor(lane.dbPath))) {
    const lock = acquireDatabaseLock(lane.dbPath, 'crash-harness');
    if (!lock.tookOverStale) t.failures.push(`${label}: lock was not stale`);
    lock.release();
  }
  const db = openDatabase(lane.dbPath);
  try {
    const violations = invariantViolations(db);
    if (violations.some((v) => v.startsWith('integrity') || v.startsWith('foreign'))) t.integrityFailures++;
    t.invariantViolations += violations.length;
    for (const v of violations.slice(0, 3)) t.failures.push(`${label}: ${v}`);
    const rev = db.prepare('SELECT content_hash FROM revisions WHERE story_id = ? AND number = ?');
    for (const [key, hash] of lane.saves) {
      const [id, n] = key.split(':').map(Number);
      const row = rev.get(id, n) as { content_hash: string } | undefined;
      if (row?.content_hash !== hash) {
        t.lost++;
        t.failures.push(`${label}: acknowledged save ${key} lost`);
      }
    }
    const has = db.prepare('SELECT 1 FROM stories WHERE id = ?');
    for (const id of lane.imported) if (!has.get(id)) {
      t.lost++;
      t.failures.push(`${label}: imported story ${id} lost`);
    }
  } finally {
    db.close();
  }
  const listed = listBackups(lane.dbPath);
  const published = new Set(listed.map((b) => b.id));
  for (const id of lane.backups) {
    if (published.has(id)) continue;
    // Retention keeps the newest DEFAULT_RETENTION.keepLast (and one an hour, one a day): an
    // acknowledged backup may go only once that many newer ones are published after it.
    const made = parseBackupName(id)?.createdAt ?? '';
    const newer = listed.filter((b) => b.createdAt > made).length;
    if (newer < DEFAULT_RETENTION.keepLast) t.failures.push(`${label}: acknowledged backup ${id} missing (${newer} newer kept)`);
  }
  // A published backup is renamed into place whole and never written again: verifying each one
  // once is enough, and keeps the harness linear in the number of kills.
  const seen = verifiedBackups.get(lane.dbPath) ?? new Set<string>();
  verifiedBackups.set(lane.dbPath, seen);
  for (const b of listBackups(lane.dbPath)) {
    if (seen.has(b.id)) continue;
    seen.add(b.id);
    t.publishedBackupsChecked++;
    const v = verifyDatabaseFile(b.path);
    if (!v.ok) {
      t.badBackups++;
      t.failures.push(`${label}: published backup ${b.id} bad: ${v.problem}`);
    }
  }
}

const verifiedBackups = new Map<string, Set<string>>();

function verifyMigration(dbPath: string, t: Totals, label: string, acked: number | undefined): void {
  const raw = SqliteDb.file(dbPath);
  try {
    const version = Number(raw.pragma('user_version', { simple: true }));
    t.migrationVersions[version] = (t.migrationVersions[version] ?? 0) + 1;
    if (raw.pragma('integrity_check', { simple: true }) !== 'ok') {
      t.integrityFailures++;
      t.failures.push(`${label}: integrity`);
    }
    // Exactly one version: the schema is the reference schema of the version it claims.
    if (schemaOf(raw) !== refSchemas.get(version)) t.failures.push(`${label}: schema is not exactly version ${version}`);
    if (acked !== undefined && version !== acked) t.failures.push(`${label}: acked version ${acked} but found ${version}`);
    const n = (raw.prepare('SELECT count(*) AS n FROM stories').get() as { n: number }).n;
    if (n !== TEMPLATE_STORIES) {
      t.lost++;
      t.failures.push(`${label}: ${n} stories after migration crash`);
    }
  } finally {
    raw.close();
  }
  for (const b of listBackups(dbPath)) {
    t.publishedBackupsChecked++;
    const v = verifyDatabaseFile(b.path);
    if (!v.ok || v.schemaVersion !== 1) {
      t.badBackups++;
      t.failures.push(`${label}: pre-migration backup bad`);
    }
  }
  const db = openDatabase(dbPath);
  if (Number(db.pragma('user_version', { simple: true })) !== LATEST_SCHEMA_VERSION) t.failures.push(`${label}: did not finish migrating`);
  if (db.pragma('integrity_check', { simple: true }) !== 'ok') t.failures.push(`${label}: integrity after migrating`);
  db.close();
}

async function runLane(index: number, kills: number, t: Totals): Promise<void> {
  let seed = 0x9e3779b9 ^ (index * 7919);
  const rand = (): number => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const newLane = (generation: number): Lane => {
    const dir = join(work, `lane${index}-${generation}`);
    mkdirSync(dir, { recursive: true });
    return { dir, dbPath: join(dir, 'banxin.db'), saves: new Map(), imported: new Set(), backups: new Set(), generation };
  };
  let lane = newLane(0);
  const modeOf = (k: number): Mode => MODES[k % MODES.length]!;
  let next = warmChild(modeOf(0));
  for (let k = 0; k < kills; k++) {
    const tw = Date.now();
    const child = await next;
    next = warmChild(modeOf(k + 1));
    const tr = Date.now();
    const mode = modeOf(k);
    const label = `lane ${index} kill ${k} (${mode})`;
    // From "go": the window covers opening (stale-lock takeover, WAL recovery) and the work itself.
    const delay = 10 + Math.floor(rand() * 900);
    let tv = 0;
    if (mode === 'migration') {
      const dir = join(work, `mig${index}-${k}`);
      mkdirSync(dir);
      const dbPath = join(dir, 'banxin.db');
      copyFileSync(template, dbPath);
      const r = await child.run(mode, dbPath, k, delay);
      tv = Date.now();
      if (!r.killed && r.code !== 0) t.failures.push(`${label}: child failed: ${r.stderr.slice(0, 400)}`);
      const acked = r.lines.map((l) => /^migrated (\d+)$/.exec(l)?.[1]).find(Boolean);
      verifyMigration(dbPath, t, label, acked === undefined ? undefined : Number(acked));
      rmSync(dir, { recursive: true, force: true });
    } else {
      // One kill in four counts from "go" and may land in the open (stale-lock takeover, WAL
      // recovery); the rest count from "ready", so they land in the work however slow the open was.
      const r = await child.run(mode, lane.dbPath, k * 31 + index, delay, rand() < 0.25 ? 'go' : 'ready');
      tv = Date.now();
      if (!r.killed) t.failures.push(`${label}: child ended by itself (${r.code}): ${r.stderr.slice(0, 400)}`);
      for (const line of r.lines) {
        const [kind, a, b, c] = line.split(' ');
        if (kind === 'save') lane.saves.set(`${a}:${b}`, c!);
        else if (kind === 'import') for (const id of a!.split(',')) lane.imported.add(Number(id));
        else if (kind === 'backup') lane.backups.add(a!);
        else continue;
        t.acked++;
      }
      verifyLane(lane, t, label);
      // Retention may legitimately prune old acknowledged backups: only the newest must stay.
      lane.backups = new Set([...lane.backups].sort().slice(-1));
      // A fresh database every eight kills (each mode twice): the children save and import as fast
      // as they can, and a lane's file otherwise grows to hundreds of MB, making every
      // integrity_check slower than the kill it verifies.
      if (k % 8 === 7) {
        rmSync(lane.dir, { recursive: true, force: true });
        lane = newLane(lane.generation + 1);
      }
    }
    if (process.env.BANXIN_HARNESS_DEBUG) console.log(label, 'wait', tr - tw, 'run', tv - tr, 'verify', Date.now() - tv);
    t.kills++;
    t.byMode[mode]++;
    markQuarter(t);
  }
  // The last warmed child is never used: stop it before the folder goes.
  await (await next).run('autosave', join(work, 'unused.db'), 0, 0);
}

describe('kill -9 during autosave, import, backup and migration', () => {
  it(`${KILLS} random SIGKILLs: nothing acknowledged is lost, the database and every published backup stay sound`, async () => {
    const t: Totals = {
      kills: 0, byMode: { autosave: 0, import: 0, backup: 0, migration: 0 }, acked: 0, lost: 0, integrityFailures: 0,
      invariantViolations: 0, publishedBackupsChecked: 0, badBackups: 0, migrationVersions: {}, failures: [], quarters: [],
    };
    const t0 = Date.now();
    const c0 = cpuMs();
    quarterMark = { kills: 0, cpu: c0.self + c0.children, wall: t0 };
    await Promise.all(Array.from({ length: LANES }, (_, i) => runLane(i, Math.ceil(KILLS / LANES), t)));
    const seconds = (Date.now() - t0) / 1000;
    const c1 = cpuMs();
    const cpuSeconds = { harness: Math.round(c1.self - c0.self) / 1000, children: Math.round(c1.children - c0.children) / 1000 };
    console.log(JSON.stringify({ harness: 'kill-9', seconds, cpuSeconds, ...t, failures: t.failures.slice(0, 20) }));
    expect(t.failures).toEqual([]);
    expect(t.kills).toBeGreaterThanOrEqual(KILLS);
    expect(t.lost).toBe(0);
    expect(t.integrityFailures).toBe(0);
    expect(t.badBackups).toBe(0);
    // The kills really landed mid-work: saves were acknowledged and some migrations were caught half-way.
    expect(t.acked).toBeGreaterThan(KILLS);
    expect(readdirSync(work).length).toBeGreaterThan(0);
  }, STRESS ? 3_600_000 : 1_500_000);
});
