// App-wide keys: palette, help, search, view switching, add paper, import, export, filter focus.
// The native menu shows Ctrl/Cmd+Shift+O, O, E and 1..9 without registering them: these handlers
// own the keys.
import { useEffect } from 'react';
import type { ViewId } from './navigation';
import { isTypingTarget } from './shortcuts';

interface Handlers {
  views: readonly { id: ViewId }[];
  modalOpen: boolean;
  togglePalette: () => void;
  openHelp: () => void;
  showView: (view: ViewId) => void;
  /** Ctrl/Cmd+O: runs in the key press, so the file picker may open. */
  importFile: () => void;
  /** Ctrl/Cmd+Shift+O: runs in the key press, so the file picker may open. */
  addPaper: () => void;
  exportLibrary: () => void;
}

/** Installs the global shortcut listener for as long as the app is mounted. */
export function useGlobalShortcuts({
  views,
  modalOpen,
  togglePalette,
  openHelp,
  showView,
  importFile,
  addPaper,
  exportLibrary,
}: Handlers): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (mod && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        togglePalette();
        return;
      }
      if (modalOpen || event.defaultPrevented) return;
      if (mod && !event.altKey && event.key.toLowerCase() === 'f') {
        const field = document.querySelector<HTMLInputElement>('[data-global-search]');
        if (field) {
          event.preventDefault();
          field.focus();
          field.select();
        }
        return;
      }
      if (mod && !event.altKey && event.shiftKey && event.key.toLowerCase() === 'o') {
        event.preventDefault();
        addPaper();
        return;
      }
      if (mod && !event.altKey && !event.shiftKey && ['o', 'e'].includes(event.key.toLowerCase())) {
        event.preventDefault();
        if (event.key.toLowerCase() === 'o') importFile();
        else exportLibrary();
        return;
      }
      if (mod && !event.altKey && /^[1-9]$/.test(event.key)) {
        const view = views[Number(event.key) - 1];
        if (view) {
          event.preventDefault();
          showView(view.id);
        }
        return;
      }
      if (mod || event.altKey || isTypingTarget(event.target)) return;
      if (event.key === '?') {
        event.preventDefault();
        openHelp();
      } else if (event.key === '/') {
        // The view's own filter where it has one, else the search field.
        const input =
          document.querySelector<HTMLElement>('.view:not([hidden]) [data-filter-input]') ??
          document.querySelector<HTMLElement>('[data-global-search]');
        if (input) {
          event.preventDefault();
          input.focus();
        }
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [views, modalOpen, togglePalette, openHelp, showView, importFile, addPaper, exportLibrary]);
}
