import { Plugin, TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

/**
 * Where the browser's selection is, as document positions, or null when it is not in the editor.
 * The DOM is what the user sees: after a click or a native caret move (End, arrows) it is right
 * before ProseMirror has heard of it.
 */
function domSelectionPositions(view: EditorView): { anchor: number; head: number } | null {
  const root = view.root as Document;
  const sel = typeof root.getSelection === 'function' ? root.getSelection() : window.getSelection();
  if (!sel || !sel.anchorNode || !sel.focusNode) return null;
  if (!view.dom.contains(sel.anchorNode) || !view.dom.contains(sel.focusNode)) return null;
  try {
    return { anchor: view.posAtDOM(sel.anchorNode, sel.anchorOffset), head: view.posAtDOM(sel.focusNode, sel.focusOffset) };
  } catch {
    return null; // a node ProseMirror does not map (a widget's inside): leave it to ProseMirror
  }
}

/**
 * Brings the editor's selection up to the browser's before a key is handled.
 *
 * ProseMirror learns of a click (and of End or an arrow the browser moves natively) from the
 * `selectionchange` event, which Chrome delivers asynchronously; its keydown handling does not
 * read the DOM selection first. A fast click, End, Enter therefore ran Enter (splitBlock) on the
 * selection the state still had — the start of the story on a freshly opened editor — and the new
 * paragraph landed at the top (issue 18, item 5). Reading the DOM selection on keydown, before
 * the keymap runs, makes every key act where the caret is on screen.
 */
export function selectionSyncPlugin(): Plugin {
  return new Plugin({
    props: {
      handleDOMEvents: {
        keydown(view, event) {
          // An IME composition owns the selection; ProseMirror handles those keys itself.
          if (event.isComposing || event.keyCode === 229 || view.composing || !view.hasFocus()) return false;
          const dom = domSelectionPositions(view);
          if (!dom) return false;
          const { anchor, head } = view.state.selection;
          if (dom.anchor === anchor && dom.head === head) return false;
          const doc = view.state.doc;
          const clamp = (n: number): number => Math.max(0, Math.min(n, doc.content.size));
          const next = TextSelection.between(doc.resolve(clamp(dom.anchor)), doc.resolve(clamp(dom.head)));
          view.dispatch(view.state.tr.setSelection(next).setMeta('addToHistory', false));
          return false; // the key itself is still handled, now at the right place
        },
      },
    },
  });
}
