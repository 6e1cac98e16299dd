import type { DeskNotice } from '../../shared/api/desk-bridge';
import type { LoadedProfile } from './desk-profile';

/** Command-line flag the 切换编辑部服务器 menu item relaunches with: show the chooser whatever is remembered. */
export const CHOOSE_FLAG = '--choose-server';

export type StartPlan =
  | { kind: 'local'; dbPath: string }
  | { kind: 'server'; serverUrl: string; fingerprint: string }
  | { kind: 'chooser'; notice: DeskNotice };

/**
 * What a desk does at start. `--db PATH` or BANXIN_DB name a local file outright (no chooser: a
 * script or an admin said which); otherwise the remembered profile decides, and when there is
 * none, it is damaged, or the person asked to switch, the chooser is shown.
 */
export function planStart(input: { dbArg: string | null; dbEnv: string | null; defaultDbPath: string; choose: boolean; profile: () => LoadedProfile }): StartPlan {
  const explicit = input.dbArg ?? input.dbEnv;
  if (explicit) return { kind: 'local', dbPath: explicit };
  const loaded = input.profile();
  if (loaded.kind === 'damaged') return { kind: 'chooser', notice: { kind: 'damaged-profile', keptAs: loaded.keptAs } };
  if (input.choose) return { kind: 'chooser', notice: { kind: 'switching' } };
  if (loaded.kind === 'none') return { kind: 'chooser', notice: { kind: 'first-start' } };
  const p = loaded.profile;
  return p.mode === 'local' ? { kind: 'local', dbPath: input.defaultDbPath } : { kind: 'server', serverUrl: p.serverUrl, fingerprint: p.fingerprint };
}
