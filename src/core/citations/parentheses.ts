// Finds the innermost balanced round brackets of a text, each within one block.

export interface Parenthesis {
  /** Offset of "(". */
  open: number;
  /** Offset of ")". */
  close: number;
}

/**
 * Innermost "(...)" pairs in document order. A pair never spans a blank line ("\n\n", the block
 * separator), stray ")" (as in "a) ... b)") are ignored, and a pair that contains another pair is
 * skipped: its inner pairs are reported instead.
 */
export function findParentheses(text: string): Parenthesis[] {
  const found: Parenthesis[] = [];
  let stack: Array<{ open: number; nested: boolean }> = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' && text[i + 1] === '\n') {
      stack = [];
    } else if (ch === '(') {
      stack.push({ open: i, nested: false });
    } else if (ch === ')') {
      const top = stack.pop();
      if (!top) continue;
      if (!top.nested) found.push({ open: top.open, close: i });
      const parent = stack[stack.length - 1];
      if (parent) parent.nested = true;
    }
  }
  return found.sort((a, b) => a.open - b.open);
}
