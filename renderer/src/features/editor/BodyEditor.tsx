import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { useEffect, useRef } from 'react';
import type { Block } from '../../../../shared/model/story';
import { blocksToDoc, docToBlocks } from './doc-blocks';
import { useLexicons } from '../proof/lexicon-store';
import { editorPlugins } from './keymap';
import { liveCheckPlugin } from './live-check-plugin';
import './live-check.css';
import { useEditor } from './store';
import { editorReadOnly, onLockChange } from '../collab/edit-lock';

/** Live checking waits this long after the last keystroke (a pause in typing, well under autosave's). */
const LIVE_CHECK_DELAY_MS = 250;

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
    const { setBody, setFindMode, setView, setLiveStats } = useEditor.getState();
    const live = liveCheckPlugin({
      enabled: () => useEditor.getState().liveCheck,
      lexicons: () => useLexicons.getState().lexicons,
      subscribe(listener) {
        // The lists are fetched when live checking is (or is turned) on; either change re-checks.
        const ensure = (): void => {
          if (useEditor.getState().liveCheck) void useLexicons.getState().ensure();
        };
        ensure();
        const offEditor = useEditor.subscribe((s, prev) => {
          if (s.liveCheck === prev.liveCheck) return;
          ensure();
          listener();
        });
        const offLexicons = useLexicons.subscribe((s, prev) => {
          if (s.lexicons !== prev.lexicons) listener();
        });
        return () => {
          offEditor();
          offLexicons();
        };
      },
      delayMs: LIVE_CHECK_DELAY_MS,
      onChecked: setLiveStats,
    });
    const view: EditorView = new EditorView(host.current, {
      state: EditorState.create({ doc: blocksToDoc(initialRef.current), plugins: [...editorPlugins(setFindMode), live] }),
      attributes: { class: 'bx-body', 'data-testid': 'body-editor', spellcheck: 'false', lang: 'zh-CN' },
      // Read only while another holds the story, the lock was broken, or a 已签发 story is not yet confirmed.
      editable: () => !editorReadOnly(),
      dispatchTransaction(tr) {
        view.updateState(view.state.apply(tr));
        if (tr.docChanged) setBody(docToBlocks(view.state.doc));
        // Re-publish so toolbars (undo depth, find counts) re-render.
        setView(view);
      },
    });
    setView(view);
    const offLock = onLockChange(() => view.setProps({}));
    return () => {
      offLock();
      setView(null);
      view.destroy();
    };
  }, [loadGen]);
  return <div ref={host} className="bx-body-host" />;
}
