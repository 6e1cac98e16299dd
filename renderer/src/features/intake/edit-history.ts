/**
 * Undo and redo over a list of edits: the state is the edits done, in order, so undoing is
 * dropping the last one (its result is recomputed from the rest) and nothing needs an inverse.
 * A new edit after an undo forgets what could have been redone, as every editor does.
 */
export interface EditHistory<E> {
  readonly done: readonly E[];
  readonly undone: readonly E[];
}

export function emptyHistory<E>(): EditHistory<E> {
  return { done: [], undone: [] };
}

export function pushEdit<E>(h: EditHistory<E>, edit: E): EditHistory<E> {
  return { done: [...h.done, edit], undone: [] };
}

export function undoEdit<E>(h: EditHistory<E>): EditHistory<E> {
  const last = h.done[h.done.length - 1];
  return last === undefined ? h : { done: h.done.slice(0, -1), undone: [...h.undone, last] };
}

export function redoEdit<E>(h: EditHistory<E>): EditHistory<E> {
  const next = h.undone[h.undone.length - 1];
  return next === undefined ? h : { done: [...h.done, next], undone: h.undone.slice(0, -1) };
}

export const canUndo = <E>(h: EditHistory<E>): boolean => h.done.length > 0;
export const canRedo = <E>(h: EditHistory<E>): boolean => h.undone.length > 0;
