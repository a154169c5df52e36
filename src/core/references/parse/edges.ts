// What stands between two neighbouring tokens of a reference entry: the tagger's label-to-label
// transitions depend on it, so that a field may change after a full stop or a comma but hardly
// between two words with only a space between them ("Proceedings of the | International Workshop").
import type { Token } from './tokens';

/** How many edge classes there are (see edgeClasses). */
export const EDGE_CLASSES = 10;

const ALNUM = /^[\p{L}\p{N}]/u;
const OPENING = /^[([{"“‘«„]$/u;

/**
 * The class of the boundary before each token: 0 the entry's start, 1 word - space - word, 2 two
 * words with no space between ("B386131"), 3 after a full stop that ends a part, 4 after another
 * dot ("J." "Proc."), 5 after a comma, 6 after ":" or ";", 7 after an opening bracket or quote,
 * 8 before a punctuation mark, 9 anything else (after a closing bracket, a dash, ...).
 */
export function edgeClasses(tokens: readonly Token[], stopsAt: Int32Array): Uint8Array {
  const out = new Uint8Array(tokens.length);
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1]!;
    const cur = tokens[i]!;
    const p = prev.text;
    if (p === '.' || p === '?' || p === '!') out[i] = stopsAt[i] !== stopsAt[i - 1] ? 3 : 4;
    else if (p === ',') out[i] = 5;
    else if (p === ':' || p === ';') out[i] = 6;
    else if (OPENING.test(p)) out[i] = 7;
    else if (!ALNUM.test(cur.text)) out[i] = 8;
    else if (ALNUM.test(p)) out[i] = cur.start > prev.end ? 1 : 2;
    else out[i] = 9;
  }
  return out;
}
