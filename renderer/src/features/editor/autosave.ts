/** The save state shown in the status bar. */
export type SaveState = 'idle' | 'saved' | 'saving' | 'dirty' | 'failed';

export interface AutosaverOptions<C, R> {
  /** Persist `content` on top of `baseRevision`; resolves with the new revision number. */
  save(content: C, baseRevision: number): Promise<R>;
  revisionOf(result: R): number;
  baseRevision: number;
  delayMs: number;
  onState(state: SaveState, error?: unknown): void;
  onSaved?(result: R): void;
}

export interface Autosaver<C> {
  /** The content changed: mark dirty and save `delayMs` after the last change. */
  change(content: C): void;
  /** Save now (Ctrl+S, leaving the story); resolves when nothing unsaved is left or a save failed. */
  flush(): Promise<void>;
  /**
   * After a conflict is resolved: save `content` on top of `baseRevision` (the revision someone
   * else saved) at once. Resolves when it is saved or the save failed again.
   */
  resolve(content: C, baseRevision: number): Promise<void>;
  /** The revision the next save is made on top of. */
  base(): number;
  /** Stop timers; unsaved content stays with the caller. */
  dispose(): void;
}

/**
 * Debounced autosave with one save in flight at a time. "saved" is reported only after the save
 * call resolved and only when no edit came in meanwhile; a failed save keeps the latest content
 * as unsaved (the next change or flush retries) and stops the automatic retries for that content.
 */
export function createAutosaver<C, R>(opts: AutosaverOptions<C, R>): Autosaver<C> {
  let base = opts.baseRevision;
  let latest: { content: C; gen: number } | null = null;
  let gen = 0;
  let savedGen = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> | null = null;
  let failed = false;
  let disposed = false;

  const run = async (): Promise<void> => {
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    // A loop, not an if: another caller may have started a save while we waited.
    while (inFlight) await inFlight;
    if (!latest || latest.gen === savedGen || disposed) return;
    const { content, gen: g } = latest;
    opts.onState('saving');
    inFlight = (async () => {
      try {
        const result = await opts.save(content, base);
        base = opts.revisionOf(result);
        savedGen = g;
        failed = false;
        opts.onSaved?.(result);
        if (!disposed) opts.onState(gen === g ? 'saved' : 'dirty');
      } catch (error) {
        failed = true;
        if (!disposed) opts.onState('failed', error);
      } finally {
        inFlight = null;
      }
    })();
    await inFlight;
    // Edits that arrived during the save are saved next, unless their timer is still pending.
    if (!failed && !timer && latest && latest.gen !== savedGen) await run();
  };

  return {
    change(content) {
      gen++;
      latest = { content, gen };
      failed = false;
      opts.onState('dirty');
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void run(), opts.delayMs);
    },
    flush: run,
    async resolve(content, baseRevision) {
      while (inFlight) await inFlight;
      base = baseRevision;
      gen++;
      latest = { content, gen };
      failed = false;
      await run();
    },
    base: () => base,
    dispose() {
      disposed = true;
      if (timer) clearTimeout(timer);
    },
  };
}
