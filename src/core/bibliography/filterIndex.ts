/**
 * An index of the bibliography filter's texts (`workFilterText`, one per row) that answers the
 * filter's question (which rows contain every typed word, as a substring) without reading every
 * text. A typed word holds no whitespace, so it can only occur inside one whitespace-free token
 * of a text: the index keeps each distinct token once with the rows holding it, finds the tokens
 * containing the word (a few hundred thousand short strings at 100,000 works, against ~33 MB of
 * text) and marks their rows. Typing on narrows: the tokens and rows of the previous word are the
 * only ones tested. The tokens holding each pair of letters are listed too: a word of two letters
 * (the slowest key to answer by testing tokens: most hold its first letter) is looked up, and a
 * longer one tests only the tokens of its rarest pair. Answers are exactly those of
 * `matchesFilterText` over every text.
 */
import { isWhitespaceCode } from '../text/whitespace';
import { filterNarrows, matchesFilterText } from './filterText';

/** Rows matching a filter: 1 at each matching row. */
export type RowMatches = Uint8Array;

/**
 * The rows' filter texts, read one at a time: an array, or a view that makes each text when asked
 * (the works list's packed listings: 100,000 texts taken out at once cost ~4 MB, kept).
 */
export interface RowTexts {
  readonly length: number;
  at(row: number): string | undefined;
}

/** A character whose tokens' rows number more than 1/COMMON_CHAR of the rows has them kept. */
const COMMON_CHAR = 4;
const HAS_WHITESPACE = /\s/;

/** The tokens and rows one typed word (any of its spellings) matched; kept to narrow from. */
interface WordMatch {
  variants: readonly string[];
  /** Null when the rows were found by reading every text (see `scan`). */
  tokens: Int32Array | null;
  /** Read only: a common letter's rows are shared by every answer to it. */
  rows: RowMatches;
}

export class FilterIndex {
  /** Every distinct token of the texts. */
  private readonly tokens: string[];
  /** The rows of token t are `postings[starts[t]..starts[t + 1])`, ascending. */
  private readonly starts: Int32Array;
  private readonly postings: Int32Array;
  /**
   * The tokens holding each character (a UTF-16 code unit), ascending; not kept for a common
   * character (one in `rowsOfChar`): its letter typed alone is answered by its rows, and a longer
   * word is looked up by its pairs (at 100,000 works the common letters' lists were ~4.5 MB).
   */
  private readonly tokensOfChar = new Map<number, Int32Array>();
  /** The tokens holding each pair of adjacent characters (`pairId`), ascending. */
  private readonly tokensOfPair = new Map<number, Int32Array>();
  /**
   * The rows holding each common character (in many rows' texts): the answer to its letter typed
   * alone, which would otherwise mark most of the postings.
   */
  private readonly rowsOfChar = new Map<number, RowMatches>();
  /** The last filter's words of more than one letter, each with its matches, to narrow from. */
  private last: { words: readonly (readonly string[])[]; matches: WordMatch[] } | null = null;

  /**
   * Indexes `texts` (folded filter texts, one per row, as `workFilterText` makes them), giving
   * the event loop a turn after every `chunk` rows and every step of listing the tokens by
   * character and pair: at 100,000 works this is one to three seconds of work, which must not
   * hold up the requests answered meanwhile.
   */
  static async build(texts: RowTexts, chunk = 1000): Promise<FilterIndex> {
    const turn = () => new Promise((resolve) => setTimeout(resolve, 0));
    const tokens = new TokenRows();
    for (let start = 0; start < texts.length; start += chunk) {
      if (start > 0) await turn();
      const end = Math.min(texts.length, start + chunk);
      for (let row = start; row < end; row++) tokens.add(texts.at(row)!, row);
    }
    const index = new FilterIndex(texts, tokens);
    for (const _ of index.listCharacters(chunk * 10)) await turn();
    return index;
  }

  /** Indexes `texts` at once (see `build`). */
  static of(texts: RowTexts): FilterIndex {
    const tokens = new TokenRows();
    for (let row = 0; row < texts.length; row++) tokens.add(texts.at(row)!, row);
    const index = new FilterIndex(texts, tokens);
    for (const _ of index.listCharacters(Infinity));
    return index;
  }

