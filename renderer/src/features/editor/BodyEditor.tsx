import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { useEffect, useRef } from 'react';
import type { Block } from '../../../../shared/model/story';
import { blocksToDoc, docToBlocks } from './doc-blocks';
import { editorPlugins } from './keymap';
import { useEditor } from './store';

/**
 * The ProseMirror body. It owns its document while mounted: the store gets `Block[]` on each
 * change and hands a new document only when a story is (re)loaded (`loadGen`).
 */
export function BodyEditor({ initial, loadGen }: { initial: Block[]; loadGen: number }) {
  const host = useRef<HTMLDivElement>(null);
  const initialRef = useRef(initial);
  initialRef.current = initial;
  useEffect(() => {
    if (!host.current) return;
    const { setBody, setFindMode, setView } = useEditor.getState();
    const view: EditorView = new EditorView(host.current, {
      state: EditorState.create({ doc: blocksToDoc(initialRef.current), plugins: editorPlugins(setFindMode) }),
      attributes: { class: 'bx-body', 'data-testid': 'body-editor', spellcheck: 'false', lang: 'zh-CN' },
      dispatchTransaction(tr) {
        view.updateState(view.state.apply(tr));
        if (tr.docChanged) setBody(docToBlocks(view.state.doc));
        // Re-publish so toolbars (undo depth, find counts) re-render.
        setView(view);
      },
    });
    setView(view);
    return () => {
      setView(null);
      view.destroy();
    };
  }, [loadGen]);
  return <div ref={host} className="bx-body-host" />;
}
