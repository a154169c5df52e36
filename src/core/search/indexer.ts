/**
 * Turns a document's fields into weighted terms and hands them to the inverted index. Weights are
 * BM25-style (term-frequency saturation, length normalisation) times the field's boost, summed
 * over fields, computed once here so a query only multiplies and adds. Counting uses stamps on
 * the term entries rather than maps, and raw words are cached with their entries: indexing
 * 100,000 works reads millions of words but only tens of thousands of distinct ones.
 */
import type { FieldSink, FieldSpec } from './fields';
import { foldVariants } from './fold';
import type { InvertedIndex, TermEntry } from './postings';
import { forEachWord } from './tokenize';

const K1 = 1.2;
const B = 0.75;
const WORD_CACHE_LIMIT = 300_000;

export class Indexer implements FieldSink {
  private readonly words = new Map<string, TermEntry[]>();
  private generation = -1;
  private fieldRound = 0;
  private docRound = 0;
  private fieldLength = 0;
  private readonly fieldTerms: TermEntry[] = [];
  private readonly docTerms: TermEntry[] = [];

  constructor(private readonly index: InvertedIndex) {}

  /**
   * Indexes (or re-indexes) `doc` as item `id` of `kind` (null: added by number only, see
   * `InvertedIndex.removeRange`), its fields given by `describe`; the index keeps `stored` for
   * rendering hits (by default the document itself).
   */
  add<T>(
    kind: number,
    id: string | null,
    doc: T,
    describe: (doc: T, sink: FieldSink) => void,
    stored: unknown = doc,
  ): void {
    if (this.index.generation !== this.generation || this.words.size > WORD_CACHE_LIMIT) {
      this.words.clear();
      this.generation = this.index.generation;
    }
    this.docRound++;
    this.docTerms.length = 0;
    describe(doc, this);
    this.index.upsert(kind, id, stored, this.docTerms);
  }

  /**
   * Lets go of the cached words (after a bulk load: at 100,000 works ~6 MB, of use again only
   * to the next bulk load; edits one at a time fill it again with their own words).
   */
  forgetWords(): void {
    this.words.clear();
  }

  private readonly countWord = (word: string): void => {
    this.fieldLength++;
    let entries = this.words.get(word);
    if (entries === undefined) {
      entries = foldVariants(word).map((v) => this.index.entryFor(v));
      this.words.set(word, entries);
    }
    const round = this.fieldRound;
    for (const e of entries) {
      if (e.fieldStamp !== round) {
        e.fieldStamp = round;
        e.count = 1;
        this.fieldTerms.push(e);
      } else e.count++;
    }
  };

  field(spec: FieldSpec, ...texts: (string | null | undefined)[]): this {
    this.fieldRound++;
    this.fieldLength = 0;
    this.fieldTerms.length = 0;
    for (const text of texts) if (text) forEachWord(text, this.countWord);
    if (this.fieldLength === 0) return this;
    const norm = K1 * (1 - B + (B * this.fieldLength) / spec.avgLength);
    const doc = this.docRound;
    for (const e of this.fieldTerms) {
      const w = (spec.boost * e.count * (K1 + 1)) / (e.count + norm);
      if (e.docStamp !== doc) {
        e.docStamp = doc;
        e.docWeight = w;
        this.docTerms.push(e);
      } else e.docWeight += w;
    }
    return this;
  }
}
