// Splits text into sentences, robust to abbreviations, decimals, quotes and citation parentheses.
import { endsAbbreviation } from './abbreviations';

export interface SentenceSpan {
  start: number;
  end: number;
}

const TERMINALS = '.!?…';
const CLOSERS = '’”\'"»]';
const STARTER = /[\p{Lu}\p{N}‘“"'«[(*]/u;

/** Offsets inside a balanced "(...)" (at any depth); stray or unclosed brackets are ignored. */
function insideParentheses(text: string): Uint8Array {
  const inside = new Uint8Array(text.length);
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n' && text[i + 1] === '\n') stack.length = 0;
    else if (text[i] === '(') stack.push(i);
    else if (text[i] === ')') {
      const open = stack.pop();
      if (open !== undefined) inside.fill(1, open + 1, i);
    }
  }
  return inside;
}

/** Where the sentence ending with the terminal at `i` stops (after "?!", "…", closing quotes). */
function sentenceEnd(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length && TERMINALS.includes(text[j] ?? '')) j++;
  while (j < text.length && CLOSERS.includes(text[j] ?? '')) j++;
  return j;
}

function isBoundary(text: string, i: number, inside: Uint8Array): number | null {
  const ch = text[i] ?? '';
  if (!TERMINALS.includes(ch) || inside[i]) return null;
  if (ch === '.' && /\d/.test(text[i + 1] ?? '')) return null;
  if (ch === '.' && endsAbbreviation(text, i)) return null;
  const end = sentenceEnd(text, i);
  const next = /\S/u.exec(text.slice(end));
  if (!next) return end;
  if (next.index === 0) return null;
  // A parenthesis after a closing quote ("... for change.’ (IOM 2010).") belongs to the sentence.
  const starter = next[0];
  if (starter === '(' || !STARTER.test(starter)) return null;
  return end;
}

/**
 * Splits `text` into sentences: spans without surrounding whitespace, in order. A period ends a
 * sentence unless it closes an abbreviation (e.g., i.e., ibid., et al., pp., cf., Dr., U.S.) or
 * an initial, sits in a number (3.5) or inside parentheses, or is followed by a lower-case word;
 * closing quotes after it stay in the sentence; a citation parenthesis after it joins the sentence.
 * A blank line ("\n\n") always ends a sentence.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const inside = insideParentheses(text);
  const push = (start: number, end: number): void => {
    const piece = text.slice(start, end);
    const lead = piece.length - piece.trimStart().length;
    const trail = piece.length - piece.trimEnd().length;
    if (lead < piece.length) spans.push({ start: start + lead, end: end - trail });
  };
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n' && text[i + 1] === '\n') {
      push(start, i);
      start = i + 2;
      i++;
      continue;
    }
    const end = isBoundary(text, i, inside);
    if (end === null) continue;
    push(start, end);
    start = end;
    i = end - 1;
  }
  push(start, text.length);
  return spans;
}
