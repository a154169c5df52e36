// Copying to the system clipboard: plain text, or formatted text with a plain alternative.

/** Puts `text` on the clipboard; false when the clipboard refused (no focus, no permission). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Puts formatted text on the clipboard as HTML (word processors paste it with its italics) and
 * plain text (editors paste that); plain text alone where the clipboard takes no HTML.
 */
export async function copyRich(content: { text: string; html: string | null }): Promise<boolean> {
  if (content.html && typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([content.html], { type: 'text/html' }),
          'text/plain': new Blob([content.text], { type: 'text/plain' }),
        }),
      ]);
      return true;
    } catch {
      // Fall back to plain text below.
    }
  }
  return copyText(content.text);
}
