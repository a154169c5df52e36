// Inline markup -> plain text with emphasis spans and footnote-marker offsets (whitespace collapsed).
import {
  tokenizeInline,
  type InlineOptions,
  type DelimiterToken,
  type EmphasisStyle,
  type InlineToken,
} from './inlineTokens';

/** A span of emphasis, relative to the start of an `InlineText`. */
export interface RelativeSpan {
  start: number;
  end: number;
  style: EmphasisStyle;
}

/** A footnote marker that stood right after `offset` (relative to the start of an `InlineText`). */
export interface RelativeMarker {
  label: string;
  offset: number;
}

/** Plain text of one block with what its markup said. */
export interface InlineText {
  text: string;
  emphasis: RelativeSpan[];
  markers: RelativeMarker[];
}

interface Pair {
  style: EmphasisStyle;
  start: number;
  end: number;
}

/** What a delimiter run turned into after matching: closes, leftover literal chars, opens. */
interface DelimiterUse {
  closes: Pair[];
  literal: string;
  opens: Pair[];
}

/**
 * Parses inline markup: `*italic*`, `**bold**`, `***both***` (and `_` forms, `<em>`/`<strong>`),
 * links `[t](u)` -> t, `<sup>n</sup>` / `[^n]` -> markers (see InlineOptions), other `<sup>` and
 * pandoc `^x^` -> superscript spans. Every run of whitespace (line breaks, hard breaks) becomes one
 * space; the result is trimmed. Other characters are kept as written.
 */
export function parseInline(source: string, options: InlineOptions = {}): InlineText {
  const tokens = tokenizeInline(source.replace(/\\\n/g, '\n'), options);
  const uses = matchDelimiters(tokens);
  const out = new TextBuilder();
  const pairs: Pair[] = [];
  const markers: RelativeMarker[] = [];
  const openTags: Pair[] = [];

  tokens.forEach((token, index) => {
    switch (token.type) {
      case 'text':
        out.append(token.value);
        break;
      case 'marker':
        markers.push({ label: token.label, offset: out.length });
        break;
      case 'tag':
        if (!token.closing) openTags.push(out.open({ style: token.style, start: 0, end: -1 }));
        else {
          const at = findLastIndex(openTags, (p) => p.style === token.style);
          if (at >= 0) pairs.push(out.close(openTags.splice(at, 1)[0]!));
        }
        break;
      case 'delim': {
        const use = uses.get(index)!;
        for (const pair of use.closes) pairs.push(out.close(pair));
        out.append(use.literal);
        for (const pair of use.opens) out.open(pair);
        break;
      }
    }
  });

  const text = out.toString();
  const emphasis = pairs
    .map((p) => ({ style: p.style, start: p.start, end: Math.min(p.end, text.length) }))
    .filter((p) => p.end > p.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const clamped = markers.map((m) => ({ ...m, offset: Math.min(m.offset, text.length) }));
  return { text, emphasis, markers: clamped };
}

/** Joins two inline texts with `separator`, shifting the second one's spans and markers. */
export function joinInline(a: InlineText, b: InlineText, separator = ' '): InlineText {
  const shift = a.text.length + separator.length;
  return {
    text: a.text + separator + b.text,
    emphasis: [
      ...a.emphasis,
      ...b.emphasis.map((s) => ({ ...s, start: s.start + shift, end: s.end + shift })),
    ],
    markers: [...a.markers, ...b.markers.map((m) => ({ ...m, offset: m.offset + shift }))],
  };
}

/**
 * Pairs `*`/`_` runs the way CommonMark does in the common cases: a closer takes the nearest
 * opener of the same character; two-char matches are bold, one-char italic; runs between a matched
 * opener and closer that stay unmatched are literal text.
 */
function matchDelimiters(tokens: InlineToken[]): Map<number, DelimiterUse> {
  const uses = new Map<number, DelimiterUse>();
  const remaining = new Map<number, number>();
  const stack: number[] = [];
  tokens.forEach((token, index) => {
    if (token.type !== 'delim') return;
    uses.set(index, { closes: [], literal: '', opens: [] });
    remaining.set(index, token.count);
    if (token.canClose) closeAgainstStack(tokens, index, stack, uses, remaining);
    if (token.canOpen && remaining.get(index)! > 0) stack.push(index);
  });
  for (const [index, use] of uses) {
    const token = tokens[index] as DelimiterToken;
    use.literal = token.char.repeat(remaining.get(index)!);
  }
  return uses;
}

function closeAgainstStack(
  tokens: InlineToken[],
  closer: number,
  stack: number[],
  uses: Map<number, DelimiterUse>,
  remaining: Map<number, number>,
): void {
  const char = (tokens[closer] as DelimiterToken).char;
  while (remaining.get(closer)! > 0) {
    const at = findLastIndex(stack, (i) => (tokens[i] as DelimiterToken).char === char);
    if (at < 0) return;
    const opener = stack[at]!;
    const n = remaining.get(opener)! >= 2 && remaining.get(closer)! >= 2 ? 2 : 1;
    const pair: Pair = { style: n === 2 ? 'bold' : 'italic', start: 0, end: -1 };
    // A later match on the same opener is further out: it opens first and closes last.
    uses.get(opener)!.opens.unshift(pair);
    uses.get(closer)!.closes.push(pair);
    remaining.set(opener, remaining.get(opener)! - n);
    remaining.set(closer, remaining.get(closer)! - n);
    stack.splice(remaining.get(opener)! > 0 ? at + 1 : at);
  }
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i;
  return -1;
}

/** Builds text collapsing whitespace runs to one space, never leading or trailing. */
class TextBuilder {
  private text = '';
  private pendingSpace = false;

  get length(): number {
    return this.text.length;
  }

  append(value: string): void {
    for (const ch of value) {
      if (/\s/u.test(ch) && ch !== '\u00a0') {
        this.pendingSpace = this.text.length > 0;
      } else {
        this.flushSpace();
        this.text += ch;
      }
    }
  }

  /** Emphasis starts after any pending space. */
  open(pair: Pair): Pair {
    this.flushSpace();
    pair.start = this.text.length;
    return pair;
  }

  /** Emphasis ends before any pending space. */
  close(pair: Pair): Pair {
    pair.end = this.text.length;
    return pair;
  }

  toString(): string {
    return this.text;
  }

  private flushSpace(): void {
    if (this.pendingSpace) this.text += ' ';
    this.pendingSpace = false;
  }
}
