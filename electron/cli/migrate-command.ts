import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentHash } from '../core/services/story-writer';
import type { StoryContent } from '../../shared/model/story';
import type { Db } from '../store/engine/sql-db';
import { MoveError, moveStore } from '../store/move/move-store';
import { openDatabase } from '../store/open-database';
import { openPostgres } from '../store/open-postgres';
import { postgresSettings } from '../store/postgres-config';
import { openWithRecovery } from '../store/recovery';
import { takeOption, type CliIo } from './io';

const USAGE = `用法 / usage:
  banxin migrate --from PATH.db --to postgres://user@host/db    move a desk's or a small newsroom's SQLite store into PostgreSQL
  banxin migrate --from postgres://user@host/db --to NEW.db     and back, into a new SQLite file
  The target must be empty (a new database or file); an interrupted move resumes when run again.
  PostgreSQL's password: BANXIN_PG_PASSWORD or --pg-password-file F. Prints a JSON report.
`;

const isUrl = (s: string): boolean => /^postgres(ql)?:\/\//.test(s);

interface Opened {
  db: Db;
  label: string;
  release(): void;
}

/**
 * `migrate --from A --to B`: copy the whole store between engines, verified (row counts and a
 * digest of every table, and every revision's content hash recomputed in the target), resuming an
 * interrupted move, refusing a target that holds data. The source is only read.
 */
export async function migrateCommand(args: string[], io: CliIo): Promise<number> {
  const from = takeOption(args, '--from');
  const to = takeOption(args, '--to');
  const passwordFile = takeOption(args, '--pg-password-file');
  if (!from || !to || args.length > 0 || isUrl(from) === isUrl(to)) {
    io.stderr(USAGE);
    return 2;
  }
  const started = Date.now();
  let source: Opened | undefined;
  let target: Opened | undefined;
  try {
    source = open(from, 'source', passwordFile);
    target = open(to, 'target', passwordFile);
    let copied = 0;
    const report = moveStore(source.db, target.db, {
      sourceLabel: source.label,
      afterBatch: (table, rows) => {
        copied += rows;
        if (rows > 0) io.stderr(`${table}: +${rows} (${copied})\n`);
      },
    });
    const revisions = checkRevisionHashes(target.db);
    io.stdout(`${JSON.stringify({ from: source.label, to: target.label, resumed: report.resumed, tables: report.tables, revisionsChecked: revisions, ms: Date.now() - started }, null, 2)}\n`);
    return 0;
  } catch (err) {
    if (err instanceof MoveError || err instanceof OpenRefused) {
      io.stderr(`${err.zh}\n${err.en}\n`);
      return 1;
    }
    io.stderr(`迁移失败，来源未受影响 / the move failed; the source is untouched: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  } finally {
    source?.release();
    target?.release();
  }
}

class OpenRefused extends Error {
  constructor(readonly zh: string, readonly en: string) {
    super(en);
  }
}

function open(where: string, role: 'source' | 'target', passwordFile: string | undefined): Opened {
  if (isUrl(where)) {
    const settings = postgresSettings(where, process.env, passwordFile);
    if (!settings.ok) throw new OpenRefused(settings.zh, settings.en);
    const db = openPostgres(settings.config);
    return { db, label: settings.display, release: () => db.close() };
  }
  const path = resolve(where);
  if (role === 'source') {
    if (!existsSync(path)) throw new OpenRefused(`找不到来源数据库文件：${path}`, `no such database file: ${path}`);
    // One owner while it is read: a desk or server writing to it now would make the copy stale.
    const opened = openWithRecovery(path, { lock: true, exclusive: true });
    if (opened.status !== 'ok') throw new OpenRefused(opened.messageZh, `cannot open ${path}: ${opened.status}`);
    return { db: opened.db, label: path, release: () => { opened.db.close(); opened.lock?.release(); } };
  }
  const db = openDatabase(path);
  return { db, label: path, release: () => db.close() };
}

/** Every revision in the target hashes to the hash it carries (a sign-off is bound to that hash). */
function checkRevisionHashes(db: Db): number {
  let after = 0;
  let checked = 0;
  for (;;) {
    const rows = db.prepare('SELECT id, content_json, content_hash FROM revisions WHERE id > ? ORDER BY id LIMIT 1000').all(after) as Array<{ id: number; content_json: string; content_hash: string }>;
    for (const r of rows) {
      if (contentHash(JSON.parse(r.content_json) as StoryContent) !== r.content_hash) {
        throw new MoveError('VERIFY_FAILED', `第 ${r.id} 号修订的内容与其哈希不符。`, `revision ${r.id} does not match its content hash`);
      }
    }
    checked += rows.length;
    if (rows.length < 1000) return checked;
    after = rows.at(-1)!.id;
  }
}
