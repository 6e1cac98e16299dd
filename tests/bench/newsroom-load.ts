// Newsroom load: N simulated desks over WebSocket against Banxin server processes on this
// machine — open stories, type with autosave every second, mark corrections, re-compose pages,
// search — with a server killed -9 mid-run and restarted; desks reconnect by themselves.
//
// npx tsx tests/bench/newsroom-load.ts [--desks 50] [--seconds 120] [--kills 2] [--db PATH] [--out FILE]
//                                      [--pg URL|auto --servers N]
//
// SQLite: one server on one file, killed -9 K times. With --pg: first that same SQLite run, then
// the same desks against N servers on one PostgreSQL database (`auto`: a throwaway server this
// run starts, with durability on), one server killed -9 at a third of the run and PostgreSQL
// restarted (fast shutdown) at two thirds; a desk whose server is gone moves to the next one.
// FILE gets every acknowledged save (story id, revision, SHA-256 of the content JSON) and the
// figures; afterwards every acknowledged save is looked up in the database itself. Exits 1
// when a save is missing or applied twice. Prints the figures as one JSON object.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore, type CoreOptions } from '../../electron/core/create-core';
import { openDatabase } from '../../electron/store/open-database';
import { openPostgres } from '../../electron/store/open-postgres';
import type { Db } from '../../electron/store/engine/sql-db';
import { startPgCluster, type PgCluster } from '../support/pg-cluster';
import { buildDemoIssue } from '../../electron/cli/demo-command';
import { createClient } from '../../shared/api/client';
import { DeskSocket, Disconnected, type Envelope } from './newsroom/desk-socket';
import { ServerProcess } from './newsroom/server-process';
import { contentHash, verifyAcknowledged, type AckedSave } from './newsroom/verify-saves';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const DESKS = Number(arg('desks', '50'));
const SECONDS = Number(arg('seconds', '120'));
const KILLS = Number(arg('kills', '2'));
const dbPath = resolve(arg('db', join(mkdtempSync(join(tmpdir(), 'banxin-newsroom-load-')), 'newsroom.db')));
const PG = arg('pg', '');
const SERVERS = Number(arg('servers', PG ? '2' : '1'));
const outFile = resolve(arg('out', join(root, '.out', 'newsroom-load.json')));
const password = (i: number): string => `desk-${i}-版心-load`;

type Role = 'editor' | 'proofreader' | 'designer';
const roleOf = (i: number): Role => (i % 10 < 7 ? 'editor' : i % 10 < 9 ? 'proofreader' : 'designer');

interface StoryContent {
  kind: 'article';
  kicker: string;
  headline: string;
  subhead: string;
  byline: string;
  dateline: string;
  section: string;
  body: { type: 'paragraph'; text: string }[];
}

const seedText = readFileSync(resolve(root, '../shared/seed/000_482dc2148900315e.txt'));
const sentences = seedText.toString('utf8').split(/(?<=[。！？])/).map((s) => s.replace(/\s+/g, '')).filter((s) => s.length > 8);

/** The newsroom before the day starts: the sample issue, one account and one story per desk. */
async function prepare(store: Pick<CoreOptions, 'dbPath' | 'postgres'>): Promise<{ storyIds: number[]; pageIds: number[] }> {
  const core = createCore({ ...store, scheduledBackups: false });
  try {
    const admin = core.openSession('in-process');
    const call = async (method: string, params: unknown): Promise<unknown> => {
      const e = await admin.call(method, params);
      if (!e.ok) throw new Error(`${method}: ${JSON.stringify(e.error)}`);
      return e.result;
    };
    const [first] = (await call('users.list', {})) as { id: number }[];
    await call('session.setUser', { userId: first!.id });
    const { issue } = await buildDemoIssue(createClient((m, p) => admin.call(m, p)), { name: 'seed.txt', bytes: seedText });
    const storyIds: number[] = [];
    for (let i = 0; i < DESKS; i++) {
      await call('users.create', { name: `desk${i}`, displayName: `编辑部${i}号`, role: roleOf(i), password: password(i) });
      const body = Array.from({ length: 6 }, (_, k) => ({ type: 'paragraph' as const, text: sentences[(i * 7 + k) % sentences.length]! }));
      const story = (await call('stories.create', { content: { kind: 'article', kicker: '', headline: `第${i}号稿件`, subhead: '', byline: '', dateline: '', section: '要闻', body } })) as { id: number };
      // In 一校, so the proofreaders' desks can mark corrections on it while its editor types.
      await call('stories.setStatus', { id: story.id, status: 'editing' });
      await call('stories.setStatus', { id: story.id, status: 'proof-1' });
      storyIds.push(story.id);
    }
    return { storyIds, pageIds: issue.pages.map((p) => p.id) };
  } finally {
    core.close();
  }
}

