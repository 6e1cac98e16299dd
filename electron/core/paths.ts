import { homedir } from 'node:os';
import { join } from 'node:path';

/** Environment variable that overrides where the database lives (as `--db PATH` does). */
export const DB_ENV = 'BANXIN_DB';

/** The OS user-data folder, as Electron's app.getPath('userData') resolves it for this app. */
export function userDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Banxin');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Banxin');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Banxin');
}

/** `--db PATH` wins, then BANXIN_DB, then banxin.db in the user-data folder. */
export function resolveDbPath(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): string {
  const i = argv.indexOf('--db');
  if (i >= 0 && argv[i + 1]) return argv[i + 1]!;
  const eq = argv.find((a) => a.startsWith('--db='));
  if (eq) return eq.slice('--db='.length);
  if (env[DB_ENV]) return env[DB_ENV]!;
  return join(userDataDir(process.platform, env), 'banxin.db');
}
