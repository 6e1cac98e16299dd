import { create } from 'zustand';
import type { Result } from '../../../../shared/api/contract';
import type { User } from '../../../../shared/api/methods/system';
import type { Role } from '../../../../shared/model/roles';
import { api, onReconnect, onUnauthenticated } from '../../api/connection';
import { errorCode } from '../../api/error-text';

type SystemInfo = Result<'system.info'>;

const USER_KEY = 'banxin.userId';
/** The newsroom server's session token: kept for this browser tab, so a reload or reconnect resumes without the password. */
const TOKEN_KEY = 'banxin.signInToken';

interface SessionState {
  users: User[];
  current: User | null;
  info: SystemInfo | null;
  error: unknown;
  /** This connection must sign in (newsroom server) and nobody is signed in: show the sign-in screen. */
  needsSignIn: boolean;
  /** Bumped whenever this connection starts acting as someone (sign-in, resume after a reconnect, a switch): views re-announce themselves. */
  actingSince: number;
  /** Load users and system info; act as the remembered user (single desk) or resume the signed-in session (server). */
  init(): Promise<void>;
  switchUser(userId: number, pin?: string): Promise<void>;
  addUser(input: { name: string; displayName: string; role: Role; password?: string }): Promise<User>;
  signIn(name: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

function stored(key: string, store: () => Storage | undefined): string | null {
  try {
    return store()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}
function keep(key: string, value: string | null, store: () => Storage | undefined): void {
  try {
    if (value === null) store()?.removeItem(key);
    else store()?.setItem(key, value);
  } catch {
    // Not remembered across reloads; this window still works.
  }
}
const local = () => globalThis.localStorage;
const tab = () => globalThis.sessionStorage;

function rememberedUserId(): number | null {
  const v = Number(stored(USER_KEY, local));
  return Number.isSafeInteger(v) && v > 0 ? v : null;
}

/** Who is acting in this window, everyone they can switch to, and where the data lives. */
export const useSession = create<SessionState>((set, get) => ({
  users: [],
  current: null,
  info: null,
  error: null,
  needsSignIn: false,
  actingSince: 0,
  async init() {
    try {
      const info = await api().call('system.info', {});
      if (info.requireSignIn) {
        // info is set only with the outcome, so the window never shows the desk before it knows who is signed in.
        const token = stored(TOKEN_KEY, tab);
        const resumed = token ? await api().call('session.resume', { token }).catch(() => null) : null;
        if (!resumed) {
          keep(TOKEN_KEY, null, tab);
          set({ info, needsSignIn: true, current: null });
          return;
        }
        set({ current: resumed.user, needsSignIn: false, info: await api().call('system.info', {}), users: await api().call('users.list', {}), error: null, actingSince: Date.now() });
        return;
      }
      set({ info });
      const [users, current] = await Promise.all([api().call('users.list', {}), api().call('session.current', {})]);
      set({ users, current, error: null, actingSince: Date.now() });
      if (current) return;
      const wanted = rememberedUserId();
      const pick = users.find((u) => u.id === wanted) ?? users.find((u) => u.role === 'admin') ?? users[0];
      if (pick) await get().switchUser(pick.id).catch((e: unknown) => set({ error: e }));
    } catch (error) {
      set({ error });
    }
  },
  async switchUser(userId, pin) {
    const current = await api().call('session.setUser', pin === undefined ? { userId } : { userId, pin });
    keep(USER_KEY, String(userId), local);
    set({ current, error: null, actingSince: Date.now() });
  },
  async addUser(input) {
    const user = await api().call('users.create', input);
    set({ users: await api().call('users.list', {}) });
    return user;
  },
  async signIn(name, password) {
    const r = await api().call('session.signIn', { name, password });
    keep(TOKEN_KEY, r.token, tab);
    set({ current: r.user, needsSignIn: false, error: null, actingSince: Date.now() });
    const [info, users] = await Promise.all([api().call('system.info', {}), api().call('users.list', {})]);
    set({ info, users });
  },
  async signOut() {
    await api().call('session.signOut', {}).catch(() => undefined);
    keep(TOKEN_KEY, null, tab);
    set({ current: null, needsSignIn: true, users: [] });
  },
}));

// The web host opens a fresh session per socket: act as the same person again after a reconnect.
onReconnect(() => {
  const { current, info } = useSession.getState();
  const token = stored(TOKEN_KEY, tab);
  if (info?.requireSignIn) {
    if (token) {
      void api()
        .call('session.resume', { token })
        .then(() => useSession.setState({ actingSince: Date.now() }))
        .catch((e: unknown) => errorCode(e) === 'UNAUTHENTICATED' && endSession());
    }
    return;
  }
  if (current) void api().call('session.setUser', { userId: current.id }).then(() => useSession.setState({ actingSince: Date.now() }));
});

/** The server ended this desk's session (revoked, lapsed, account deactivated): back to the sign-in screen. */
function endSession(): void {
  keep(TOKEN_KEY, null, tab);
  useSession.setState({ current: null, needsSignIn: true });
}

onUnauthenticated((reason) => {
  // 'required' right after a reconnect only means the resume has not landed yet.
  if (reason !== 'required' && useSession.getState().info?.requireSignIn) endSession();
});
