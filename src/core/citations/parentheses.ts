// Finds the innermost balanced round (and, apart, square) brackets of a text, each within one
// block.

export interface Parenthesis {
  /** Offset of "(" (or "["). */
  open: number;
  /** Offset of ")" (or "]"). */
  close: number;
  /** Square brackets: "[Smith 2001; Jones 2003]", as some author-year styles write citations. */
  square?: true;
}

/**
 * Innermost "(...)" pairs in document order. A pair never spans a blank line ("\n\n", the block
 * separator), stray ")" (as in "a) ... b)") are ignored, and a pair that contains another pair is
 * skipped: its inner pairs are reported instead.
 */
export function findParentheses(text: string): Parenthesis[] {
  return innermostPairs(text, '(', ')');
}

/**
 * Innermost "[...]" pairs in document order, found as `findParentheses` finds round ones (each
 * kind on its own: "(see [Smith 2001])" has one of each).
 */
export function findSquareBrackets(text: string): Parenthesis[] {
  return innermostPairs(text, '[', ']').map((p) => ({ ...p, square: true }));
}

function innermostPairs(text: string, opening: string, closing: string): Parenthesis[] {
  const found: Parenthesis[] = [];
  let stack: Array<{ open: number; nested: boolean }> = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' && text[i + 1] === '\n') {
      stack = [];
    } else if (ch === opening) {
      stack.push({ open: i, nested: false });
    } else if (ch === closing) {
      const top = stack.pop();
      if (!top) continue;
      if (!top.nested) found.push({ open: top.open, close: i });
      const parent = stack[stack.length - 1];
      if (parent) parent.nested = true;
    }
  }
  return found.sort((a, b) => a.open - b.open);
}
