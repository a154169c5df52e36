/**
 * The row of each key of a table whose rows give their key when asked (packed listings make it
 * afresh at each read): an open-addressing hash of row numbers that keeps no key. A Map by key
 * held every one of 100,000 keys as a string of its own besides its entries (~7 MB); this holds
 * 4 bytes per slot, with twice as many slots as rows at most.
 */

/** FNV-1a over the UTF-16 code units of `key`. */
export function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export class RowKeys {
  /** Row + 1 in each used slot, 0 in a free one. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private count = 0;

  /** `keyOf(row)`: the key of a row already set; room for `capacity` keys. */
  constructor(
    private readonly keyOf: (row: number) => string,
    private readonly capacity: number,
  ) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
  }

  /** The row of `key`, or undefined. */
  get(key: string): number | undefined {
    const slot = this.slotOf(key);
    const row = this.slots[slot]!;
    return row === 0 ? undefined : row - 1;
  }

  /** Makes `row` the row of `key` (in place of any row it had). */
  set(key: string, row: number): void {
    const slot = this.slotOf(key);
    if (this.slots[slot] === 0) {
      if (this.count === this.capacity) throw new RangeError(`more than ${this.capacity} keys`);
      this.count++;
    }
    this.slots[slot] = row + 1;
  }

  /** The slot holding `key`, or the free slot where it would go. */
  private slotOf(key: string): number {
    const { slots, mask } = this;
    let slot = keyHash(key) & mask;
    for (;;) {
      const row = slots[slot]!;
      if (row === 0 || this.keyOf(row - 1) === key) return slot;
      slot = (slot + 1) & mask;
    }
  }
}
