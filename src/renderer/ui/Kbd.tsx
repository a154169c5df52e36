// A keyboard shortcut as the user's platform writes it.

/** True on macOS, where shortcuts use ⌘ instead of Ctrl. */
export const isMac = (): boolean =>
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** "Ctrl" or "⌘". */
export const modKey = (): string => (isMac() ? '⌘' : 'Ctrl');

export function Kbd({ keys }: { keys: string[] }) {
  return (
    <span className="kbd-group">
      {keys.map((key, i) => (
        <kbd key={i}>{key}</kbd>
      ))}
    </span>
  );
}
