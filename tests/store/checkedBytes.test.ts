/**
 * The checksum footer of kept bytes (checkedBytes.ts): written after the chunks, checked whole
 * or read through a piece at a time; a changed, cut or foreign file is refused.
 */
import { describe, expect, it } from 'vitest';
import { checkedBytes, checkedReader, withChecksum } from '../../src/store/checkedBytes';
import type { ByteReader } from '../../src/store/storage/types';

const joined = (chunks: readonly Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const c of chunks) out.set(c, (at += c.byteLength) - c.byteLength);
  return out;
};

/** `bytes` as a reader that records the reads made and whether it was closed. */
function readerOf(bytes: Uint8Array) {
  const reads: number[] = [];
  let closed = false;
  const reader: ByteReader = {
    size: bytes.byteLength,
    read: async (into, position) => {
      if (position + into.byteLength > bytes.byteLength) throw new Error('the file ends first');
      reads.push(position);
      into.set(bytes.subarray(position, position + into.byteLength));
    },
    close: async () => {
      closed = true;
    },
  };
  return { reader, reads, closed: () => closed };
}

const payload = new Uint8Array(10_007).map((_, i) => (i * 31) % 256);
const file = joined(withChecksum([payload.subarray(0, 5), payload.subarray(5)]));

describe('kept bytes with a checksum', () => {
  it('gives back the bytes written, whole or read in pieces', async () => {
    expect(file.byteLength).toBe(payload.byteLength + 16);
    expect(checkedBytes(file)).toEqual(payload);
    // Pieces of 1,000 bytes: ten whole ones and a last one of 7.
    const { reader, reads } = readerOf(file);
    const checked = (await checkedReader(reader, 1000))!;
    expect(reads.filter((at) => at < payload.byteLength)).toHaveLength(11);
    expect(checked.size).toBe(payload.byteLength);
    const part = new Uint8Array(7);
    await checked.read(part, 10_000);
    expect(part).toEqual(payload.subarray(10_000));
    await expect(checked.read(new Uint8Array(8), 10_000)).rejects.toThrow(/past the end/);
  });

  it('checks chunks with empty ones among them (an empty typed array of the index, say)', () => {
    // zlib.crc32 answers 0 for a view of a zero-length buffer, whatever value it is given.
    const empty = new Uint8Array(new Int32Array(0).buffer);
    const written = joined(withChecksum([payload.subarray(0, 9), empty, payload.subarray(9)]));
    expect(checkedBytes(written)).toEqual(payload);
  });

  it('refuses a byte changed anywhere, a cut file, no footer and a footer of other bytes', async () => {
    const cases = {
      'first byte': file.map((b, i) => (i === 0 ? b ^ 1 : b)),
      'last piece': file.map((b, i) => (i === 10_003 ? b ^ 0x80 : b)),
      'the footer': file.map((b, i) => (i === file.byteLength - 12 ? b ^ 4 : b)),
      'cut short': file.subarray(0, file.byteLength - 3),
      'no footer': payload,
      empty: new Uint8Array(0),
      'footer alone': file.subarray(-16),
      'other bytes': joined([payload.subarray(1), file.subarray(-16)]),
    };
    for (const [why, bytes] of Object.entries(cases)) {
      expect(checkedBytes(bytes), why).toBeNull();
      const { reader, closed } = readerOf(bytes);
      expect(await checkedReader(reader, 1000), why).toBeNull();
      expect(closed(), why).toBe(true);
    }
    // An empty payload has a footer too.
    expect(checkedBytes(joined(withChecksum([])))).toEqual(new Uint8Array(0));
  });

  it('refuses a file that cannot be read through, and closes it', async () => {
    const { reader, closed } = readerOf(file);
    const failing: ByteReader = {
      ...reader,
      read: async (into, position) => {
        if (position === 3000) throw new Error('EIO');
        return reader.read(into, position);
      },
    };
    expect(await checkedReader(failing, 1000)).toBeNull();
    expect(closed()).toBe(true);
  });
});
