// The added papers' text in an index of its own (PaperTextIndex): ranked as one index holding
// everything would rank it, removable paper by paper, and written to bytes and read back.
import { describe, expect, it } from 'vitest';
import { paper, works } from './bundledPaper';
import {
  createSearchIndex,
  paperIndexChunks,
  paperIndexFromBytes,
  searchTextOf,
  type PaperSearchText,
  type SearchIndex,
  type SearchKind,
  type StoredTextRef,
} from '../../../src/core/search';

/** Paper `n`: a different share of the bundled paper's passages and claims, as `d-n`. */
function paperText(n: number): PaperSearchText {
  const text = searchTextOf({ ...paper, documentId: `d-${n}` });
  const keep = <T>(items: T[]): T[] => items.filter((_, i) => (i + n) % 3 !== 0);
  return { ...text, passages: keep(text.passages), claims: keep(text.claims), version: `v${n}` };
}

const QUERIES = [
  'migration',
  'partnership approach',
  'mobility partnerships',
  'readmis',
  'migartion governance',
  'Lavenex 2013',
  'the external dimension',
];
const KINDS: SearchKind[] = ['claim', 'passage'];

/** Each kind's hits as ids and scores, a stored reference's id read from its paper's text. */
function ranked(index: SearchIndex, texts: Map<string, PaperSearchText>, query: string) {
  const r = index.rank(query, { limitPerKind: 20 });
  return KINDS.map((kind) => ({
    total: r.totals[kind],
    hits: r.top[kind].map(({ item, score }) => {
      const ref = item as StoredTextRef & { id?: string };
      const text = texts.get(ref.documentId);
      const id =
        ref.id ?? (kind === 'passage' ? text?.passages[ref.at]?.id : text?.claims[ref.at]?.id);
      return `${id} ${score.toFixed(6)}`;
    }),
  }));
}

function both(papers: PaperSearchText[]) {
  const whole = createSearchIndex();
  const split = createSearchIndex();
  for (const index of [whole, split]) index.addWorks(works);
  for (const text of papers) {
    for (const p of text.passages) whole.upsertPassage(p);
    for (const c of text.claims) whole.upsertClaim(c);
    split.setPaperText(text);
  }
  return { whole, split, texts: new Map(papers.map((t) => [t.documentId, t])) };
}

describe('the added papers’ index', () => {
  it('ranks their passages and claims as one index holding everything would', () => {
    const { whole, split, texts } = both([1, 2, 3, 4].map(paperText));
    expect(split.count('passage')).toBe(whole.count('passage'));
    expect(split.count('claim')).toBe(whole.count('claim'));
    for (const query of QUERIES) {
      expect(ranked(split, texts, query), query).toEqual(ranked(whole, texts, query));
    }
  });

  it('finds the same items for a one- or two-letter prefix, without prefix lists', () => {
    const { whole, split, texts } = both([1, 2].map(paperText));
    for (const query of ['m', 'mi', 'partnership a']) {
      const ids = (index: SearchIndex) => ranked(index, texts, query).map((k) => k.total);
      expect(ids(split), query).toEqual(ids(whole));
    }
  });

  it('drops a removed paper, keeping every other hit pointing at its own text through compaction', () => {
    const papers = Array.from({ length: 200 }, (_, n) => paperText(n));
    const { split, texts } = both(papers);
    const added = split.count('passage');
    // Enough removals to compact the tables: every remaining paper's items are renumbered.
    for (let n = 0; n < 200; n += 2) expect(split.removePaperText(`d-${n}`)).toBe(true);
    expect(split.removePaperText('d-0')).toBe(false);
    expect(split.papers.size).toBe(100);
    const passages = split.papers.index.tables.find((t) => t.live === split.count('passage'));
    expect(passages!.docs.length).toBeLessThan(added);
    const r = split.rank('mobility partnerships', { limitPerKind: 500 });
    expect(r.top.passage.length).toBeGreaterThan(15);
    for (const { item } of r.top.passage) {
      const ref = item as StoredTextRef;
      expect(Number(ref.documentId.slice(2)) % 2).toBe(1);
      expect(texts.get(ref.documentId)!.passages[ref.at]!.text).toMatch(/mobility/i);
    }
  });

  it('reads back the index it wrote as bytes, with the same results, and takes more papers', () => {
    const { split, texts } = both([1, 2, 3].map(paperText));
    split.removePaperText('d-2');
    const chunks = paperIndexChunks(split.papers);
    const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
    chunks.reduce((at, c) => (bytes.set(c, at), at + c.byteLength), 0);
    const read = paperIndexFromBytes(bytes);
    expect(read).not.toBeNull();
    expect(read!.get('d-3')?.version).toBe('v3');
    expect(read!.get('d-2')).toBeUndefined();
    const again = createSearchIndex();
    again.addWorks(works);
    again.adoptPapers(read!);
    for (const query of QUERIES) {
      expect(ranked(again, texts, query), query).toEqual(ranked(split, texts, query));
    }
    // The arrays read back grow when more papers come (they share the file's buffer); the index
    // read back goes on as the one written would.
    for (const index of [again, split]) {
      index.setPaperText(paperText(5));
      index.removePaperText('d-1');
      index.setPaperText(paperText(1));
    }
    texts.set('d-5', paperText(5));
    for (const query of QUERIES) {
      expect(ranked(again, texts, query), query).toEqual(ranked(split, texts, query));
    }
    expect(ranked(again, texts, 'migration')[1]!.hits.some((h) => h.startsWith('d-5#'))).toBe(true);
  });

  it('refuses bytes that are not an index it wrote', () => {
    const { split } = both([1].map(paperText));
    const chunks = paperIndexChunks(split.papers);
    const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
    chunks.reduce((at, c) => (bytes.set(c, at), at + c.byteLength), 0);
    expect(paperIndexFromBytes(bytes.subarray(0, bytes.length - 4))).toBeNull();
    expect(paperIndexFromBytes(new TextEncoder().encode('{"not":"an index"}'))).toBeNull();
    expect(paperIndexFromBytes(new Uint8Array(0))).toBeNull();
    const other = bytes.slice();
    other[0] = 0;
    expect(paperIndexFromBytes(other)).toBeNull();
  });
});
