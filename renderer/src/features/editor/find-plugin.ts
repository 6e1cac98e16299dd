import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { findMatches, type FindMatch } from './find-matches';

export interface FindState {
  query: string;
  matches: FindMatch[];
  /** Index of the current match, -1 when there is none. */
  current: number;
}

export const findKey = new PluginKey<FindState>('bx-find');

type FindMeta = { query: string } | { current: number };

/** Highlights every match of the find box and the current one; the query travels as transaction meta. */
export function findPlugin(): Plugin<FindState> {
  return new Plugin<FindState>({
    key: findKey,
    state: {
      init: () => ({ query: '', matches: [], current: -1 }),
      apply(tr, prev): FindState {
        const meta = tr.getMeta(findKey) as FindMeta | undefined;
        const query = meta && 'query' in meta ? meta.query : prev.query;
        if (!meta && !tr.docChanged) return prev;
        const matches = meta && 'current' in meta && !tr.docChanged ? prev.matches : findMatches(tr.doc, query);
        let current = meta && 'current' in meta ? meta.current : prev.current;
        if (meta && 'query' in meta) current = matches.length ? 0 : -1;
        if (current >= matches.length) current = matches.length - 1;
        if (current < 0 && matches.length) current = 0;
        return { query, matches, current };
      },
    },
    props: {
      decorations(state) {
        const f = findKey.getState(state);
        if (!f || !f.matches.length) return null;
        return DecorationSet.create(
          state.doc,
          f.matches.map((m, i) => Decoration.inline(m.from, m.to, { class: i === f.current ? 'bx-find-hit bx-find-current' : 'bx-find-hit' })),
        );
      },
    },
  });
}

export function setFindQuery(state: EditorState, query: string): Transaction {
  return state.tr.setMeta(findKey, { query } satisfies FindMeta);
}

/** Move to the next (+1) or previous (-1) match, wrapping, and scroll it into view. */
export function stepMatch(state: EditorState, dir: 1 | -1): Transaction | null {
  const f = findKey.getState(state);
  if (!f || !f.matches.length) return null;
  const current = (f.current + dir + f.matches.length) % f.matches.length;
  return state.tr.setMeta(findKey, { current } satisfies FindMeta).scrollIntoView();
}

/** Replace the current match (or all of them) with `text`; one undo step either way. */
export function replaceMatches(state: EditorState, text: string, all: boolean): Transaction | null {
  const f = findKey.getState(state);
  if (!f || !f.matches.length) return null;
  const targets = all ? f.matches : [f.matches[Math.max(0, f.current)]!];
  const tr = state.tr;
  // Back to front, so earlier positions stay valid.
  for (const m of [...targets].reverse()) {
    if (text) tr.insertText(text, m.from, m.to);
    else tr.delete(m.from, m.to);
  }
  return tr;
}
