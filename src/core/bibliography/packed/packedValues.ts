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

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number written at `at` in `text` over `length` digits, or -1 when one is not a digit. */
function digitsAt(text: string, at: number, length: number): number {
  let value = 0;
  for (let i = at; i < at + length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * The milliseconds of `text` when it is a time exactly as `toISOString` writes it
 * ("2024-03-01T10:00:00.000Z", a year from 100 to 9999), else NaN: read by position, without the
 * parse and the text made again to check it (at 100,000 works, ~60 ms of the works list's start).
 */
function isoMillis(text: string): number {
  if (
    text.length !== 24 ||
    text.charCodeAt(4) !== 45 || // -
    text.charCodeAt(7) !== 45 ||
    text.charCodeAt(10) !== 84 || // T
    text.charCodeAt(13) !== 58 || // :
    text.charCodeAt(16) !== 58 ||
    text.charCodeAt(19) !== 46 || // .
    text.charCodeAt(23) !== 90 // Z
  ) {
    return NaN;
  }
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  const hour = digitsAt(text, 11, 2);
  const minute = digitsAt(text, 14, 2);
  const second = digitsAt(text, 17, 2);
  const milli = digitsAt(text, 20, 3);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  // Date.UTC reads years 0-99 as 1900-1999: those take the slow path.
  if (year < 100 || month < 1 || day < 1 || day > days || hour < 0 || hour > 23) return NaN;
  if (minute < 0 || minute > 59 || second < 0 || second > 59 || milli < 0) return NaN;
  return Date.UTC(year, month - 1, day, hour, minute, second, milli);
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
      const fast = isoMillis(value);
      if (!Number.isNaN(fast)) {
        times[i] = fast;
        continue;
      }
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