function percentile(xs: number[], p: number): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor(p * s.length))]! * 10) / 10;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface Scenario {
  engine: 'sqlite' | 'postgres';
  store: Pick<CoreOptions, 'dbPath' | 'postgres'>;
  servers: number;
  /** What happens mid-run, in order, spread evenly: kill -9 server i (and restart it), or restart the database. */
  faults: Array<{ kind: 'kill'; server: number } | { kind: 'database-restart' }>;
  cluster?: PgCluster;
  /** Reads the revisions afterwards. */
  openCheck(): Db;
}

async function runScenario(sc: Scenario): Promise<{ figures: Record<string, unknown>; acked: AckedSave[]; check: ReturnType<typeof verifyAcknowledged> }> {
  const cli = join(root, 'dist', 'cli.mjs');
  const command = [process.execPath, cli];
  const { storyIds, pageIds } = await prepare(sc.store);
  const storeArgs = ['--db', sc.store.dbPath, ...(sc.store.postgres ? ['--pg', sc.store.postgres.connectionString] : [])];
  const servers = Array.from({ length: sc.servers }, () => new ServerProcess(command, storeArgs));
  const origins: string[] = [];
  for (const s of servers) origins.push(await s.start());

  const acked: AckedSave[] = [];
  const saveLatency: number[] = [];
  const eventLatency: number[] = [];
  const sentAt = new Map<string, number>(); // `${story}:${revision}` → when its save was sent
  const outages: { from: number; to: number }[] = [];
  const inOutage = (t: number): boolean => outages.some((o) => t >= o.from - 100 && t <= o.to + 2000);
  const counts = { saves: 0, conflicts: 0, inFlightAtKill: 0, corrections: 0, compositions: 0, searches: 0, callErrors: {} as Record<string, number> };
  const countError = (e: Envelope): void => {
    const code = e.error?.code ?? 'UNKNOWN';
    counts.callErrors[code] = (counts.callErrors[code] ?? 0) + 1;
  };

  const t0 = performance.now();
  const end = t0 + SECONDS * 1000;

  async function runDesk(i: number): Promise<void> {
    const desk = new DeskSocket(origins, i, `desk${i}`, password(i), (event, payload, at) => {
      if (event !== 'story.changed') return;
      const p = payload as { id: number; revision: number };
      const sent = sentAt.get(`${p.id}:${p.revision}`);
      if (sent !== undefined && !inOutage(sent) && eventLatency.length < 200_000) eventLatency.push(Math.max(0, at - sent));
    });
    const role = roleOf(i);
    const mine = storyIds[i]!;
    let content: StoryContent | null = null;
    let revision = 0;
    const reload = async (): Promise<void> => {
      const got = await desk.call('stories.get', { id: mine });
      if (!got.ok) throw new Error(`stories.get: ${got.error?.code}`);
      const s = got.result as { revision: number; content: StoryContent };
      content = s.content;
      revision = s.revision;
    };
    await sleep((i * 997) % 1000); // desks start through the first second, as people do
    let tick = 0;
    while (performance.now() < end) {
      tick++;
      const started = performance.now();
      try {
        if (role === 'editor') {
          if (!content) await reload();
          const c = content! as StoryContent;
          const last = c.body[c.body.length - 1]!;
          const next: StoryContent = { ...c, body: [...c.body.slice(0, -1), { type: 'paragraph', text: `${last.text}${sentences[(i + tick) % sentences.length]!.slice(0, 2)}${tick}` }] };
          const sent = performance.now();
          const key = (rev: number): string => `${mine}:${rev}`;
          sentAt.set(key(revision + 1), sent);
          let reply: Envelope;
          try {
            reply = await desk.call('stories.save', { id: mine, baseRevision: revision, content: next });
          } catch (err) {
            if (!(err instanceof Disconnected)) throw err;
            // Unknown outcome: the desk reloads after reconnecting, as the app does after 连接中断.
            counts.inFlightAtKill++;
            content = null;
            continue;
          }
          counts.saves++;
          if (reply.ok) {
            const saved = reply.result as { revision: number };
            if (!inOutage(sent)) saveLatency.push(performance.now() - sent);
            acked.push({ storyId: mine, revision: saved.revision, sha256: contentHash(next) });
            content = next;
            revision = saved.revision;
          } else if (reply.error?.code === 'CONFLICT') {
            counts.conflicts++;
            content = null;
          } else countError(reply);
        } else if (role === 'proofreader') {
          const target = storyIds[(i + tick) % storyIds.length]!;
          const r = await desk.call('corrections.add', { storyId: target, kind: 'comment', start: 0, end: 2, comment: `第${tick}处` });
          if (r.ok) counts.corrections++;
          else countError(r);
        } else {
          const r = await desk.call('layout.page', { pageId: pageIds[tick % pageIds.length]! });
          if (r.ok) counts.compositions++;
          else countError(r);
        }
        if (tick % 10 === i % 10) {
          const q = sentences[(i * 3 + tick) % sentences.length]!.slice(2, 4);
          const r = await desk.call('stories.search', { query: q });
          if (r.ok) counts.searches++;
          else countError(r);
        }
      } catch (err) {
        if (!(err instanceof Disconnected)) throw err;
      }
      await sleep(Math.max(0, 1000 - (performance.now() - started)));
    }
    desk.close();
  }

  const faults = (async () => {
    for (const [k, fault] of sc.faults.entries()) {
      await sleep(Math.max(0, t0 + (SECONDS * 1000 * (k + 1)) / (sc.faults.length + 1) - performance.now()));
      const from = performance.now();
      if (fault.kind === 'kill') {
        await servers[fault.server]!.kill();
        await servers[fault.server]!.start();
      } else {
        sc.cluster!.restart('fast');
      }
      outages.push({ from, to: performance.now() });
    }
  })();

  await Promise.all([...Array.from({ length: DESKS }, (_, i) => runDesk(i)), faults]);
  const usage = servers.map((s) => s.usage());
  const exitCodes: Array<number | null> = [];
  for (const s of servers) exitCodes.push(await s.stop());
  const checkDb = sc.openCheck();
  const check = verifyAcknowledged(checkDb, acked);
  checkDb.close();

  const figures = {
    engine: sc.engine,
    servers: sc.servers,
    desks: DESKS,
    seconds: SECONDS,
    faults: sc.faults.map((f) => (f.kind === 'kill' ? `kill -9 server ${f.server}` : 'PostgreSQL restart (fast)')),
    outageMs: outages.map((o) => Math.round(o.to - o.from)),
    saves: counts.saves,
    acknowledged: acked.length,
    conflicts: counts.conflicts,
    savesInFlightAtKill: counts.inFlightAtKill,
    corrections: counts.corrections,
    compositions: counts.compositions,
    searches: counts.searches,
    callErrors: counts.callErrors,
    saveLatencyMs: { p50: percentile(saveLatency, 0.5), p95: percentile(saveLatency, 0.95), max: percentile(saveLatency, 1) },
    eventDeliveryMs: { samples: eventLatency.length, p50: percentile(eventLatency, 0.5), p95: percentile(eventLatency, 0.95) },
    server: usage.map((u, k) => ({ ...u, exitCodeOnSigterm: exitCodes[k] })),
    check,
  };
  return { figures, acked, check };
}

