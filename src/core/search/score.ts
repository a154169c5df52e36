/**
 * Scores one kind of document for an expanded query and keeps the best K. Every required word
 * must match (AND); within a word the best of its expansions counts; words are visited rarest
 * first so later ones only touch surviving candidates. Scratch space is flat typed arrays reused
 * across queries, so a one-letter query over 100,000 works allocates almost nothing.
 */
import { HALF_VALUES } from './halfWeights';
import type { InvertedIndex, Postings } from './postings';
import type { QueryTerm } from './query';

export interface Scored {
  num: number;
  score: number;
}

class Scratch {
  score = new Float64Array(0);
  best = new Float64Array(0);
  stamp = new Uint32Array(0);
  bufferA = new Int32Array(0);
  bufferB = new Int32Array(0);
  round = 0;

  ensure(size: number): void {
    if (this.stamp.length >= size) return;
    const n = Math.max(size, this.stamp.length * 2, 1024);
    this.score = new Float64Array(n);
    this.best = new Float64Array(n);
    this.stamp = new Uint32Array(n);
    this.bufferA = new Int32Array(n);
    this.bufferB = new Int32Array(n);
    this.round = 0;
  }

  nextRound(): number {
    if (this.round >= 0xfffffff0) {
      this.stamp.fill(0);
      this.round = 0;
    }
    return ++this.round;
  }
}

const scratchByKind = new WeakMap<InvertedIndex, Scratch[]>();

function scratchFor(index: InvertedIndex, kind: number): Scratch {
  let list = scratchByKind.get(index);
  if (!list) scratchByKind.set(index, (list = []));
  return (list[kind] ??= new Scratch());
}

/** Inverse document frequency of a word from the postings its expansions reach (BM25 form). */
function idf(live: number, df: number): number {
  const n = Math.max(live, 1);
  const d = Math.min(df, n);
  return Math.max(0.05, Math.log(1 + (n - d + 0.5) / (d + 0.5)));
}

/**
 * Whether document `a` ranks before `b` on an equal score: by id, numbers in ids compared as
 * numbers ("doc#b8" before "doc#b13", so a paper's passages keep their order), else by number.
 */
function ranksBefore(ids: readonly (string | null)[], a: number, b: number): boolean {
  const x = ids[a];
  const y = ids[b];
  if (x == null || y == null || x === y) return a < b;
  return compareIds(x, y) < 0;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Compares two ids, runs of digits by their value (a natural order, the same on any machine). */
export function compareIds(x: string, y: string): number {
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const c = x.charCodeAt(i);
    const d = y.charCodeAt(j);
    if (isDigit(c) && isDigit(d)) {
      let ei = i;
      let ej = j;
      while (ei < x.length && isDigit(x.charCodeAt(ei))) ei++;
      while (ej < y.length && isDigit(y.charCodeAt(ej))) ej++;
      // Leading zeros aside, the longer run is the larger number.
      let si = i;
      let sj = j;
      while (si < ei - 1 && x.charCodeAt(si) === 48) si++;
      while (sj < ej - 1 && y.charCodeAt(sj) === 48) sj++;
      if (ei - si !== ej - sj) return ei - si - (ej - sj);
      for (let k = 0; k < ei - si; k++) {
        const diff = x.charCodeAt(si + k) - y.charCodeAt(sj + k);
        if (diff !== 0) return diff;
      }
      if (ei - i !== ej - j) return ei - i - (ej - j); // "07" after "7"
      i = ei;
      j = ej;
      continue;
    }
    if (c !== d) return c - d;
    i++;
    j++;
  }
  return x.length - i - (y.length - j);
}

/**
 * Inserts into `top` (sorted by score desc, then by `before`), keeping at most `k`. Ties go by
 * the documents' ids where they have them (else by number), so that an index updated item by
 * item ranks exactly as one built afresh, whose numbers run in another order.
 */
function offerTop(
  top: Scored[],
  k: number,
  num: number,
  score: number,
  ids: readonly (string | null)[],
): void {
  if (top.length === k) {
    const last = top[k - 1];
    if (
      last === undefined ||
      score < last.score ||
      (score === last.score && ranksBefore(ids, last.num, num))
    )
      return;
    top.pop();
  }
  let i = top.length;
  while (i > 0) {
    const prev = top[i - 1];
    if (
      prev === undefined ||
      prev.score > score ||
      (prev.score === score && ranksBefore(ids, prev.num, num))
    )
      break;
    i--;
  }
  top.splice(i, 0, { num, score });
}

