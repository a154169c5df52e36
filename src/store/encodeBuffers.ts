/**
 * Reusable byte buffers for a multi-file write: each file's JSON text is encoded into one of
 * them, written, and the buffer is handed on to the next file. A fresh buffer per file cost an
 * import more than JSON.stringify did (the memory of every new buffer is faulted in page by
 * page); a few reused ones cost that once. Held only for the duration of one write.
 */
export class EncodeBuffers {
  private readonly free: Buffer[] = [];

  /**
   * Encodes `text` as UTF-8 into a buffer of the pool and runs `use` on the bytes (valid only
   * until `use` settles: the buffer then goes back to the pool).
   */
  async withBytes<T>(text: string, use: (bytes: Uint8Array) => Promise<T>): Promise<T> {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8, so this size always fits the text.
    const needed = text.length * 3;
    let buffer = this.free.pop();
    if (!buffer || buffer.length < needed) buffer = Buffer.allocUnsafeSlow(needed);
    try {
      return await use(buffer.subarray(0, buffer.write(text, 'utf8')));
    } finally {
      this.free.push(buffer);
    }
  }
}