  /** Takes the tokens of `rows` and sorts its pairs into postings, then lets the pairs go. */
  private constructor(
    private readonly texts: RowTexts,
    rows: TokenRows,
  ) {
    const { tokens, pairChunks, pairs } = rows;
    this.tokens = tokens;
    // A counting sort of the (token, row) pairs by token; stable, so each token's rows ascend.
    this.starts = new Int32Array(tokens.length + 1);
    eachPairOf(pairChunks, pairs, (token) => this.starts[token + 1]!++);
    for (let t = 0; t < tokens.length; t++) this.starts[t + 1]! += this.starts[t]!;
    this.postings = new Int32Array(pairs);
    const next = this.starts.slice(0, tokens.length);
    eachPairOf(pairChunks, pairs, (token, row) => (this.postings[next[token]!++] = row));
    rows.release();
  }

  /**
   * Lists the tokens by character and by pair of characters, and keeps the rows of the common
   * characters: a step (yield) after every `step` tokens or lists, and after each common
   * character's rows when there are more than `step` rows; a small index takes no step at all
   * (nor, built in the background, any turn of the event loop).
   */
  private *listCharacters(step: number): Generator<void> {
    yield* tokensBy(this.tokens, eachChar, this.tokensOfChar, step);
    yield* tokensBy(this.tokens, eachPair, this.tokensOfPair, step);
    for (const [c, tokens] of this.tokensOfChar) {
      let marks = 0;
      for (const t of tokens) marks += this.starts[t + 1]! - this.starts[t]!;
      if (marks <= this.texts.length / COMMON_CHAR) continue;
      this.rowsOfChar.set(c, this.rowsOf(tokens));
      if (this.texts.length > step) yield; // marking rows costs as much as `step` tokens
    }
    for (const c of this.rowsOfChar.keys()) this.tokensOfChar.delete(c);
  }

  /** The rows holding any of `tokens`. */
  private rowsOf(tokens: Iterable<number>): RowMatches {
    const rows = new Uint8Array(this.texts.length);
    const { starts, postings } = this;
    for (const t of tokens) {
      for (let p = starts[t]!, end = starts[t + 1]!; p < end; p++) rows[postings[p]!] = 1;
    }
    return rows;
  }

  /** How many rows the index covers. */
  get size(): number {
    return this.texts.length;
  }

  /**
   * The rows containing every word of `words` (each word as its folded spellings, as
   * `filterWords` gives them); null when no word narrows (every row matches).
   */
  matches(words: readonly (readonly string[])[]): RowMatches | null {
    if (words.length === 0) return null;
    const previous = this.last;
    const kept = new Map(previous?.matches.map((m) => [m.variants.join('|'), m]));
    const texts = this.texts;
    const matches: WordMatch[] = [];
    let rows: RowMatches | null = null;
    let count = texts.length;
    // Words already matched (the ones before the word being typed) first, then the longest.
    const order = [...words].sort(
      (a, b) =>
        Number(kept.has(b.join('|'))) - Number(kept.has(a.join('|'))) ||
        b[0]!.length - a[0]!.length,
    );
    for (const variants of order) {
      // Every text holds the empty word (a trailing space types one): it narrows nothing.
      if (variants.includes('')) continue;
      const key = variants.join('|');
      // Among a few rows, testing their texts is cheaper than marking the rows of many tokens.
      if (!kept.has(key) && rows && count < texts.length / 8) {
        count = 0;
        for (let i = 0; i < texts.length; i++) {
          if (rows[i] && matchesFilterText(texts.at(i)!, [variants])) count++;
          else rows[i] = 0;
        }
        continue;
      }
      const m = kept.get(key) ?? this.matchWord(variants, previous);
      matches.push(m);
      if (!rows) rows = m.rows.slice();
      else for (let i = 0; i < rows.length; i++) rows[i]! &= m.rows[i]!;
      count = 0;
      for (let i = 0; i < rows.length; i++) count += rows[i]!;
    }
    this.last = { words, matches };
    return rows;
  }

