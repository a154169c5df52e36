// The lines of a text with their offsets, the unit the reference-list finder and splitter read.

/** One line of a text, without its line break. */
export interface Line {
  text: string;
  start: number;
  end: number;
}

/** Splits `text` (or its part from `from` to `to`) into lines with their offsets. */
export function linesOf(text: string, from = 0, to = text.length): Line[] {
  const lines: Line[] = [];
  let at = from;
  while (at <= to) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 || nl > to ? to : nl;
    lines.push({ text: text.slice(at, end).replace(/\r$/u, ''), start: at, end });
    if (nl < 0 || nl >= to) break;
    at = nl + 1;
  }
  return lines;
}

/** True for a line holding only whitespace. */
export const isBlank = (line: Line): boolean => line.text.trim() === '';
