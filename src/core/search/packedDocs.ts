/**
 * What the index keeps of each item, packed: the item's JSON as UTF-8 bytes, one item after
 * another in shared chunks, each read back as a `KeptDoc` (parsed when a search shows it), the
 * form an index read back from disk keeps them in. At 100,000 works the items as objects held
 * ~35 MB of strings, objects and arrays through a first build, and writing the index made a
 * second copy of them as bytes (~34 MB) at the build's peak of memory; packed, they are ~34 MB
 * of bytes written out as they are (runs of them as one view, see `KeptDoc.joined`).
 */
import { KeptDoc } from './indexBytes';

/** Bytes of one chunk (an item longer than that gets a chunk of its own). */
const CHUNK_BYTES = 1 << 18;

const encoder = new TextEncoder();

export class PackedDocs {
  private chunk = new Uint8Array(0);
  private at = 0;

  /** `doc` as its JSON's bytes, appended to the current chunk. */
  pack(doc: unknown): KeptDoc {
    const json = JSON.stringify(doc);
    // A UTF-16 code unit takes at most three bytes of UTF-8.
    const most = json.length * 3;
    if (this.at + most > this.chunk.length) {
      this.chunk = new Uint8Array(Math.max(CHUNK_BYTES, most));
      this.at = 0;
    }
    const start = this.at;
    this.at += encoder.encodeInto(json, this.chunk.subarray(start)).written;
    return new KeptDoc(this.chunk, start, this.at);
  }
}
