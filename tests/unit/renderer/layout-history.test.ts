import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Frame } from '../../../shared/model/layout';
import { EMPTY_HISTORY, pagesOf, record, redoStep, takeRedo, takeUndo, undoStep, updateCommand, type ApiStep, type LayoutCommand } from '../../../renderer/src/features/layout/history';

const frame = (id: number, pageId = 1, y = 50): Frame => ({ id, pageId, storyId: 7, role: 'body', x: 20, y, w: 41.275, h: 95.25, chain: id, props: {} });

/** A tiny in-memory store of frames that executes the API steps the way the core does. */
function apply(store: Map<number, Frame>, step: ApiStep): void {
  if (step.method === 'frames.update') {
    for (const u of step.params.frames) {
      const f = store.get(u.id)!;
      store.set(u.id, { ...f, x: u.x ?? f.x, y: u.y ?? f.y, w: u.w ?? f.w, h: u.h ?? f.h });
    }
  } else if (step.method === 'frames.delete') {
    for (const id of step.params.ids) store.delete(id);
  } else {
    for (const f of step.params.frames) store.set(f.id, f as Frame);
  }
}
const snapshot = (s: Map<number, Frame>): Frame[] => [...s.values()].sort((a, b) => a.id - b.id);

describe('layout undo/redo commands', () => {
  it('maps each action to its reverse: update ↔ update, create → delete, delete → restore', () => {
    const f = frame(3);
    const upd = updateCommand([f], [{ id: 3, x: 20, y: 60, w: f.w, h: f.h }])!;
    expect(undoStep(upd)).toEqual({ method: 'frames.update', params: { frames: [{ id: 3, x: 20, y: 50, w: f.w, h: f.h }] } });
    expect(redoStep(upd)).toEqual({ method: 'frames.update', params: { frames: [{ id: 3, x: 20, y: 60, w: f.w, h: f.h }] } });
    expect(undoStep({ kind: 'create', frames: [f] })).toEqual({ method: 'frames.delete', params: { ids: [3] } });
    expect(redoStep({ kind: 'create', frames: [f] })).toEqual({ method: 'frames.restore', params: { frames: [f] } });
    expect(undoStep({ kind: 'delete', frames: [f] })).toEqual({ method: 'frames.restore', params: { frames: [f] } });
    expect(redoStep({ kind: 'delete', frames: [f] })).toEqual({ method: 'frames.delete', params: { ids: [3] } });
  });

  it('leaves unchanged frames out of an update and records nothing when nothing moved', () => {
    const a = frame(1);
    const b = frame(2);
    expect(updateCommand([a, b], [{ id: 1, x: a.x, y: a.y, w: a.w, h: a.h }])).toBeNull();
    const cmd = updateCommand([a, b], [{ id: 1, x: a.x, y: a.y, w: a.w, h: a.h }, { id: 2, x: 30, y: b.y, w: b.w, h: b.h }]);
    expect(cmd?.kind === 'update' && cmd.after.map((g) => g.id)).toEqual([2]);
  });

  it('a new action clears the redo stack; undo and redo move one action between the stacks', () => {
    const c1: LayoutCommand = { kind: 'create', frames: [frame(1)] };
    const c2: LayoutCommand = { kind: 'delete', frames: [frame(1)] };
    let h = record(record(EMPTY_HISTORY, c1), c2);
    const u = takeUndo(h)!;
    expect(u.cmd).toBe(c2);
    h = u.history;
    expect(h.undone).toEqual([c2]);
    expect(takeRedo(h)!.cmd).toBe(c2);
    h = record(h, c1);
    expect(h.undone).toEqual([]);
    expect(takeRedo(h)).toBeNull();
    expect(takeUndo(EMPTY_HISTORY)).toBeNull();
  });

  it('names the pages a command touches', () => {
    const cmd: LayoutCommand = { kind: 'create', frames: [frame(1, 4), frame(2, 5), frame(3, 4)] };
    expect(pagesOf(cmd, () => undefined).sort()).toEqual([4, 5]);
    const upd: LayoutCommand = { kind: 'update', before: [{ id: 9, x: 0, y: 0, w: 1, h: 1 }], after: [{ id: 9, x: 1, y: 0, w: 1, h: 1 }] };
    expect(pagesOf(upd, (id) => (id === 9 ? 6 : undefined))).toEqual([6]);
  });

  it('any sequence of actions, all undone, gives back the starting frames; all redone, the final frames', () => {
    const action = fc.oneof(
      fc.record({ t: fc.constant('move' as const), id: fc.integer({ min: 1, max: 4 }), dy: fc.integer({ min: -5, max: 5 }) }),
      fc.record({ t: fc.constant('create' as const) }),
      fc.record({ t: fc.constant('delete' as const), id: fc.integer({ min: 1, max: 4 }) }),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 25 }), (actions) => {
        const store = new Map([1, 2, 3].map((id) => [id, frame(id)]));
        const start = snapshot(store);
        let next = 10;
        let h = EMPTY_HISTORY;
        for (const a of actions) {
          let cmd: LayoutCommand | null = null;
          if (a.t === 'create') cmd = { kind: 'create', frames: [frame(next++)] };
          else if (store.has(a.id) && a.t === 'delete') cmd = { kind: 'delete', frames: [store.get(a.id)!] };
          else if (store.has(a.id) && a.t === 'move') {
            const f = store.get(a.id)!;
            cmd = updateCommand(snapshot(store), [{ id: f.id, x: f.x, y: f.y + a.dy, w: f.w, h: f.h }]);
          }
          if (!cmd) continue;
          apply(store, redoStep(cmd)); // doing an action is what redo repeats
          h = record(h, cmd);
        }
        const end = snapshot(store);
        for (let u = takeUndo(h); u; u = takeUndo(h)) {
          apply(store, undoStep(u.cmd));
          h = u.history;
        }
        expect(snapshot(store)).toEqual(start);
        for (let r = takeRedo(h); r; r = takeRedo(h)) {
          apply(store, redoStep(r.cmd));
          h = r.history;
        }
        expect(snapshot(store)).toEqual(end);
      }),
    );
  });
});
