// Tokenises inline Markdown/HTML (escapes, links, autolinks, <sup> markers or raised text, pandoc
// ^raised^ text, tags, * and _ runs).

export type EmphasisStyle = 'italic' | 'bold' | 'superscript';

/** A run of `*` or `_` that may open and/or close emphasis (CommonMark flanking rules). */
export interface DelimiterToken {
  type: 'delim';
  char: '*' | '_';
  count: number;
  canOpen: boolean;
  canClose: boolean;
}

export type InlineToken =
  | { type: 'text'; value: string }
  | DelimiterToken
  | { type: 'marker'; label: string }
  | { type: 'tag'; style: EmphasisStyle; closing: boolean };

/** Characters a backslash may escape (ASCII punctuation, as in CommonMark). */
const ESCAPABLE = /[!-/:-@[-`{-~]/;
/** Footnote labels a `<sup>` or `[^…]` may carry: numbers, a letter, or note symbols. */
const MARKER_LABEL = /^(?:\d{1,4}|[a-z]|[*†‡§¶]{1,3})$/;
const SUP = /<sup>\s*([^<]{0,16}?)\s*<\/sup>/iy;
const AUTOLINK = /<((?:https?|ftp):\/\/[^\s<>]+|mailto:[^\s<>]+|[^\s<>@]+@[^\s<>@]+\.[a-z]{2,})>/iy;
const HTML_TAG = /<(\/?)([a-z][a-z0-9]*)\b[^<>]*?(\/?)>/iy;
const FOOTNOTE_REF = /\[\^([^\]\s]{1,16})\]/y;
/** Pandoc's superscript: `^2,5^` (no unescaped spaces inside). */
const CARET_SUP = /\^((?:\\ |[^\s^]){1,24})\^/y;
const TAG_STYLES: Record<string, EmphasisStyle> = {
  em: 'italic',
  i: 'italic',
  strong: 'bold',
  b: 'bold',
};
const WHITESPACE = /\s/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;

/** How `<sup>` reads. */
export interface InlineOptions {
  /**
   * The labels of the document's footnotes. Without it, a `<sup>` holding a marker label (a
   * number, a letter, a note symbol) is a footnote marker; with it, only one naming a footnote
   * is, and any other is raised text (a numeric paper's citation: `<sup>3</sup>`).
   */
  footnoteLabels?: ReadonlySet<string>;
}

/**
 * Turns one inline string into tokens. Links keep their text (tokenised too) and lose their URL;
 * images are dropped; autolinks keep their address; unknown HTML tags are dropped, their content
 * kept; `<sup>` that is no footnote marker, and `^…^`, are raised text (between superscript tags).
 */
export function tokenizeInline(source: string, options: InlineOptions = {}): InlineToken[] {
  const tokens: InlineToken[] = [];
  let buffer = '';
  const flush = (): void => {
    if (buffer) tokens.push({ type: 'text', value: buffer });
    buffer = '';
  };
  const push = (...next: InlineToken[]): void => {
    flush();
    tokens.push(...next);
  };

  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\\' && i + 1 < source.length && ESCAPABLE.test(source[i + 1]!)) {
      buffer += source[i + 1];
      i += 2;
      continue;
    }
    if (c === '<') {
      const angle = readAngle(source, i, options);
      if (angle) {
        push(...angle.tokens);
        i = angle.end;
        continue;
      }
    }
    if (c === '[' || (c === '!' && source[i + 1] === '[')) {
      const bracket = readBracket(source, c === '!' ? i + 1 : i, options);
      if (bracket) {
        if (c !== '!') push(...bracket.tokens);
        i = bracket.end;
        continue;
      }
    }
    if (c === '^') {
      const caret = sticky(CARET_SUP, source, i);
      if (caret) {
        push(...raised(tokenizeInline(caret[1]!.replace(/\\ /g, ' '), options)));
        i += caret[0].length;
        continue;
      }
    }
    if (c === '*' || c === '_') {
      let end = i;
      while (source[end] === c) end++;
      push(delimiter(c, end - i, source[i - 1] ?? ' ', source[end] ?? ' '));
      i = end;
      continue;
    }
    buffer += c;
    i++;
  }
  flush();
  return tokens;
}

function delimiter(char: '*' | '_', count: number, before: string, after: string): DelimiterToken {
  const spaceBefore = WHITESPACE.test(before);
  const spaceAfter = WHITESPACE.test(after);
  const punctBefore = PUNCTUATION.test(before);
  const punctAfter = PUNCTUATION.test(after);
  const left = !spaceAfter && (!punctAfter || spaceBefore || punctBefore);
  const right = !spaceBefore && (!punctBefore || spaceAfter || punctAfter);
  if (char === '*') return { type: 'delim', char, count, canOpen: left, canClose: right };
  // Intra-word underscores (snake_case, URLs) never emphasise.
  return {
    type: 'delim',
    char,
    count,
    canOpen: left && (!right || punctBefore),
    canClose: right && (!left || punctAfter),
  };
}

interface Read {
  tokens: InlineToken[];
  end: number;
}

function sticky(pattern: RegExp, source: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(source);
}

/** `tokens` between an opening and a closing superscript tag. */
function raised(tokens: InlineToken[]): InlineToken[] {
  return [
    { type: 'tag', style: 'superscript', closing: false },
    ...tokens,
    { type: 'tag', style: 'superscript', closing: true },
  ];
}

function readAngle(source: string, at: number, options: InlineOptions): Read | null {
  const sup = sticky(SUP, source, at);
  if (sup) {
    const label = sup[1]!;
    const marker = MARKER_LABEL.test(label) && (options.footnoteLabels?.has(label) ?? true);
    const tokens: InlineToken[] = marker
      ? [{ type: 'marker', label }]
      : raised(tokenizeInline(label, options));
    return { tokens, end: at + sup[0].length };
  }
  const link = sticky(AUTOLINK, source, at);
  if (link) {
    const address = link[1]!.replace(/^mailto:/i, '');
    return { tokens: [{ type: 'text', value: address }], end: at + link[0].length };
  }
  const tag = sticky(HTML_TAG, source, at);
  if (tag) {
    const name = tag[2]!.toLowerCase();
    const end = at + tag[0].length;
    const style = TAG_STYLES[name];
    if (style) return { tokens: [{ type: 'tag', style, closing: tag[1] === '/' }], end };
    // A `<sup>` the pattern above did not take (markup inside, or long): raised all the same.
    if (name === 'sup')
      return { tokens: [{ type: 'tag', style: 'superscript', closing: tag[1] === '/' }], end };
    if (name === 'br') return { tokens: [{ type: 'text', value: ' ' }], end };
    return { tokens: [], end };
  }
  return null;
}

/** Reads `[^label]` or `[text](url)` starting at `at` (which holds `[`). */
function readBracket(source: string, at: number, options: InlineOptions): Read | null {
  const ref = sticky(FOOTNOTE_REF, source, at);
  if (ref) return { tokens: [{ type: 'marker', label: ref[1]! }], end: at + ref[0].length };
  const close = matching(source, at, '[', ']');
  if (close < 0 || source[close + 1] !== '(') return null;
  const urlEnd = matching(source, close + 1, '(', ')');
  if (urlEnd < 0) return null;
  return { tokens: tokenizeInline(source.slice(at + 1, close), options), end: urlEnd + 1 };
}

/** Index of the bracket closing the one at `at`, honouring nesting and escapes; -1 if none. */
function matching(source: string, at: number, open: string, close: string): number {
  let depth = 0;
  for (let i = at; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === open) depth++;
    else if (c === close && --depth === 0) return i;
  }
  return -1;
}
