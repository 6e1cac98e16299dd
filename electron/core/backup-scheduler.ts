import type { BackupInfo, BackupReason } from '../store/backup';

/** Runs backups while people work: every interval in which something changed, and once on quit. */
export interface BackupScheduler {
  /** One scheduling step (the timer calls it): a backup if anything changed since the last one. */
  tick(): Promise<BackupInfo | undefined>;
  /** Stop the timer; wait for a running backup; back up once more if anything changed (quit). */
  stop(options?: { finalBackup?: boolean }): Promise<BackupInfo | undefined>;
}

export interface SchedulerOptions {
  backup: (reason: BackupReason) => Promise<BackupInfo>;
  /**
   * A number that moves whenever the database changes — SQLite's `total_changes()` on the core's
   * connection — so no write path has to remember to report activity.
   */
  changeCounter: () => number;
  /** 15 minutes by default. */
  intervalMs?: number;
  /** Start a timer (default true); tests drive `tick()` themselves. */
  timer?: boolean;
  log?: (message: string, err: unknown) => void;
}

export const BACKUP_INTERVAL_MS = 15 * 60 * 1000;

/** `SELECT total_changes()` on a connection, as a change counter for {@link createBackupScheduler}. */
export const totalChanges = (db: { prepare(sql: string): { get(): unknown } }): number =>
  Number((db.prepare('SELECT total_changes() AS n').get() as { n: number }).n);

/**
 * Backups every `intervalMs` of activity: a tick with no change since the last backup does
 * nothing, so an idle newsroom does not fill the disk. Backups never overlap, and a failed one
 * is logged and retried on the next tick (never thrown into the app).
 */
export function createBackupScheduler(options: SchedulerOptions): BackupScheduler {
  let counterAtLastBackup: number | undefined;
  let running: Promise<BackupInfo | undefined> | undefined;
  let stopped = false;

  const readCounter = (): number | undefined => {
    try {
      return options.changeCounter();
    } catch (err) {
      options.log?.('backup scheduler: cannot read the change counter', err);
      return undefined;
    }
  };
  // The counter may be reset (a restore swaps the connection): any difference counts as a change.
  counterAtLastBackup = readCounter();

  const run = (reason: BackupReason): Promise<BackupInfo | undefined> => {
    if (running) return running;
    const counter = readCounter();
    if (counter === undefined || counter === counterAtLastBackup) return Promise.resolve(undefined);
    running = options
      .backup(reason)
      .then(
        (info) => {
          counterAtLastBackup = counter;
          return info;
        },
        (err: unknown) => {
          options.log?.(`backup (${reason}) failed`, err);
          return undefined;
        },
      )
      .finally(() => (running = undefined));
    return running;
  };

  const handle = options.timer === false ? undefined : setInterval(() => void run('scheduled'), options.intervalMs ?? BACKUP_INTERVAL_MS);
  // A pending backup timer must not keep a CLI or test process alive.
  handle?.unref();

  return {
    tick: () => (stopped ? Promise.resolve(undefined) : run('scheduled')),
    async stop(opts = {}) {
      if (handle) clearInterval(handle);
      if (stopped) return undefined;
      stopped = true;
      if (running) await running;
      return opts.finalBackup === false ? undefined : run('quit');
    },
  };
}
