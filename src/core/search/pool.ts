/**
 * Storage for posting lists: every list is a slice of two shared typed arrays (document numbers
 * and half-precision weights, see halfWeights.ts: 6 bytes a posting), not two arrays of its own. Hundreds of thousands of small
 * typed arrays cost far more to allocate and collect than their contents; slices cost nothing.
 * A list that outgrows its slice moves to the end; `pack` copies all lists together again.
 */
import { GrowingArrays } from './growingArrays';
import { toHalf } from './halfWeights';

/** One posting list: `length` postings at `offset` in the pool, room for `capacity`. */
export class Postings {
  offset = 0;
  capacity = 0;
  length = 0;
}

const MIN_SIZE = 1 << 16;

/**
 * Postings from which the arrays grow in place (see growingArrays.ts) rather than by copying:
 * 1M postings (8 MB in all), which a library of some 15,000 works reaches. Smaller pools (the
 * added papers', a small library's) keep plain arrays, whose copies cost little.
 */
const GROW_IN_PLACE_FROM = 1 << 20;

/**
 * Lets go of a replaced array's memory at the next minor GC instead of the next full one: the
 * buffer moves (transfer detaches it, nothing is copied) into a clone that dies young. Without
 * this, the buffers a 100,000-work build outgrows stay allocated until a full GC, ~400 MB at peak.
 * Only the pool holds its arrays (readers take `pool.docs` afresh), so none is read detached.
 */
function discard(array: Int32Array | Uint16Array, growing: GrowingArrays | null): void {
  // A WebAssembly memory's buffer cannot be detached: the memory goes with the pool's reference.
  if (growing?.holds(array)) return;
  const buffer = array.buffer as ArrayBuffer;
  // An array read back from a file shares the file's buffer with others: only dropped then.
  if (array.byteLength === buffer.byteLength) structuredClone(buffer, { transfer: [buffer] });
}

/** Room for a list of `length` postings with `slack` (a fraction) to grow into. */
const roomFor = (length: number, slack: number): number =>
  length === 0 ? 0 : length + Math.max(2, Math.ceil(length * slack));

/** A pool's pair of arrays, and the memory they grow in place in (null: plain arrays). */
export interface PoolArrays {
  docs: Int32Array;
  weights: Uint16Array;
  growing: GrowingArrays | null;
}

/**
 * Zeroed arrays with room for at least `length` postings, for a kept pool to be read into (see
 * `PostingPool.adopt`): in a WebAssembly memory from `growInPlaceFrom` postings on, as a pool
 * grown that large would have them. Read into plain arrays, a 100,000-work index restored at a
 * start was copied whole into new arrays (half as large again) by the first edits that outgrew
 * its room, both pairs held at once: ~50-80 MB more at the peak of the process's memory.
 */
export function poolArrays(length: number, growInPlaceFrom = GROW_IN_PLACE_FROM): PoolArrays {
  if (length >= growInPlaceFrom) {
    try {
      const growing = new GrowingArrays(length);
      return { docs: growing.docs, weights: growing.weights, growing };
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
    }
  }
  return { docs: new Int32Array(length), weights: new Uint16Array(length), growing: null };
}

export class PostingPool {
  docs: Int32Array;
  /** Each posting's weight, half-precision bits (read with `HALF_VALUES`, see halfWeights.ts). */
  weights: Uint16Array;
  /**
   * Set while the arrays are being written out as they are (not copied): postings may still be
   * added, but nothing already in the arrays moves or is rewritten (no packing or filtering; a
   * list that outgrows its room moves to the end, and arrays outgrown are left to the GC rather
   * than detached), so the bytes being written stay as they were when the write began.
   */
  frozen = false;
  private used = 0;
  /** Room held by slices that lists have moved out of. */
  private wasted = 0;
  /** The memory of `docs` and `weights` once they grow in place (see `GROW_IN_PLACE_FROM`). */
  private growing: GrowingArrays | null = null;
  /**
   * Set once a WebAssembly memory could not be made or grown (address space refused, e.g. under
   * a `ulimit -v`): the arrays then grow by copying, as small pools do.
   */
  private inPlaceRefused = false;

  /**
   * `lists` yields every live list (the pool moves them when it packs). Arrays of
   * `growInPlaceFrom` postings or more grow in place (see growingArrays.ts).
   */
  constructor(
    private readonly lists: () => Iterable<Postings>,
    private readonly minSize = MIN_SIZE,
    private readonly growInPlaceFrom = GROW_IN_PLACE_FROM,
  ) {
    this.docs = new Int32Array(minSize);
    this.weights = new Uint16Array(minSize);
  }

  /** Adds a posting to `p`: `weight` is kept to half precision (see halfWeights.ts). */
  push(p: Postings, doc: number, weight: number): void {
    if (p.length === p.capacity) this.grow(p);
    const i = p.offset + p.length++;
    this.docs[i] = doc;
    this.weights[i] = toHalf(weight);
  }

  /** Keeps the postings whose document `keep` maps to a number (>= 0), renumbered. */
  filter(p: Postings, keep: (doc: number) => number): void {
    if (this.frozen) throw new Error('Posting lists are being written: they cannot be filtered.');
    const { docs, weights } = this;
    const end = p.offset + p.length;
    let n = p.offset;
    for (let i = p.offset; i < end; i++) {
      const to = keep(docs[i] as number);
      if (to < 0) continue;
      docs[n] = to;
      weights[n++] = weights[i] as number;
    }
    p.length = n - p.offset;
  }

