// Cuts a reference string into the tokens the tagger labels: words, numbers, single punctuation
// marks, and whole URLs and DOIs (which must never be split across fields).

/** One token with its place in the raw string. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN =
  /(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"]+|\b10\.\d{4,9}\/[^\s<>"]+|\p{L}+(?:['’]\p{L}+)*|\p{N}+|[^\s\p{L}\p{N}]/gu;

/**
 * `trimmed` (a prefix of `token`) with as many of the ")" or "]" cut from its end as close brackets
 * opened inside it: "10.1061/(ASCE)0733-9410(1988)114:2(133))." keeps one ")".
 */
export function withClosingBrackets(token: string, trimmed: string): string {
  let s = trimmed;
  const depth = (open: string, close: string): number =>
    s.split(open).length - s.split(close).length;
  while (s.length < token.length) {
    const next = token[s.length]!;
    if ((next === ')' && depth('(', ')') > 0) || (next === ']' && depth('[', ']') > 0)) s += next;
    else break;
  }
  return s;
}

/** Splits `raw` into tokens; a URL or DOI keeps its final "." or ")" out of the token (not a ")" of its own). */
export function tokenize(raw: string): Token[] {
  const out: Token[] = [];
  for (const m of raw.matchAll(TOKEN)) {
    const start = m.index;
    const text = m[0];
    if (text.length > 1 && /^(?:https?:|ftp:|www\.|10\.)/iu.test(text)) {
      const trimmed = withClosingBrackets(text, text.replace(/[.,;:)\]>]+$/u, ''));
      if (trimmed.length < text.length) {
        out.push({ text: trimmed, start, end: start + trimmed.length });
        for (let k = trimmed.length; k < text.length; k++) {
          out.push({ text: text[k]!, start: start + k, end: start + k + 1 });
        }
        continue;
      }
    }
    out.push({ text, start, end: start + text.length });
  }
  return out;
}
