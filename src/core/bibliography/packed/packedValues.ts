/**
 * Values of many items held compactly, each read back exactly as it was given.
 *
 * Many strings held as one: the values joined into a single string of one byte a character, with
 * where each ends. At 100,000 works, a string per value cost its header (~16 bytes) and its
 * pointer besides its characters; joined, a value costs its characters and four bytes. A value
 * read back is a slice of the joined string (made when asked, garbage after).
 */

/** A character that does not fit one byte: a joined string holding one takes two a character. */
const WIDE = /[\u0100-\uffff]/;

export class PackedStrings {
  private constructor(
    /** Every value of one byte a character, in order. */
    private readonly text: string,
    /** Where value i ends in `text` (it starts where value i - 1 ends). */
    private readonly ends: Int32Array,
    /**
     * The values with a character beyond one byte: joined, they would make every character of
     * `text` take two bytes. Few: kept as they are.
     */
    private readonly wide: ReadonlyMap<number, string>,
    /** 1 at each null value; null when there is none. */
    private readonly nulls: Uint8Array | null,
  ) {}

  /** Packs `values` (read back, in order, by `get`). */
  static of(values: ArrayLike<string | null>): PackedStrings {
    const joined: string[] = [];
    const ends = new Int32Array(values.length);
    const wide = new Map<number, string>();
    let nulls: Uint8Array | null = null;
    let end = 0;
    for (let i = 0; i < values.length; i++) {
      const value = values[i]!;
      if (value === null) (nulls ??= new Uint8Array(values.length))[i] = 1;
      else if (WIDE.test(value)) wide.set(i, value);
      else {
        joined.push(value);
        end += value.length;
      }
      ends[i] = end;
    }
    return new PackedStrings(joined.join(''), ends, wide, nulls);
  }

  /** How many values there are. */
  get length(): number {
    return this.ends.length;
  }

  /** Value `i` (as packed: a string or null). */
  get(i: number): string | null {
    const start = i > 0 ? this.ends[i - 1]! : 0;
    const end = this.ends[i]!;
    if (end > start) return this.text.slice(start, end);
    if (this.nulls?.[i]) return null;
    return this.wide.get(i) ?? '';
  }
}

/**
 * ISO times (`toISOString`'s form, as the store writes a work's times) held as numbers, 8 bytes
 * each instead of a 24-character string; read back as the same text. A value in any other form
 * is kept as it is.
 */
export class PackedTimes {
  private constructor(
    /** Milliseconds of each time; NaN where the value is null or kept in `others`. */
    private readonly times: Float64Array,
    private readonly others: ReadonlyMap<number, string>,
  ) {}

  static of(values: ArrayLike<string | null>): PackedTimes {
    const times = new Float64Array(values.length).fill(NaN);
    const others = new Map<number, string>();
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      if (value === null || value === undefined) continue;
      const ms = Date.parse(value);
      if (Number.isFinite(ms) && new Date(ms).toISOString() === value) times[i] = ms;
      else others.set(i, value);
    }
    return new PackedTimes(times, others);
  }

  get length(): number {
    return this.times.length;
  }

  /** Value `i`: the time's ISO text, or null. */
  get(i: number): string | null {
    const ms = this.times[i]!;
    if (!Number.isNaN(ms)) return new Date(ms).toISOString();
    return this.others.get(i) ?? null;
  }
}

/**
 * Values of which many are equal (a work's type, year or import file): each distinct value once,
 * and for each item the number of its value.
 */
export class InternedValues<T extends string | null> {
  private constructor(
    private readonly values: readonly T[],
    private readonly ids: Uint16Array | Int32Array,
  ) {}

  /** Interns `values` (read back, in order, by `get`). */
  static of<T extends string | null>(values: ArrayLike<T>): InternedValues<T> {
    const { distinct, ids } = intern(values, (value) => value);
    return new InternedValues(distinct, ids);
  }

  get length(): number {
    return this.ids.length;
  }

  /** Value `i`: the same string for every item of that value. */
  get(i: number): T {
    return this.values[this.ids[i]!]!;
  }
}

/**
 * Lists of strings of which many are equal (most works have no aliases; tags are a few of the
 * same): each distinct list once, shared by every item with that list. At 100,000 works, a list
 * and its strings for every work with tags cost ~6 MB.
 */
export class InternedLists {
  private constructor(
    private readonly lists: readonly (readonly string[])[],
    private readonly ids: Uint16Array | Int32Array,
  ) {}

  /** Interns `values` (read back, in order, by `get`; an absent list as an empty one). */
  static of(values: ArrayLike<readonly string[] | null | undefined>): InternedLists {
    const lists = Array.from(values, (list) => (list?.length ? list : NONE));
    const { distinct, ids } = intern(lists, (list) => (list.length ? JSON.stringify(list) : ''));
    return new InternedLists(distinct, ids);
  }

  /** List `i`: the same array for every item with an equal list (one frozen empty list). */
  get(i: number): readonly string[] {
    return this.lists[this.ids[i]!]!;
  }
}

const NONE: readonly string[] = Object.freeze([]);

/**
 * Each distinct value of `values` once (equal when their `keyOf` is: the first such value stands
 * for them all), and for each item the number of its value (two bytes each while they fit).
 */
function intern<V, K>(
  values: ArrayLike<V>,
  keyOf: (value: V) => K,
): { distinct: V[]; ids: Uint16Array | Int32Array } {
  const idOf = new Map<K, number>();
  const distinct: V[] = [];
  const ids = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const key = keyOf(value);
    let id = idOf.get(key);
    if (id === undefined) {
      id = distinct.push(value) - 1;
      idOf.set(key, id);
    }
    ids[i] = id;
  }
  return { distinct, ids: distinct.length <= 0xffff ? Uint16Array.from(ids) : ids };
}
