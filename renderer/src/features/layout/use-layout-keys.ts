import { useEffect } from 'react';
import type { Nudge } from './geometry';
import { useLayout } from './store';

const ARROWS: Record<string, Nudge> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/** Whether a key press belongs to a text field or a dialog rather than to the page. */
function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.closest('.ant-modal') !== null;
}

/** The desk's keys: arrows nudge by a line or a column, Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z, Delete. */
export function useLayoutKeys(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent): void => {
      if (typingInto(e.target)) return;
      const s = useLayout.getState();
      if (s.view !== 'canvas') return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && key === 'z') {
        e.preventDefault();
        void (e.shiftKey ? s.redo() : s.undo());
      } else if (mod && key === 'y') {
        e.preventDefault();
        void s.redo();
      } else if (!mod && (e.key === 'Delete' || e.key === 'Backspace') && s.selected.length) {
        e.preventDefault();
        void s.deleteSelected();
      } else if (!mod && ARROWS[e.key] && s.selected.length) {
        e.preventDefault();
        void s.nudgeSelected(ARROWS[e.key]!);
      } else if (e.key === 'Escape') {
        s.select(null);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active]);
}
