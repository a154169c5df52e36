// The app's keyboard shortcuts: one list for the handler and the help overlay.
import { modKey } from '../ui/Kbd';

export interface ShortcutDoc {
  keys: string[][];
  description: string;
}

/** Shortcuts as shown in the help overlay (keys spelled for this platform), one per view too. */
export const SHORTCUTS = (views: readonly { label: string }[]): ShortcutDoc[] => {
  const mod = modKey();
  return [
    { keys: [[mod, 'K']], description: 'Go to a view, section, work, claim, note or passage' },
    { keys: [[mod, 'F']], description: 'Search the papers, works, claims and notes' },
    { keys: [['?']], description: 'Show these shortcuts' },
    { keys: [[mod, 'Shift', 'O']], description: 'Add a paper (File menu)' },
    { keys: [[mod, 'O']], description: 'Import a bibliography file (File menu)' },
    { keys: [[mod, 'E']], description: 'Export the library (File menu)' },
    ...views
      .slice(0, 9)
      .map((view, i) => ({ keys: [[mod, String(i + 1)]], description: view.label })),
    {
      keys: [['/']],
      description: 'Filter the list (bibliography, claims, notes); in the reader, search',
    },
    { keys: [[']'], ['[']], description: 'Next / previous section (reader)' },
    { keys: [['.'], [',']], description: 'Next / previous noted passage (reader)' },
    {
      keys: [['↓'], ['↑']],
      description:
        'Next / previous work (bibliography; ↓ from the filter enters the rows) or result',
    },
    { keys: [['Home'], ['End']], description: 'First / last work (bibliography list)' },
    {
      keys: [['←'], ['→']],
      description:
        'Take the left / right record’s value (duplicates review: ↑ ↓ between fields, Enter merges)',
    },
    { keys: [['Enter']], description: 'Pin the card of the focused citation' },
    { keys: [['Esc']], description: 'Close the card or dialog' },
    {
      keys: [['S'], ['Shift', 'S']],
      description: 'Select the sentence at the focus (reader); again: add / remove a sentence',
    },
    { keys: [['N']], description: 'Note on the text selected in the reader' },
    {
      keys: [
        ['Alt', '↑'],
        ['Alt', '↓'],
      ],
      description: 'Move the focused work up / down a reading list',
    },
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
