/**
 * A multi-file write's files encoded as UTF-8 into a few reused byte buffers: each file is
 * encoded into one of them, written, and the buffer is handed on to the next file. Two costs are
 * avoided: a fresh buffer per file (its memory faulted in page by page), and the flattening of
 * JSON.stringify's output, which V8 builds as a tree of pieces and copies into one string on its
 * first read; for a string past V8's large-object size (a 150 KB works shard) that copy cost as
 * much as the stringify. A large file's members are stringified one by one and written
 * straight into the buffer instead: the same bytes, in small strings (or the spec writes its
 * stored form in pieces itself: `writeStored`).
 */
import { encodeFile, storedForm, type Envelope, type FileSpec } from './fileSpec';

/** How deep into nested plain objects a file is stringified member by member (file, items). */
const SPLIT_DEPTH = 2;

export class EncodeBuffers {
  private readonly free: Buffer[] = [];

  /**
   * Encodes `data` as `encodeFile` would (the same bytes) into a buffer of the pool and runs `use`
   * on the bytes (valid only until `use` settles: the buffer then goes back to the pool).
   */
  async withFile<D extends Envelope, T>(
    data: D,
    spec: FileSpec<D>,
    use: (bytes: Uint8Array) => Promise<T>,
  ): Promise<T> {
    const out = new ByteSink(this.free.pop());
    try {
      if (spec.pretty) out.write(encodeFile(data, spec));
      else if (spec.writeStored) {
        spec.writeStored(data, (text) => out.write(text));
        out.write('\n');
      } else {
        writeJson(storedForm(data, spec), out, 0);
        out.write('\n');
      }
      return await use(out.bytes());
    } finally {
      this.free.push(out.buffer);
    }
  }
}

/** A growing buffer that strings are written into as UTF-8. */
export class ByteSink {
  buffer: Buffer;
  private length = 0;

  constructor(buffer: Buffer = Buffer.allocUnsafeSlow(64 * 1024)) {
    this.buffer = buffer;
  }

  write(text: string): void {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8: room for that always fits the text.
    const room = text.length * 3;
    if (this.length + room > this.buffer.length) {
      const grown = Buffer.allocUnsafeSlow(Math.max(this.buffer.length * 2, this.length + room));
      this.buffer.copy(grown, 0, 0, this.length);
      this.buffer = grown;
    }
    this.length += this.buffer.write(text, this.length, 'utf8');
  }

  /** The bytes written so far (a view of the buffer). */
  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return (proto === Object.prototype || proto === null) && !('toJSON' in v);
};

/**
 * Writes `JSON.stringify(value)` into `out`: a plain object above SPLIT_DEPTH member by member
 * (members that stringify to nothing, such as undefined, left out as JSON.stringify leaves them),
 * anything else in one piece.
 */
export function writeJson(value: unknown, out: ByteSink, depth: number): void {
  if (depth >= SPLIT_DEPTH || !isPlainObject(value)) {
    const text = JSON.stringify(value) as string | undefined;
    out.write(text ?? 'null');
    return;
  }
  out.write('{');
  let first = true;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const member = value[key];
    if (member === undefined || typeof member === 'function' || typeof member === 'symbol') {
      continue;
    }
    out.write(first ? `${JSON.stringify(key)}:` : `,${JSON.stringify(key)}:`);
    first = false;
    writeJson(member, out, depth + 1);
  }
  out.write('}');
}
