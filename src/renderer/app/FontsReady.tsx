// Loads every font face the stylesheet declares once the app is idle after opening. The bundled
// fonts come in subsets by script (latin, latin-ext, vietnamese, greek, cyrillic), and the browser
// fetches a subset only when a character of its range is first shown, then styles and lays out
// again the text set in that family: that was most of the first search key of a session (its
// hits were the first text with a latin-ext character shown in the interface's sans).
import { useEffect } from 'react';
import { useIdleAfterOpen } from './useIdleAfterOpen';

/** Mount once (the app shell); renders nothing. */
export function FontsReady(): null {
  const idle = useIdleAfterOpen();
  useEffect(() => {
    if (!idle || !document.fonts) return;
    // A face that fails to load falls back as it would have when first shown.
    document.fonts.forEach((face) => void face.load().catch(() => undefined));
  }, [idle]);
  return null;
}
