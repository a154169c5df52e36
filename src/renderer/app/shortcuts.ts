// The app's keyboard shortcuts: one list for the handler and the help overlay.
import { modKey } from '../ui/Kbd';

export interface ShortcutDoc {
  keys: string[][];
  description: string;
}

/** Shortcuts as shown in the help overlay (keys spelled for this platform). */
export const SHORTCUTS = (): ShortcutDoc[] => {
  const mod = modKey();
  return [
    { keys: [[mod, 'K']], description: 'Go to a section, work or claim' },
    { keys: [['?']], description: 'Show these shortcuts' },
    { keys: [[mod, '1']], description: 'Reader' },
    { keys: [[mod, '2']], description: 'Bibliography' },
    { keys: [[mod, '3']], description: 'Claims' },
    { keys: [['/']], description: 'Filter the list in the bibliography or claims' },
    { keys: [[']'], ['[']], description: 'Next / previous section (reader)' },
    { keys: [['↓'], ['↑']], description: 'Next / previous work (bibliography list)' },
    { keys: [['Enter']], description: 'Pin the card of the focused citation' },
    { keys: [['Esc']], description: 'Close the card or dialog' },
  ];
};

/** True when typing in this element should not trigger single-key shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}
