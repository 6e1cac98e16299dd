import { create } from 'zustand';
import type { Result } from '../../../../shared/api/contract';
import type { User } from '../../../../shared/api/methods/system';
import type { Role } from '../../../../shared/model/roles';
import { api, onReconnect } from '../../api/connection';

type SystemInfo = Result<'system.info'>;

const USER_KEY = 'banxin.userId';

interface SessionState {
  users: User[];
  current: User | null;
  info: SystemInfo | null;
  error: unknown;
  /** Load users and system info, and act as the remembered user (else the first administrator). */
  init(): Promise<void>;
  switchUser(userId: number): Promise<void>;
  addUser(input: { name: string; displayName: string; role: Role }): Promise<User>;
}

function rememberedUserId(): number | null {
  try {
    const v = Number(globalThis.localStorage?.getItem(USER_KEY));
    return Number.isSafeInteger(v) && v > 0 ? v : null;
  } catch {
    return null;
  }
}

/** Who is acting in this window, everyone they can switch to, and where the data lives. */
export const useSession = create<SessionState>((set, get) => ({
  users: [],
  current: null,
  info: null,
  error: null,
  async init() {
    try {
      const [users, info, current] = await Promise.all([
        api().call('users.list', {}),
        api().call('system.info', {}),
        api().call('session.current', {}),
      ]);
      set({ users, info, current, error: null });
      if (current) return;
      const wanted = rememberedUserId();
      const pick = users.find((u) => u.id === wanted) ?? users.find((u) => u.role === 'admin') ?? users[0];
      if (pick) await get().switchUser(pick.id);
    } catch (error) {
      set({ error });
    }
  },
  async switchUser(userId) {
    const current = await api().call('session.setUser', { userId });
    try {
      globalThis.localStorage?.setItem(USER_KEY, String(userId));
    } catch {
      // Not remembered across reloads; the choice still holds for this window.
    }
    set({ current });
  },
  async addUser(input) {
    const user = await api().call('users.create', input);
    set({ users: await api().call('users.list', {}) });
    return user;
  },
}));

// The web host opens a fresh session per socket: act as the same user again after a reconnect.
onReconnect(() => {
  const current = useSession.getState().current;
  if (current) void api().call('session.setUser', { userId: current.id });
});
