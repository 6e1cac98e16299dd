// Child process of the kill -9 harness (reliability-crash.test.ts): runs the real core on a
// database and reports, on stdout, each operation only after it committed ("ack"). The parent
// kills it with SIGKILL at a random moment and then checks that every ack survived.
import { editLocks } from '../../electron/core/collab/edit-locks';
import { readFileSync } from 'node:fs';
import { createClient } from '../../shared/api/client';
import type { StoryContent } from '../../shared/model/story';
import { createDispatcher, type Handlers, type SessionState } from '../../shared/api/dispatcher';
import type { CoreContext } from '../../electron/core/context';
import { storyService } from '../../electron/core/services/story-service';
import { systemService } from '../../electron/core/services/system-service';
import { backupNow } from '../../electron/core/services/backup-service';
import { contentHash } from '../../electron/core/services/story-writer';
import { systemClock } from '../../electron/store/clock';
import { acquireDatabaseLock } from '../../electron/store/lock';
import { openDatabase } from '../../electron/store/open-database';
import { openWithRecovery } from '../../electron/store/recovery';

// Modules load before the parent says "go" (one JSON line on stdin), so that the parent can
// warm the next child while the current one runs and every kill lands in real work.
interface Go {
  mode: 'autosave' | 'import' | 'backup' | 'migration';
  dbPath: string;
  seed: number;
  seedFile: string;
}
// The mode is known at spawn, so only an import child pays for loading the importer and proofing lexicons.
let mode = (process.argv[2] ?? 'autosave') as Go['mode'];
const intake = mode === 'import' ? import('../../electron/core/services/intake-service') : undefined;
let dbPath = '';
let seedFile = '';
let seed = 1;
const rand = (): number => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
const ack = (line: string): void => void process.stdout.write(`${line}\n`);

function content(i: number): StoryContent {
  const paras = 1 + Math.floor(rand() * 6);
  const body = Array.from({ length: paras }, (_, p) => ({ type: 'paragraph' as const, text: `第${i}稿第${p}段：𠮷野家永康${'全会深入贯彻精神。'.repeat(1 + Math.floor(rand() * 12))}` }));
  return { kind: 'article', kicker: '', headline: `自动保存 ${i}`, subhead: '', byline: '本报记者', dateline: '', section: '要闻', body };
}

async function main(): Promise<void> {
  if (mode === 'migration') {
    // The open itself is the operation: lock, check, pre-migration backup, migrations.
    const r = openWithRecovery(dbPath, { check: 'none' });
    if (r.status !== 'ok') throw new Error(`open: ${r.status}`);
    ack(`migrated ${Number(r.db.pragma('user_version', { simple: true }))}`);
    r.db.close();
    r.lock?.release();
    return;
  }
  // Layer one of single ownership; a lock left by the previous (killed) child is stale and taken over.
  acquireDatabaseLock(dbPath);
  // The core's own services and dispatcher over the database, without the layout, fonts and PDF
  // services this harness never calls (they only slow every child's start-up).
  const ctx = { db: openDatabase(dbPath), dbPath, clock: systemClock, appVersion: 'crash-harness', emit: () => undefined } as unknown as CoreContext;
  const handlers = { ...systemService(ctx), ...storyService(ctx, editLocks(ctx)), ...(intake ? (await intake).intakeService(ctx) : {}) } as Handlers;
  const dispatch = createDispatcher(handlers, (m, err) => process.stderr.write(`internal error in ${m}: ${String(err)}\n`));
  const session: SessionState = { userId: null };
  const client = createClient((m, p) => dispatch(m, p, { session, transport: 'in-process' }));
  const users = await client.call('users.list', {});
  const admin = users[0] ?? (await client.call('users.create', { name: 'admin', displayName: '管理员', role: 'admin' }));
  await client.call('session.setUser', { userId: admin.id });
  ack('ready');
  let story = await client.call('stories.create', { content: content(0) });
  ack(`save ${story.id} ${story.revision} ${contentHash(story.content)}`);
  const seedPage = seedFile ? readFileSync(seedFile, 'utf8') : '';
  for (let i = 1; ; i++) {
    const r = rand();
    if (mode === 'import' && r < 0.5 && seedPage) {
      const res = await client.call('import.commit', { source: { paste: { text: seedPage } }, section: '导入' });
      ack(`import ${res.stories.map((s) => s.id).join(',')}`);
    } else if (mode === 'backup' && r < 0.3) {
      const { backup } = await backupNow(ctx, 'scheduled');
      ack(`backup ${backup.id}`);
    } else {
      const c = content(i);
      story = await client.call('stories.save', { id: story.id, baseRevision: story.revision, content: c });
      ack(`save ${story.id} ${story.revision} ${contentHash(story.content)}`);
      if (rand() < 0.1) {
        story = await client.call('stories.create', { content: content(i) });
        ack(`save ${story.id} ${story.revision} ${contentHash(story.content)}`);
      }
    }
  }
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk: string) => {
  input += chunk;
  const nl = input.indexOf('\n');
  if (nl < 0) return;
  process.stdin.pause();
  const go = JSON.parse(input.slice(0, nl)) as Go;
  ({ mode, dbPath, seedFile } = go);
  seed = go.seed >>> 0 || 1;
  main().catch((err: unknown) => {
    process.stderr.write(`child failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(3);
  });
});
void Promise.resolve(intake).then(() => ack('loaded'));
