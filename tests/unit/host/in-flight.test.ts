import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InFlight } from '../../../electron/host/socket-session';

/** What a shutdown waits for: every call answered, and the desks quiet for a moment. Clock and timers are the test's. */
describe('calls in flight', () => {
  let now = 0;
  beforeEach(() => {
    now = 0;
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  const settle = async (): Promise<void> => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  const pending = (): { promise: Promise<void>; release: () => void } => {
    let release!: () => void;
    const promise = new Promise<void>((r) => (release = r));
    return { promise, release };
  };

  it('counts calls and is idle only when every one has ended', async () => {
    const f = new InFlight(() => now);
    const a = pending();
    const b = pending();
    const ta = f.track(() => a.promise);
    const tb = f.track(() => b.promise);
    expect(f.size).toBe(2);
    let idle = false;
    void f.idle().then(() => (idle = true));
    a.release();
    await ta;
    await settle();
    expect(idle).toBe(false);
    b.release();
    await tb;
    await settle();
    expect(idle).toBe(true);
    expect(f.size).toBe(0);
  });

  it('is quiet only after no call started or ended for the quiet time; a call arriving meanwhile is waited for', async () => {
    const f = new InFlight(() => now);
    const first = pending();
    const t1 = f.track(() => first.promise);
    let quiet = false;
    void f.quiet(300, 30_000).then(() => (quiet = true));
    now = 100;
    first.release();
    await t1;
    await settle();
    expect(quiet).toBe(false);
    // A frame that was still on the wire arrives 200 ms later: it is answered before the close.
    now = 300;
    await vi.advanceTimersByTimeAsync(200);
    const second = pending();
    const t2 = f.track(() => second.promise);
    now = 400;
    await vi.advanceTimersByTimeAsync(100);
    expect(quiet).toBe(false);
    now = 450;
    second.release();
    await t2;
    await settle();
    now = 700;
    await vi.advanceTimersByTimeAsync(250);
    expect(quiet).toBe(false);
    now = 750;
    await vi.advanceTimersByTimeAsync(50);
    expect(quiet).toBe(true);
  });

  it('waits the quiet time even when nothing was in flight at the signal: a frame may still be unread', async () => {
    now = 5_000;
    const f = new InFlight(() => now);
    let quiet = false;
    void f.quiet(300, 30_000).then(() => (quiet = true));
    await settle();
    expect(quiet).toBe(false);
    now = 5_100;
    await vi.advanceTimersByTimeAsync(100);
    const late = f.track(() => Promise.resolve());
    await late;
    now = 5_350;
    await vi.advanceTimersByTimeAsync(250);
    expect(quiet).toBe(false); // quiet is counted from the late call, not from the signal
    now = 5_400;
    await vi.advanceTimersByTimeAsync(50);
    expect(quiet).toBe(true);
  });

  it('gives up waiting for quiet after the bound', async () => {
    const f = new InFlight(() => now);
    let quiet = false;
    const t = f.track(() => Promise.resolve());
    await t;
    void f.quiet(300, 1_000).then(() => (quiet = true));
    // Calls keep coming every 200 ms: never quiet, but bounded.
    for (let i = 1; i <= 4; i++) {
      now = i * 200;
      await f.track(() => Promise.resolve());
      await vi.advanceTimersByTimeAsync(200);
    }
    now = 1_000;
    await vi.advanceTimersByTimeAsync(300);
    expect(quiet).toBe(true);
  });
});
