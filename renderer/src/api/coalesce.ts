/**
 * Wraps a reload so that a burst of change events (fifty desks saving every second) costs at
 * most one run in flight and one more after it, no sooner than `gapMs` after the last one
 * started: the view ends up current without fetching once per event.
 */
export function coalesce(run: () => Promise<void>, gapMs = 250): () => void {
  let running = false;
  let again = false;
  let lastStart = -Infinity;
  const go = async (): Promise<void> => {
    running = true;
    try {
      do {
        again = false;
        const wait = lastStart + gapMs - Date.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        lastStart = Date.now();
        await run().catch(() => undefined);
      } while (again);
    } finally {
      running = false;
    }
  };
  return () => {
    if (running) again = true;
    else void go();
  };
}
