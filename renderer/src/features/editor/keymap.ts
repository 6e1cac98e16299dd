import { baseKeymap, setBlockType, toggleMark } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import type { Plugin } from 'prosemirror-state';
import { findPlugin } from './find-plugin';
import { selectionSyncPlugin } from './selection-sync-plugin';
import { bodySchema } from './schema';

export const toggleBold = toggleMark(bodySchema.marks.bold);
export const makeParagraph = setBlockType(bodySchema.nodes.paragraph);
export const makeSubheading = setBlockType(bodySchema.nodes.subheading);

/** History, find highlighting and the editing keys: Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z, Ctrl+B, Ctrl+F / Ctrl+H. */
export function editorPlugins(openFind: (mode: 'find' | 'replace') => void): Plugin[] {
  return [
    // First, so every key binding below sees the selection the user sees.
    selectionSyncPlugin(),
    history(),
    findPlugin(),
    keymap({
      'Mod-z': undo,
      'Mod-y': redo,
      'Mod-Shift-z': redo,
      'Mod-b': toggleBold,
      'Mod-f': () => (openFind('find'), true),
      'Mod-h': () => (openFind('replace'), true),
    }),
    keymap(baseKeymap),
  ];
}