/** The servers' local files (exports) on PostgreSQL: a folder of their own. */
function localFolder(path: string): string {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  return path;
}

async function main(): Promise<void> {
  const runs: Array<Awaited<ReturnType<typeof runScenario>>> = [];
  runs.push(
    await runScenario({
      engine: 'sqlite',
      store: { dbPath },
      servers: 1,
      faults: Array.from({ length: KILLS }, () => ({ kind: 'kill' as const, server: 0 })),
      openCheck: () => openDatabase(dbPath),
    }),
  );
  if (PG) {
    const cluster = PG === 'auto' ? startPgCluster() : undefined;
    try {
      const url = cluster ? cluster.createDatabase('newsroom_load') : PG;
      const postgres = { connectionString: url, statementTimeoutMs: 30_000 };
      runs.push(
        await runScenario({
          engine: 'postgres',
          store: { dbPath: localFolder(join(dirname(dbPath), 'pg-local', 'newsroom.db')), postgres },
          servers: SERVERS,
          // A database restart needs the server this run started; with a given URL only the kill.
          faults: [{ kind: 'kill', server: 0 }, ...(cluster ? [{ kind: 'database-restart' as const }] : [])],
          ...(cluster ? { cluster } : {}),
          openCheck: () => openPostgres(postgres),
        }),
      );
    } finally {
      cluster?.stop();
    }
  }
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, JSON.stringify(runs.map((r) => ({ figures: r.figures, acknowledgedSaves: r.acked })), null, 1));
  console.log(JSON.stringify({ runs: runs.map((r) => r.figures), out: outFile, database: dbPath }));
  if (runs.some((r) => r.check.missing > 0 || r.check.appliedTwice > 0)) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(2);
});