  /**
   * The rows holding `variants` (any of them): the tokens of its letters when it has no more than
   * two (each such token holds the word), else those tested among the fewest candidates: the
   * tokens of an earlier word it contains, or of its rarest pair of letters.
   */
  private matchWord(
    variants: readonly string[],
    previous: { words: readonly (readonly string[])[]; matches: WordMatch[] } | null,
  ): WordMatch {
    if (variants.some((v) => HAS_WHITESPACE.test(v))) return this.scan(variants);
    if (variants.every((v) => v.length <= 2)) {
      const common = variants.filter((v) => v.length === 1 && this.rowsOfChar.has(v.charCodeAt(0)));
      if (common.length > 0) return this.commonLetterMatch(variants, common);
    }
    const candidates = this.candidates(variants);
    let tokens: Int32Array;
    if (variants.every((v) => v.length <= 2)) {
      tokens = candidates instanceof Int32Array ? candidates : Int32Array.from(candidates);
      const letter = variants.length === 1 && variants[0]!.length === 1 ? variants[0]! : null;
      const known = letter === null ? undefined : this.rowsOfChar.get(letter.charCodeAt(0));
      if (known) return { variants, tokens, rows: known };
    } else {
      // A word that contains an earlier word (in every spelling) is found among its tokens.
      const from = previous?.matches.find(
        (m) => m.tokens !== null && filterNarrows([m.variants], [variants]),
      );
      const pool =
        from?.tokens && from.tokens.length < candidates.length ? from.tokens : candidates;
      const only = variants.length === 1 ? variants[0]! : null;
      const found: number[] = [];
      const all = this.tokens;
      // One spelling (most words) tested without a callback per token: tens of thousands of
      // tokens may be tested for the first letters of a word.
      if (only !== null) {
        for (const t of pool) if (all[t]!.includes(only)) found.push(t);
      } else for (const t of pool) if (variants.some((v) => all[t]!.includes(v))) found.push(t);
      tokens = Int32Array.from(found);
    }
    return { variants, tokens, rows: this.rowsOf(tokens) };
  }

  /**
   * The rows of a word of one or two letters, some of its spellings (`common`) common letters,
   * whose rows are kept (and shared, when it is one such letter alone) but not their tokens: the
   * match has no tokens to narrow from, which a longer word would not use anyway (those holding
   * any of its pairs are fewer).
   */
  private commonLetterMatch(variants: readonly string[], common: readonly string[]): WordMatch {
    const known = common.map((v) => this.rowsOfChar.get(v.charCodeAt(0))!);
    const others = variants.filter((v) => !common.includes(v));
    if (known.length === 1 && others.length === 0)
      return { variants, tokens: null, rows: known[0]! };
    const rows =
      others.length > 0 ? this.rowsOf(this.candidates(others)) : new Uint8Array(this.texts.length);
    for (const letterRows of known)
      for (let i = 0; i < rows.length; i++) rows[i]! |= letterRows[i]!;
    return { variants, tokens: null, rows };
  }

  /**
   * The tokens that may hold a spelling of `variants`: for each spelling, those holding its
   * rarest pair of letters (its letter, when it has one), once each. A token holding the
   * spelling holds each of its pairs; a spelling of one or two letters holds exactly its own.
   */
  private candidates(variants: readonly string[]): ArrayLike<number> & Iterable<number> {
    const lists: Int32Array[] = [];
    for (const v of variants) {
      let rarest: Int32Array | undefined;
      if (v.length === 1) {
        // A common letter's tokens are not kept: every token may hold it (only met among spellings
        // longer than two letters, which `commonLetterMatch` does not answer).
        const c = v.charCodeAt(0);
        rarest = this.rowsOfChar.has(c)
          ? this.everyToken()
          : (this.tokensOfChar.get(c) ?? NO_TOKENS);
      }
      for (let i = 0; i + 1 < v.length; i++) {
        const list = this.tokensOfPair.get(pairId(v, i)) ?? NO_TOKENS;
        if (!rarest || list.length < rarest.length) rarest = list;
      }
      if (rarest) lists.push(rarest);
    }
    if (lists.length <= 1) return lists[0] ?? NO_TOKENS;
    const seen = new Uint8Array(this.tokens.length);
    const out: number[] = [];
    for (const list of lists)
      for (const t of list)
        if (!seen[t]) {
          seen[t] = 1;
          out.push(t);
        }
    return out;
  }

