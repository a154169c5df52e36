/**
 * A pair of typed arrays (a posting pool's document numbers and half-precision weights, see
 * halfWeights.ts) that grow in place: each
 * is the buffer of a WebAssembly memory, to which pages are added without copying anything, and
 * pages cost nothing until written. A typed array grown by copying holds its old and new contents
 * at once (at 100,000 works the posting pool's last growth held ~40 MB more than it keeps, at the
 * peak of a first start's memory), and each array it lets go of is a large block freed to malloc,
 * after which glibc serves blocks up to that size from its heap, where freed ones are rarely
 * given back to the system. A memory never shrinks: a pool that wants smaller arrays copies.
 */

/** The part of WebAssembly.Memory used here (the node typings leave it out). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
/** WebAssembly.Memory, looked up when used. */
const memory = (pages: number): WasmMemory =>
  new (
    globalThis as unknown as {
      WebAssembly: { Memory: new (descriptor: { initial: number }) => WasmMemory };
    }
  ).WebAssembly.Memory({ initial: pages });

/** Bytes of a WebAssembly memory page. */
const PAGE = 65536;

const pagesFor = (length: number, bytes: number): number => Math.ceil((length * bytes) / PAGE);

export class GrowingArrays {
  private readonly docsMemory: WasmMemory;
  private readonly weightsMemory: WasmMemory;

  /**
   * Room for at least `length` postings (4 bytes each for documents, 2 for weights), zeroed. Throws a
   * RangeError when the system refuses the memory (as `grow` does).
   */
  constructor(length: number) {
    this.docsMemory = memory(pagesFor(length, 4));
    this.weightsMemory = memory(pagesFor(length, 2));
  }

  get docs(): Int32Array {
    return new Int32Array(this.docsMemory.buffer);
  }

  /** Half-precision weights (see halfWeights.ts); as long as `docs` or longer. */
  get weights(): Uint16Array {
    return new Uint16Array(this.weightsMemory.buffer);
  }

  /**
   * Room for at least `length` postings, the contents kept where they are. The arrays taken
   * before are detached (length 0): take `docs` and `weights` again.
   */
  grow(length: number): void {
    for (const [memory, bytes] of [
      [this.docsMemory, 4],
      [this.weightsMemory, 2],
    ] as const) {
      const more = pagesFor(length, bytes) - memory.buffer.byteLength / PAGE;
      if (more > 0) memory.grow(more);
    }
  }

  /** Whether `array` is (a view of) one of these arrays. */
  holds(array: Int32Array | Uint16Array): boolean {
    return array.buffer === this.docsMemory.buffer || array.buffer === this.weightsMemory.buffer;
  }
}
