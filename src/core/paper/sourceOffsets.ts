/**
 * Maps offsets into a paper's source (Markdown or plain text, as the reference analysis reads it)
 * to offsets into its parsed document's normalised text, where blocks, claims and anchors live.
 * The document drops markup, joins lines and leaves footnote definitions and boilerplate out, so
 * the two are aligned block by block on their letters and digits: each block is found in the
 * source after the previous one (by its first words, whatever markup stands between them), then
 * its letters are matched in order.
 */
import type { ParsedDocument } from '../document/model';

const WORD = /[\p{L}\p{N}]+/gu;
const ALNUM = /[\p{L}\p{N}]/u;

/** Whether a character is a letter or digit; ASCII answered without the Unicode test. */
function isAlnum(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return ALNUM.test(c);
}
/** How far ahead in the source a letter of the document is looked for before it is skipped. */
const LOOKAHEAD = 64;
/** Words of a block that find it in the source. */
const LEAD_WORDS = 4;
/** Most characters of markup and space between two lead words. */
const MAX_GAP = 40;

/** Source offsets -> document offsets, from aligned characters. */
export interface SourceOffsets {
  /** The document offset of the first aligned character at or after `sourceOffset` (or the end). */
  start(sourceOffset: number): number;
  /** One past the document offset of the last aligned character before `sourceOffset`. */
  end(sourceOffset: number): number;
  /** A source span as a document span (never reversed: an unaligned span is empty). */
  span(start: number, end: number): { start: number; end: number };
}

/** Where the block starting with `text` stands in `source`, at or after `from`; -1 if nowhere. */
function findBlock(source: string, text: string, from: number): number {
  const words = (text.match(WORD) ?? []).slice(0, LEAD_WORDS);
  if (words.length === 0) return -1;
  // The first word, then each next one after 1 to 40 characters that are no letter or digit
  // (markup, spaces). Searched by hand: a regular expression made per block costs its
  // compilation, which on a 500-page paper was most of the parse.
  for (let at = source.indexOf(words[0]!, from); at >= 0; at = source.indexOf(words[0]!, at + 1)) {
    if (followedBy(source, at + words[0]!.length, words)) return at;
  }
  return -1;
}

/** Whether `words` after the first follow at `pos`, each after a short run of non-letters. */
function followedBy(source: string, pos: number, words: readonly string[]): boolean {
  let at = pos;
  for (let k = 1; k < words.length; k++) {
    let run = 0;
    while (at < source.length && run <= MAX_GAP) {
      const code = source.codePointAt(at)!;
      if (isAlnum(String.fromCodePoint(code))) break;
      at += code > 0xffff ? 2 : 1;
      run++;
    }
    if (run < 1 || run > MAX_GAP || !source.startsWith(words[k]!, at)) return false;
    at += words[k]!.length;
  }
  return true;
}

/** The first letter or digit of `text` at or after `from` (before `limit`), or `limit`. */
function nextAlnum(text: string, from: number, limit: number): number {
  let k = from;
  while (k < limit && !isAlnum(text[k]!)) k++;
  return k;
}

/**
 * Where the document's letter `c` stands in the source, at or after `from`: the nearest place
 * whose next letter is also the document's next (`then`), so a letter of markup ("<sup>") is not
 * taken for the text's; else the nearest place; -1 when it is not close.
 */
function matchAt(source: string, from: number, c: string, then: string | undefined): number {
  const limit = Math.min(source.length, from + LOOKAHEAD);
  let first = -1;
  for (let k = from; k < limit; k++) {
    if (source[k] !== c) continue;
    if (first < 0) first = k;
    if (then === undefined || source[nextAlnum(source, k + 1, limit)] === then) return k;
  }
  return first;
}

/** Aligns `source` with `doc.text`; see the file's comment. */
export function alignSource(source: string, doc: ParsedDocument): SourceOffsets {
  const src: number[] = [];
  const dst: number[] = [];
  let at = 0;
  const blocks = [...doc.blocks].sort((a, b) => a.start - b.start);
  for (const block of blocks) {
    const found = findBlock(source, block.text, at);
    if (found < 0) continue;
    let i = found;
    for (let j = block.start; j < block.end; j++) {
      const c = doc.text[j]!;
      if (!isAlnum(c)) continue;
      const k = matchAt(source, i, c, doc.text[nextAlnum(doc.text, j + 1, block.end)]);
      if (k < 0) continue; // a letter the source writes otherwise: skipped
      src.push(k);
      dst.push(j);
      i = k + 1;
    }
    at = i;
  }
  /** Index of the first aligned pair whose source offset is >= `offset`. */
  const firstFrom = (offset: number): number => {
    let lo = 0;
    let hi = src.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (src[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const start = (offset: number): number => {
    const k = firstFrom(offset);
    return k < dst.length ? dst[k]! : doc.text.length;
  };
  const end = (offset: number): number => {
    const k = firstFrom(offset) - 1;
    return k >= 0 ? dst[k]! + 1 : 0;
  };
  return {
    start,
    end,
    span(s, e) {
      // Brackets and stops at either edge are not aligned: taken along where the text has them.
      const written = source.slice(s, e);
      const lead = /^[^\p{L}\p{N}]*/u.exec(written)![0];
      const trail = written.length > lead.length ? /[^\p{L}\p{N}]*$/u.exec(written)![0] : '';
      let from = start(s);
      let to = end(e);
      // Nothing of it is in the text (a superscript the document took for a note marker): it
      // stands right after the text before it.
      if (to <= from) from = to = end(s);
      if (lead && doc.text.slice(from - lead.length, from) === lead) from -= lead.length;
      if (trail && doc.text.startsWith(trail, to)) to += trail.length;
      return { start: from, end: to };
    },
  };
}