  /** Every token's number, ascending. */
  private everyToken(): Int32Array {
    return Int32Array.from(this.tokens, (_, t) => t);
  }

  /** The plain test over every text (a spelling with whitespace in it: no token can hold it). */
  private scan(variants: readonly string[]): WordMatch {
    const rows = new Uint8Array(this.texts.length);
    for (let i = 0; i < this.texts.length; i++) {
      rows[i] = matchesFilterText(this.texts.at(i)!, [variants]) ? 1 : 0;
    }
    return { variants, tokens: null, rows };
  }
}

const NO_TOKENS = new Int32Array(0);

/** Each character (UTF-16 code unit) of `token`, as an id for `tokensBy`. */
function eachChar(token: string, each: (id: number) => void): void {
  for (let i = 0; i < token.length; i++) each(token.charCodeAt(i));
}

/** The pair of characters of `text` at `i` and `i + 1`, as one number. */
const pairId = (text: string, i: number): number =>
  text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);

/** Each pair of adjacent characters of `token` (`pairId`), as an id for `tokensBy`. */
function eachPair(token: string, each: (id: number) => void): void {
  for (let i = 0; i + 1 < token.length; i++) each(pairId(token, i));
}

/**
 * Fills `out` with the tokens (by number) under each id `ids` gives of a token, ascending, each
 * once; a step (yield) after every `step` tokens read (twice over) and every `step` lists made.
 * The tokens are read twice, to count each id's tokens and then to fill a typed array of that
 * length, rather than once into a growing list per id: at 100,000 works those lists (~2.5
 * million numbers by pair of letters) were ~40 MB of garbage made at every open.
 */
function* tokensBy(
  tokens: readonly string[],
  ids: (token: string, each: (id: number) => void) => void,
  out: Map<number, Int32Array>,
  step: number,
): Generator<void> {
  /** Each id's slot, in the order the ids are first met (the order `out` gets them in). */
  const slots = new Map<number, number>();
  let counts = new Int32Array(256);
  /** The last token (+ 1) counted, then placed, under each slot: a token's id is listed once. */
  let last = new Int32Array(256);
  for (let t = 0; t < tokens.length; t++) {
    ids(tokens[t]!, (id) => {
      let slot = slots.get(id);
      if (slot === undefined) {
        slot = slots.size;
        slots.set(id, slot);
        if (slot === counts.length) {
          counts = grown(counts);
          last = grown(last);
        }
      }
      if (last[slot] === t + 1) return;
      last[slot] = t + 1;
      counts[slot]!++;
    });
    if ((t + 1) % step === 0) yield;
  }
  const lists: Int32Array[] = [];
  for (let slot = 0; slot < slots.size; slot++) lists.push(new Int32Array(counts[slot]!));
  counts.fill(0);
  last.fill(0);
  for (let t = 0; t < tokens.length; t++) {
    ids(tokens[t]!, (id) => {
      const slot = slots.get(id)!;
      if (last[slot] === t + 1) return;
      last[slot] = t + 1;
      lists[slot]![counts[slot]!++] = t;
    });
    if ((t + 1) % step === 0) yield;
  }
  let done = 0;
  for (const [id, slot] of slots) {
    out.set(id, lists[slot]!);
    if (++done % step === 0) yield;
  }
}

/**
 * The rows of each distinct token, as the index is being built: every (token, row) pair once, in
 * row order. Texts are read in place: a token already known is found by its hash without cutting
 * it out of the text (only a new token becomes a string), because at 100,000 works cutting every
 * token out (`split`) and a growing array per token made ~330 MB of garbage at each open.
 */
