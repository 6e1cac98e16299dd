import type { ParamsIn } from '../../../../shared/api/contract';
import type { Frame, FrameProps } from '../../../../shared/model/layout';

/** Geometry of one frame before or after an edit, in mm. */
export interface FrameGeom {
  id: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** One undoable layout action, recorded with what it takes to reverse it. */
export type LayoutCommand =
  | { kind: 'update'; before: FrameGeom[]; after: FrameGeom[] }
  /** placeStory, frames.create, layout.frontPage: the frames as created (restore brings back the same ids). */
  | { kind: 'create'; frames: Frame[] }
  | { kind: 'delete'; frames: Frame[] }
  /** A frame's settings (an image's fit, crop, caption, credit). */
  | { kind: 'props'; id: number; before: FrameProps; after: FrameProps }
  /** A placed story moved to another page: its old frames removed and new ones created in one step. */
  | { kind: 'move'; created: Frame[]; removed: Frame[] };

/** A call to the core that performs one direction of a command. */
export type ApiStep =
  | { method: 'frames.update'; params: ParamsIn<'frames.update'> }
  | { method: 'frames.delete'; params: ParamsIn<'frames.delete'> }
  | { method: 'frames.restore'; params: ParamsIn<'frames.restore'> };

const geomUpdate = (g: FrameGeom[]): ApiStep => ({ method: 'frames.update', params: { frames: g.map(({ id, x, y, w, h }) => ({ id, x, y, w, h })) } });
const propsUpdate = (id: number, props: FrameProps): ApiStep => ({ method: 'frames.update', params: { frames: [{ id, props }] } });
const del = (frames: Frame[]): ApiStep => ({ method: 'frames.delete', params: { ids: frames.map((f) => f.id) } });
const restore = (frames: Frame[]): ApiStep => ({ method: 'frames.restore', params: { frames } });

/** The calls that take a command back, in order. */
export function undoSteps(cmd: LayoutCommand): ApiStep[] {
  return cmd.kind === 'move' ? [del(cmd.created), ...(cmd.removed.length ? [restore(cmd.removed)] : [])] : [undoStep(cmd)];
}

/** The calls that do a command again, in order. */
export function redoSteps(cmd: LayoutCommand): ApiStep[] {
  return cmd.kind === 'move' ? [...(cmd.removed.length ? [del(cmd.removed)] : []), restore(cmd.created)] : [redoStep(cmd)];
}

/** The call that takes a single-step command back. */
export function undoStep(cmd: LayoutCommand): ApiStep {
  if (cmd.kind === 'move') throw new Error('a move is undone in two steps: undoSteps');
  if (cmd.kind === 'props') return propsUpdate(cmd.id, cmd.before);
  if (cmd.kind === 'update') return geomUpdate(cmd.before);
  return cmd.kind === 'create' ? del(cmd.frames) : restore(cmd.frames);
}

/** The call that does a single-step command again after it was undone. */
export function redoStep(cmd: LayoutCommand): ApiStep {
  if (cmd.kind === 'move') throw new Error('a move is redone in two steps: redoSteps');
  if (cmd.kind === 'props') return propsUpdate(cmd.id, cmd.after);
  if (cmd.kind === 'update') return geomUpdate(cmd.after);
  return cmd.kind === 'create' ? restore(cmd.frames) : del(cmd.frames);
}

/** Pages a command touches (to repaint them). */
export function pagesOf(cmd: LayoutCommand, pageOfFrame: (id: number) => number | undefined): number[] {
  const ids =
    cmd.kind === 'update' ? cmd.after.map((g) => pageOfFrame(g.id))
    : cmd.kind === 'props' ? [pageOfFrame(cmd.id)]
    : cmd.kind === 'move' ? [...cmd.created, ...cmd.removed].map((f) => f.pageId)
    : cmd.frames.map((f) => f.pageId);
  return [...new Set(ids.filter((p): p is number => p !== undefined))];
}

/** The undo and redo stacks. Immutable: every operation returns a new history. */
export interface History {
  done: readonly LayoutCommand[];
  undone: readonly LayoutCommand[];
}

export const EMPTY_HISTORY: History = { done: [], undone: [] };
const LIMIT = 200;

/** Record a new action: it becomes the next undo, and whatever was undone can no longer be redone. */
export function record(h: History, cmd: LayoutCommand): History {
  return { done: [...h.done, cmd].slice(-LIMIT), undone: [] };
}

/** Take the last action off the undo stack (null when there is none). */
export function takeUndo(h: History): { cmd: LayoutCommand; history: History } | null {
  const cmd = h.done[h.done.length - 1];
  if (!cmd) return null;
  return { cmd, history: { done: h.done.slice(0, -1), undone: [...h.undone, cmd] } };
}

/** Take the last undone action back onto the undo stack (null when there is none). */
export function takeRedo(h: History): { cmd: LayoutCommand; history: History } | null {
  const cmd = h.undone[h.undone.length - 1];
  if (!cmd) return null;
  return { cmd, history: { done: [...h.done, cmd], undone: h.undone.slice(0, -1) } };
}

/** An update's before/after pair from frames as they are and their new geometry; unchanged frames left out. */
export function updateCommand(current: readonly Frame[], next: readonly FrameGeom[]): LayoutCommand | null {
  const before: FrameGeom[] = [];
  const after: FrameGeom[] = [];
  for (const g of next) {
    const f = current.find((c) => c.id === g.id);
    if (!f || (f.x === g.x && f.y === g.y && f.w === g.w && f.h === g.h)) continue;
    before.push({ id: f.id, x: f.x, y: f.y, w: f.w, h: f.h });
    after.push({ id: g.id, x: g.x, y: g.y, w: g.w, h: g.h });
  }
  return after.length ? { kind: 'update', before, after } : null;
}
