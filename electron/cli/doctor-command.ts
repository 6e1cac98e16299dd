import { takeFlag, type CliIo } from './io';
import { openCliCore } from './open-core';
import { LATEST_SCHEMA_VERSION } from '../store/open-database';
import { sqliteOf } from '../store/engine/sqlite-db';

/** `doctor`: versions, database path, schema version, settings read back from the store (SQLite, or PostgreSQL with --pg). */
export async function doctorCommand(args: string[], io: CliIo): Promise<number> {
  const json = takeFlag(args, '--json');
  const { core, client } = await openCliCore(args);
  try {
    const info = await client.call('system.info', {});
    const report = {
      banxin: info.appVersion,
      node: process.versions.node,
      platform: `${process.platform}-${process.arch}`,
      engine: core.db.engine,
      sqlite: info.sqliteVersion,
      database: info.databasePath,
      schemaVersion: info.schemaVersion,
      schemaLatest: LATEST_SCHEMA_VERSION,
      journal_mode: info.pragmas.journalMode,
      synchronous: info.pragmas.synchronous,
      foreign_keys: info.pragmas.foreignKeys ? 'ON' : 'OFF',
      // PostgreSQL checks its own pages (checksums, pg_amcheck); SQLite's quick_check runs here.
      integrity: core.db.engine === 'sqlite' ? String(sqliteOf(core.db, 'banxin doctor').pragma('quick_check', { simple: true })) : 'checked by the PostgreSQL server',
      fonts: fontSummary(core.fonts().list()),
    };
    if (json) io.stdout(JSON.stringify(report, null, 2) + '\n');
    else for (const [k, v] of Object.entries(report)) io.stdout(`${k.padEnd(15)} ${typeof v === 'object' ? JSON.stringify(v) : v}\n`);
    const healthy = report.fonts.body !== null && report.synchronous === 'FULL' && report.foreign_keys === 'ON' && (report.engine !== 'sqlite' || report.integrity === 'ok') && report.schemaVersion === LATEST_SCHEMA_VERSION;
    return healthy ? 0 : 1;
  } finally {
    core.close();
  }
}

/** The body and headline faces the composer will use, and how many fonts were found in all. */
function fontSummary(list: ReadonlyArray<{ id: string; family: string; source: string }>): { total: number; body: string | null; headline: string | null; sans: string | null; system: number } {
  const find = (id: string): string | null => list.find((f) => f.id === id)?.family ?? null;
  return {
    total: list.length,
    body: find('noto-serif-sc-400'),
    headline: find('noto-serif-sc-900'),
    sans: find('noto-sans-sc-400'),
    system: list.filter((f) => f.source === 'system').length,
  };
}
