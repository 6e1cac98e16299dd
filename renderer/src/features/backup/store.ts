import { create } from 'zustand';
import type { AsideFileView, BackupView } from '../../../../shared/api/methods/backup';
import { api } from '../../api/connection';

interface BackupState {
  backups: BackupView[];
  /** Database files moved aside beside the database (damaged at open, replaced by a restore). */
  aside: AsideFileView[];
  loading: boolean;
  /** 'now' while a backup is being made, a backup id while it is being restored. */
  busy: string | null;
  error: unknown;
  load(): Promise<void>;
  backupNow(): Promise<BackupView | null>;
  /** Restore a backup; true when the core replaced the database (the caller then reloads). */
  restore(backupId: string): Promise<boolean>;
}

/** The listed backups of this database and the one operation in flight. */
export const useBackups = create<BackupState>((set, get) => ({
  backups: [],
  aside: [],
  loading: false,
  busy: null,
  error: null,
  async load() {
    set({ loading: true });
    try {
      const [backups, aside] = await Promise.all([api().call('backup.list', {}), api().call('backup.listAside', {})]);
      set({ backups, aside, error: null });
    } catch (error) {
      set({ error });
    } finally {
      set({ loading: false });
    }
  },
  async backupNow() {
    set({ busy: 'now', error: null });
    try {
      const { backup } = await api().call('backup.now', {});
      await get().load();
      return backup;
    } catch (error) {
      set({ error });
      return null;
    } finally {
      set({ busy: null });
    }
  },
  async restore(backupId) {
    set({ busy: backupId, error: null });
    try {
      const r = await api().call('backup.restore', { backupId });
      return r.reload;
    } catch (error) {
      set({ error, busy: null });
      return false;
    }
  },
}));
