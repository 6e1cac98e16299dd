import { useEffect } from 'react';
import { useEditor } from './store';

/**
 * Ctrl+F / Ctrl+H anywhere in the editor page (not only inside the body) open find / replace
 * instead of the browser's own find bar.
 */
export function useFindShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      const key = e.key.toLowerCase();
      if (key !== 'f' && key !== 'h') return;
      e.preventDefault();
      useEditor.getState().setFindMode(key === 'f' ? 'find' : 'replace');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
