import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coalesce } from '../../../renderer/src/api/coalesce';

describe('coalesce: a burst of change events costs one reload in flight and one after it', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once for the first event and once more for the whole burst behind it', async () => {
    let runs = 0;
    let release: () => void = () => undefined;
    const reload = coalesce(
      () =>
        new Promise<void>((r) => {
          runs++;
          release = r;
        }),
      250,
    );
    reload();
    for (let i = 0; i < 100; i++) reload();
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toBe(1);
    release();
    await vi.advanceTimersByTimeAsync(249);
    expect(runs).toBe(1); // the second run waits for the gap
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toBe(2);
    release();
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toBe(2); // nothing came in meanwhile: no third run
  });

  it('an event after the view settled reloads again, and a failing reload does not stop later ones', async () => {
    let runs = 0;
    const reload = coalesce(async () => {
      runs++;
      if (runs === 1) throw new Error('offline');
    }, 0);
    reload();
    await vi.advanceTimersByTimeAsync(0);
    reload();
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toBe(2);
  });
});
