/** Wraps citeproc's RTF entries into a document a word processor pastes as formatted text. */

/**
 * One paragraph per entry, with the style's hanging indent (0.5 in) when it asks for one.
 * citeproc has already escaped the entries' text for RTF.
 */
export function wrapRtf(entries: readonly string[], hangingIndent: boolean): string {
  const indent = hangingIndent ? '\\fi-720\\li720' : '';
  const paragraphs = entries.map((e) => `{\\pard${indent}\\sa120 ${e}\\par}\n`).join('');
  return `{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0\\froman Times New Roman;}}\\f0\\fs24\n${paragraphs}}\n`;
}
