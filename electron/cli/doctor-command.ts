import { takeFlag, type CliIo } from './io';
import { openCliCore } from './open-core';
import { LATEST_SCHEMA_VERSION } from '../store/open-database';

/** `doctor`: versions, database path, schema version, settings read back from SQLite. */
export async function doctorCommand(args: string[], io: CliIo): Promise<number> {
  const json = takeFlag(args, '--json');
  const { core, client } = await openCliCore(args);
  try {
    const info = await client.call('system.info', {});
    const report = {
      banxin: info.appVersion,
      node: process.versions.node,
      platform: `${process.platform}-${process.arch}`,
      sqlite: info.sqliteVersion,
      database: info.databasePath,
      schemaVersion: info.schemaVersion,
      schemaLatest: LATEST_SCHEMA_VERSION,
      journal_mode: info.pragmas.journalMode,
      synchronous: info.pragmas.synchronous,
      foreign_keys: info.pragmas.foreignKeys ? 'ON' : 'OFF',
      integrity: String(core.db.pragma('quick_check', { simple: true })),
    };
    if (json) io.stdout(JSON.stringify(report, null, 2) + '\n');
    else for (const [k, v] of Object.entries(report)) io.stdout(`${k.padEnd(15)} ${v}\n`);
    const healthy = report.synchronous === 'FULL' && report.foreign_keys === 'ON' && report.integrity === 'ok' && report.schemaVersion === LATEST_SCHEMA_VERSION;
    return healthy ? 0 : 1;
  } finally {
    core.close();
  }
}