  /** Gives back the room of a list that is no longer used. */
  release(p: Postings): void {
    this.wasted += p.capacity;
    p.capacity = 0;
    p.length = 0;
  }

  /**
   * Moves every list to the front, back to back, each keeping at most `slack` room to grow (a bulk
   * load ends with this so the index holds no abandoned room), in place: lists move only towards
   * the start and never gain room, so none is overwritten before it has moved, and no second
   * pair of arrays is needed (a 100,000-work index's copy doubled its ~60 MB at the end of the
   * build). Only when the packed lists fill under half the arrays are they copied into smaller
   * ones, which then costs little. `extra` is room wanted at the end.
   */
  pack(slack = 0.125, extra = 0): void {
    if (this.frozen) return; // packing is only a saving: it waits for the next bulk load
    const lists = [...this.lists()].sort((a, b) => a.offset - b.offset);
    const { docs, weights } = this;
    let at = 0;
    for (const p of lists) {
      const room = Math.min(p.capacity, roomFor(p.length, slack));
      if (p.offset !== at && p.length > 0) {
        docs.copyWithin(at, p.offset, p.offset + p.length);
        weights.copyWithin(at, p.offset, p.offset + p.length);
      }
      p.offset = at;
      p.capacity = room;
      at += room;
    }
    this.used = at;
    this.wasted = 0;
    const size = Math.max(this.minSize, at + extra + Math.ceil(at / 16));
    if (size * 2 <= docs.length) this.reallocate(size);
  }

  /** How much of the arrays lists use (or have abandoned); the rest is room to grow into. */
  get usedLength(): number {
    return this.used;
  }

  /**
   * Takes arrays read back from a file as the pool's: their first `used` postings were kept (its
   * lists are then set to slices of them, `live` postings in all), the rest is room to grow
   * into. They may share one buffer. `growing` is the memory they are views of when they came
   * from `poolArrays` in a WebAssembly memory: they grow in place from then on.
   */
  adopt(
    docs: Int32Array,
    weights: Uint16Array,
    used: number,
    live: number,
    growing: GrowingArrays | null = null,
  ): void {
    if (growing && !(growing.holds(docs) && growing.holds(weights))) {
      throw new Error('The arrays adopted are not views of the memory given with them.');
    }
    this.docs = docs;
    this.weights = weights;
    this.growing = growing;
    this.used = used;
    this.wasted = used - live;
  }

  /** Whether the arrays grow in place (see growingArrays.ts), not by copying. */
  get growsInPlace(): boolean {
    return this.growing !== null;
  }

  /** Bytes the pool holds. */
  get bytes(): number {
    return this.docs.byteLength + this.weights.byteLength;
  }

  private grow(p: Postings): void {
    let capacity = Math.max(4, p.capacity * 2);
    if (this.used + capacity > this.docs.length) {
      // Packing first (when an eighth or more of the pool is abandoned slices) rather than
      // growing keeps a 100,000-work build's pool near its live size instead of four times it
      // (peak RSS ~600 -> ~510 MB) and costs no time: the packed lists move less afterwards.
      if (!this.frozen && this.wasted > this.used / 8) {
        this.pack(0.25, capacity);
        if (p.length < p.capacity) return;
        capacity = Math.max(4, p.capacity * 2);
      }
      if (this.used + capacity > this.docs.length) this.resize(this.used + capacity);
    }
    this.docs.copyWithin(this.used, p.offset, p.offset + p.length);
    this.weights.copyWithin(this.used, p.offset, p.offset + p.length);
    this.wasted += p.capacity;
    p.offset = this.used;
    p.capacity = capacity;
    this.used += capacity;
  }

  private resize(needed: number): void {
    const size = Math.max(needed, Math.ceil(this.docs.length * 1.5));
    // Growing in place detaches the arrays: not while they are being written out.
    if (this.growing && !this.frozen) {
      try {
        this.growing.grow(size);
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        this.inPlaceRefused = true;
      }
      // Views again: a memory that grew detached the ones taken before (contents kept).
      this.docs = this.growing.docs;
      this.weights = this.growing.weights;
      if (!this.inPlaceRefused) return;
    }
    this.reallocate(size);
  }

  /**
   * Moves the used part of the arrays into new ones of `size` postings (growing in place from
   * then on when that is `growInPlaceFrom` or more, and they are not being written out).
   */
  private reallocate(size: number): void {
    const inPlace = !this.frozen && !this.inPlaceRefused;
    const { docs, weights, growing } = poolArrays(size, inPlace ? this.growInPlaceFrom : Infinity);
    // Refused once (address space, e.g. under a `ulimit -v`): not asked again.
    if (inPlace && size >= this.growInPlaceFrom && !growing) this.inPlaceRefused = true;
    docs.set(this.docs.subarray(0, this.used));
    weights.set(this.weights.subarray(0, this.used));
    if (!this.frozen) {
      discard(this.docs, this.growing);
      discard(this.weights, this.growing);
    }
    this.docs = docs;
    this.weights = weights;
    this.growing = growing;
  }
}
