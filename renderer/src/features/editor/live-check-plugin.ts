import { Plugin, PluginKey, type EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import type { Node as PmNode } from 'prosemirror-model';
import type { Lexicons } from '../../../../shared/proof/lexicons/types';
import { categoryGroup, docParagraphs, findingsToPositions, type LiveFinding } from './live-check';

type Checker = typeof import('../../../../shared/proof/incremental');

export interface LiveCheckOptions {
  enabled(): boolean;
  /** The newsroom's lists in force, or null until they are fetched (nothing is checked before). */
  lexicons(): Lexicons | null;
  /** Call `listener` when `enabled()` or `lexicons()` changes; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** Idle time after the last keystroke before re-checking. */
  delayMs: number;
  /** After each check: findings shown, paragraphs re-checked (not from the cache), time taken. */
  onChecked?(stats: { findings: number; rechecked: number; ms: number }): void;
}

export const liveCheckKey = new PluginKey<DecorationSet>('bx-live-check');

function decorations(doc: PmNode, found: readonly LiveFinding[]): DecorationSet {
  return DecorationSet.create(
    doc,
    found.map((f) => {
      // The message is shown by LiveFindingTip on hover (it reads the finding from the spec).
      const attrs = { class: `bx-live bx-live-${categoryGroup(f.category)}`, 'data-category': f.category, 'data-testid': 'live-finding' };
      if (f.from < f.to) return Decoration.inline(f.from, f.to, attrs, { finding: f });
      // Zero width (a paragraph that should be joined to the one before): a mark at the point.
      return Decoration.widget(f.from, () => {
        const el = document.createElement('span');
        el.className = `bx-live-gap bx-live-${categoryGroup(f.category)}`;
        el.dataset.category = f.category;
        el.dataset.testid = 'live-finding';
        return el;
      }, { side: -1, key: `${f.category}@${f.from}`, finding: f });
    }),
  );
}

// The checker (with OpenCC's tables) is loaded only when live checking first runs, once for
// the body and the headline fields.
let checker: Promise<Checker> | null = null;
export const loadChecker = (): Promise<Checker> => (checker ??= import('../../../../shared/proof/incremental'));

/**
 * Live checking: after the user pauses typing, the body is re-checked paragraph by paragraph
 * with a cache (only changed paragraphs and their neighbours run again) and the findings are
 * shown as underlines with the message on hover. Between checks the underlines move with the
 * text. Checking is never done inside a keystroke's transaction, so typing is not held up.
 */
export function liveCheckPlugin(opts: LiveCheckOptions): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: liveCheckKey,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, prev) {
        const found = tr.getMeta(liveCheckKey) as LiveFinding[] | undefined;
        if (found) return decorations(tr.doc, found);
        return tr.docChanged ? prev.map(tr.mapping, tr.doc) : prev;
      },
    },
    props: {
      decorations: (state) => liveCheckKey.getState(state),
    },
    view(view: EditorView) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let destroyed = false;
      let cache: InstanceType<Checker['ProofCache']> | null = null;
      const publish = (found: LiveFinding[]): void => {
        view.dispatch(view.state.tr.setMeta(liveCheckKey, found).setMeta('addToHistory', false));
      };
      const run = async (): Promise<void> => {
        timer = undefined;
        if (!opts.enabled()) {
          if (liveCheckKey.getState(view.state) !== DecorationSet.empty) publish([]);
          return;
        }
        const lexicons = opts.lexicons();
        if (!lexicons) return; // subscribe() calls back when they arrive
        const mod = await loadChecker();
        if (destroyed || !opts.enabled()) return;
        cache ??= new mod.ProofCache();
        const t0 = performance.now();
        const misses = cache.stats.misses;
        const doc = view.state.doc;
        const found = findingsToPositions(doc, mod.checkParagraphs(docParagraphs(doc), cache, { lexicons }));
        opts.onChecked?.({ findings: found.length, rechecked: cache.stats.misses - misses, ms: performance.now() - t0 });
        publish(found);
      };
      const schedule = (delay: number): void => {
        clearTimeout(timer);
        timer = setTimeout(() => void run(), delay);
      };
      const unsubscribe = opts.subscribe(() => schedule(0));
      schedule(0);
      return {
        update(v, prevState) {
          if (v.state.doc !== prevState.doc) schedule(opts.delayMs);
        },
        destroy() {
          destroyed = true;
          clearTimeout(timer);
          unsubscribe();
        },
      };
    },
  });
}

/** The live findings at a document position (those whose span holds it, or zero-width ones at it). */
export function liveFindingsAt(state: EditorState, pos: number): LiveFinding[] {
  const set = liveCheckKey.getState(state);
  if (!set) return [];
  // The decoration's own from/to: it has been mapped through the edits since the check.
  return set
    .find(pos, pos + 1)
    .flatMap((d) => {
      const f = (d.spec as { finding?: LiveFinding }).finding;
      return f ? [{ ...f, from: d.from, to: d.to }] : [];
    })
    .filter((f) => (f.from <= pos && pos < f.to) || (f.from === f.to && f.from === pos));
}
