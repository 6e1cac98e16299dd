import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver, type SaveState } from '../../../renderer/src/features/editor/autosave';

type Call = { content: string; base: number; resolve: (rev: number) => void; reject: (e: unknown) => void };

function harness(delayMs = 600) {
  const calls: Call[] = [];
  const states: SaveState[] = [];
  const saver = createAutosaver<string, number>({
    save: (content, base) => new Promise<number>((resolve, reject) => calls.push({ content, base, resolve, reject })),
    revisionOf: (r) => r,
    baseRevision: 3,
    delayMs,
    onState: (s) => states.push(s),
  });
  return { calls, states, saver };
}

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once, 600 ms after the last keystroke, and says saved only when the call resolved', async () => {
    const { calls, states, saver } = harness();
    saver.change('a');
    await vi.advanceTimersByTimeAsync(400);
    saver.change('ab');
    await vi.advanceTimersByTimeAsync(599);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.map((c) => [c.content, c.base])).toEqual([['ab', 3]]);
    expect(states.at(-1)).toBe('saving');
    calls[0]!.resolve(4);
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toBe('saved');
  });

  it('chains saves on the new revision and reports dirty while edits are pending', async () => {
    const { calls, states, saver } = harness();
    saver.change('a');
    await vi.advanceTimersByTimeAsync(600);
    saver.change('ab'); // typed while the first save is in flight
    calls[0]!.resolve(4);
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toBe('dirty');
    await vi.advanceTimersByTimeAsync(600);
    expect(calls.map((c) => [c.content, c.base])).toEqual([['a', 3], ['ab', 4]]);
    calls[1]!.resolve(5);
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toBe('saved');
  });

  it('never runs two saves at once, even when flushed during a save', async () => {
    const { calls, saver } = harness();
    saver.change('a');
    await vi.advanceTimersByTimeAsync(600);
    saver.change('ab');
    const flushed = saver.flush();
    await vi.advanceTimersByTimeAsync(600);
    expect(calls).toHaveLength(1);
    calls[0]!.resolve(4);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.base).toBe(4);
    calls[1]!.resolve(5);
    await flushed;
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toHaveLength(2);
  });

  it('keeps the draft on failure, stops retrying, and retries with the next change', async () => {
    const { calls, states, saver } = harness();
    saver.change('a');
    await vi.advanceTimersByTimeAsync(600);
    calls[0]!.reject(new Error('CONFLICT'));
    await vi.advanceTimersByTimeAsync(5000);
    expect(states.at(-1)).toBe('failed');
    expect(calls).toHaveLength(1);
    saver.change('ab');
    await vi.advanceTimersByTimeAsync(600);
    expect(calls.map((c) => [c.content, c.base])).toEqual([['a', 3], ['ab', 3]]);
  });
});