class TokenRows {
  readonly tokens: string[] = [];
  /** The (token, row) pairs, two numbers each, PAIR_CHUNK pairs a chunk (see `eachPairOf`). */
  readonly pairChunks: Int32Array<ArrayBuffer>[] = [];
  pairs = 0;
  /** The last row each token was met in (a token twice in a text is one pair). */
  private lastRow = new Int32Array(256);
  private hashes = new Int32Array(256);
  /** Open addressing: token id + 1 at the slot of its hash, 0 for an empty slot. */
  private slots = new Int32Array(1024);

  add(text: string, row: number): void {
    let start = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i < text.length && !isWhitespaceCode(text.charCodeAt(i))) continue;
      if (i > start) this.addToken(text, start, i, row);
      start = i + 1;
    }
  }

  private addToken(text: string, start: number, end: number, row: number): void {
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    let id = -1;
    for (let at = this.slots[slot]!; at !== 0; at = this.slots[slot]!) {
      if (this.hashes[at - 1] === hash && sameText(this.tokens[at - 1]!, text, start, end)) {
        id = at - 1;
        break;
      }
      slot = (slot + 1) & mask;
    }
    if (id < 0) {
      id = this.tokens.length;
      this.tokens.push(text.slice(start, end));
      if (id === this.hashes.length) {
        this.hashes = grown(this.hashes);
        this.lastRow = grown(this.lastRow);
      }
      this.hashes[id] = hash;
      this.lastRow[id] = -1;
      this.slots[slot] = id + 1;
      if (this.tokens.length * 2 > this.slots.length) this.rehash();
    }
    if (this.lastRow[id] === row) return;
    this.lastRow[id] = row;
    const at = (this.pairs++ % PAIR_CHUNK) * 2;
    if (at === 0) this.pairChunks.push(new Int32Array(PAIR_CHUNK * 2));
    const chunk = this.pairChunks[this.pairChunks.length - 1]!;
    chunk[at] = id;
    chunk[at + 1] = row;
  }

  /**
   * Lets go of the pairs (once the index's constructor has read them) at the next minor GC instead of the
   * next full one: each chunk's buffer moves (transfer detaches it, nothing is copied) into a
   * clone that dies young. At 100,000 works the chunks are ~18 MB, dead from then on but held
   * until the first full GC, at the peak of a start's memory.
   */
  release(): void {
    for (const chunk of this.pairChunks) {
      structuredClone(chunk.buffer, { transfer: [chunk.buffer] });
    }
    this.pairChunks.length = 0;
    this.pairs = 0;
  }

  /** Twice the slots, every token placed again by its hash. */
  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    for (let id = 0; id < this.tokens.length; id++) {
      let slot = this.hashes[id]! & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = id + 1;
    }
  }
}

/**
 * Pairs a chunk of `TokenRows`. In chunks rather than two arrays grown by doubling: at 100,000
 * works the arrays reached 16 MB each (for ~9 MB of pairs), with their previous copies beside
 * them, and freeing such blocks made glibc serve later ones of up to that size from its heap,
 * where freed memory mostly stays with the process.
 */
const PAIR_CHUNK = 1 << 15;

/** Calls `visit` with each (token, row) pair of `chunks`, in the order they were added. */
function eachPairOf(
  chunks: readonly Int32Array[],
  pairs: number,
  visit: (token: number, row: number) => void,
): void {
  for (let c = 0; c < chunks.length; c++) {
    const chunk = chunks[c]!;
    const end = Math.min(PAIR_CHUNK, pairs - c * PAIR_CHUNK) * 2;
    for (let i = 0; i < end; i += 2) visit(chunk[i]!, chunk[i + 1]!);
  }
}

/** Whether `token` is `text` from `start` to `end`. */
function sameText(token: string, text: string, start: number, end: number): boolean {
  if (token.length !== end - start) return false;
  for (let i = 0; i < token.length; i++) {
    if (token.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  }
  return true;
}

/** `array` with twice its room, its values kept. */
function grown(array: Int32Array): Int32Array<ArrayBuffer> {
  const out = new Int32Array(array.length * 2);
  out.set(array);
  return out;
}
