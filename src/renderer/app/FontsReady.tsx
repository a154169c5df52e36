// Loads every font face the stylesheet declares as soon as the window has painted its first frame.
// The bundled fonts come in subsets by script (latin, latin-ext, vietnamese, greek, cyrillic), and
// the browser fetches a subset only when a character of its range is first shown, then styles and
// lays out again the text set in that family: that was most of the first search key of a session
// (its hits were the first text with a latin-ext character shown in the interface's sans). Loaded
// once the app was idle after opening, they came while the user began to type (a first key typed
// into the bibliography's filter of ~230 ms at 100,000 works): at the start, nobody types yet.
import { useEffect } from 'react';

/** Mount once (the app shell); renders nothing. */
export function FontsReady(): null {
  useEffect(() => {
    if (!document.fonts) return;
    const frame = requestAnimationFrame(() => {
      // A face that fails to load falls back as it would have when first shown.
      document.fonts.forEach((face) => void face.load().catch(() => undefined));
    });
    return () => cancelAnimationFrame(frame);
  }, []);
  return null;
}