/**
 * How rare each word is across a kind's documents held in several indexes (the library's works
 * and the added papers' text): their documents in all, and each word's postings in all, in the
 * order of the query's terms.
 */
export interface Corpus {
  live: number;
  df: readonly number[];
}

/** The postings each of `terms` reaches in `kind` (its document frequency, for `Corpus`). */
export function documentFrequencies(
  index: InvertedIndex,
  kind: number,
  terms: readonly QueryTerm[],
): number[] {
  return terms.map((t) =>
    t.expansions.reduce((n, e) => n + (e.entry.postings[kind]?.length ?? 0), 0),
  );
}

/**
 * The best `k` documents of `kind` for `terms`, and how many match in all. With `corpus`, words
 * weigh by their rarity across it rather than in this index alone, so that scores of several
 * indexes over one kind compare.
 */
export function scoreKind(
  index: InvertedIndex,
  kind: number,
  terms: readonly QueryTerm[],
  k: number,
  corpus?: Corpus,
): { top: Scored[]; total: number } {
  const table = index.tables[kind];
  if (!table || table.live === 0 || terms.length === 0) return { top: [], total: 0 };
  const alive = table.alive;
  const live = corpus?.live ?? table.live;
  const s = scratchFor(index, kind);
  s.ensure(table.docs.length);
  const { score, best, stamp } = s;

  const lists = terms.map((t, i) => {
    const postings: [Postings, number][] = [];
    let df = 0;
    for (const e of t.expansions) {
      const p = e.entry.postings[kind];
      if (p !== undefined && p.length > 0) {
        postings.push([p, e.quality]);
        df += p.length;
      }
    }
    return { optional: t.optional, postings, df, weight: idf(live, corpus?.df[i] ?? df) };
  });
  const required = lists.filter((l) => !l.optional).sort((a, b) => a.df - b.df);
  const optional = lists.filter((l) => l.optional);
  if (required.some((l) => l.df === 0)) return { top: [], total: 0 };

  // Candidates live in two reused buffers: the survivors of one word are written to the other.
  let candidates: Int32Array | null = null;
  let count = 0;
  let previous = 0;
  for (const list of [...required, ...optional]) {
    const round = s.nextRound();
    const hits: Int32Array = candidates === s.bufferA ? s.bufferB : s.bufferA;
    let m = 0;
    for (const [postings, quality] of list.postings) {
      const pd = index.pool.docs;
      const pw = index.pool.weights;
      const n = postings.length;
      const end = postings.offset + n;
      let dead = 0;
      for (let i = postings.offset; i < end; i++) {
        const d = pd[i] as number;
        if (alive[d] !== 1) {
          dead++;
          continue;
        }
        const st = stamp[d] as number;
        if (candidates !== null && st !== previous && st !== round) continue;
        const v = quality * (HALF_VALUES[pw[i] as number] as number);
        if (st !== round) {
          stamp[d] = round;
          best[d] = v;
          hits[m++] = d;
        } else if (v > (best[d] as number)) best[d] = v;
      }
      if (dead > 16 && dead * 4 > n) index.prune(kind, postings);
    }
    const w = list.weight;
    if (candidates === null) {
      for (let i = 0; i < m; i++) {
        const d = hits[i] as number;
        score[d] = w * (best[d] as number);
      }
      candidates = hits;
      count = m;
    } else {
      for (let i = 0; i < m; i++) {
        const d = hits[i] as number;
        score[d] = (score[d] as number) + w * (best[d] as number);
      }
      if (!list.optional) {
        candidates = hits;
        count = m;
      } else {
        // Optional words add to the score where present but drop no candidate.
        for (let i = 0; i < count; i++) stamp[candidates[i] as number] = round;
      }
    }
    previous = round;
  }

  const top: Scored[] = [];
  for (let i = 0; i < count; i++) {
    const d = (candidates as Int32Array)[i] as number;
    offerTop(top, k, d, score[d] as number, table.ids);
  }
  return { top, total: count };
}
