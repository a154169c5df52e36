/**
 * A small container for bytes kept between runs: a tag, a JSON header, then sections of raw
 * bytes (typed arrays), each starting 8-byte aligned so it is read back as a view of the file's
 * bytes (no copy). Arrays are written as they are (no copy either): whoever writes them must not
 * change them until the chunks are written.
 */

/** One typed array a section can hold. */
export type SectionArray = Int32Array | Uint16Array | Float32Array | Float64Array | Uint8Array;

const HEAD = 12; // tag, header length, section count

const pad8 = (n: number): number => (8 - (n % 8)) % 8;

const fail = (why: string): never => {
  throw new Error(`Damaged kept bytes: ${why}.`);
};

const asBytes = (a: SectionArray): Uint8Array =>
  new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/** A section to write: one array, or bytes in pieces written one after another (not joined). */
export type SectionSource = SectionArray | readonly Uint8Array[];

const piecesOf = (s: SectionSource): readonly Uint8Array[] =>
  Array.isArray(s) ? s : [asBytes(s as SectionArray)];

/**
 * `header` and `sections` as chunks of bytes to write one after another: the tag, the header's
 * JSON, a table of the sections' byte lengths, then each section (padded to 8 bytes).
 */
export function sectionChunks(
  tag: number,
  header: unknown,
  sections: readonly SectionSource[],
): Uint8Array[] {
  const json = new TextEncoder().encode(JSON.stringify(header));
  const tableAt = HEAD + json.length + pad8(HEAD + json.length);
  const head = new Uint8Array(tableAt + sections.length * 8);
  const view = new DataView(head.buffer);
  view.setUint32(0, tag, true);
  view.setUint32(4, json.length, true);
  view.setUint32(8, sections.length, true);
  head.set(json, HEAD);
  const chunks: Uint8Array[] = [head];
  sections.forEach((s, i) => {
    const pieces = piecesOf(s);
    const length = pieces.reduce((n, p) => n + p.byteLength, 0);
    view.setFloat64(tableAt + i * 8, length, true);
    chunks.push(...pieces);
    if (pad8(length) > 0) chunks.push(new Uint8Array(pad8(length)));
  });
  return chunks;
}

/** What `readSections` found: the header as parsed, and each section's bytes (views). */
export interface Sections {
  header: unknown;
  sections: Uint8Array[];
}

/** Bytes read a part at a time (a file), so each section can be read into memory of its own. */
export interface ByteSource {
  readonly size: number;
  /** Fills `into` with the bytes from `position` on; throws when there are not that many. */
  read(into: Uint8Array, position: number): Promise<void>;
  close(): Promise<void>;
}

/** `bytes` as a ByteSource (for bytes already in memory). */
export function byteSourceOf(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.byteLength,
    read: async (into, position) => {
      if (position < 0 || position + into.byteLength > bytes.byteLength) fail('cut short');
      into.set(bytes.subarray(position, position + into.byteLength));
    },
    close: async () => undefined,
  };
}

/** Where each section is in the bytes, and the header; see `readLayout`. */
export interface SectionLayout {
  header: unknown;
  sections: { at: number; size: number }[];
}

/** Where the section table ends, from the first HEAD bytes (checks the tag). */
function tableEnd(tag: number, head: DataView): { tableAt: number; count: number; end: number } {
  if (head.getUint32(0, true) !== tag) fail('another kind of file');
  const length = head.getUint32(4, true);
  const count = head.getUint32(8, true);
  const tableAt = HEAD + length + pad8(HEAD + length);
  return { tableAt, count, end: tableAt + count * 8 };
}

/**
 * The layout of `size` bytes whose start (tag, header and section table) is `start`; throws when
 * the lengths do not add up to `size`.
 */
function layoutOf(tag: number, start: Uint8Array, size: number): SectionLayout {
  const view = new DataView(start.buffer, start.byteOffset, start.byteLength);
  const { tableAt, count, end } = tableEnd(tag, view);
  if (end > start.byteLength) fail('cut short');
  const length = view.getUint32(4, true);
  const header: unknown = JSON.parse(new TextDecoder().decode(start.subarray(HEAD, HEAD + length)));
  const sections: SectionLayout['sections'] = [];
  let at = end;
  for (let i = 0; i < count; i++) {
    const bytes = view.getFloat64(tableAt + i * 8, true);
    if (!Number.isInteger(bytes) || bytes < 0 || at + bytes > size) fail('cut short');
    sections.push({ at, size: bytes });
    at += bytes + pad8(bytes);
  }
  if (at !== size) fail('its length does not add up');
  return { header, sections };
}

/**
 * The header and sections of `bytes` written by `sectionChunks` with `tag`; throws when they are
 * not (another tag, cut short, lengths that do not add up). Sections are views of `bytes` when
 * it is 8-byte aligned (else of a copy).
 */
export function readSections(tag: number, input: Uint8Array): Sections {
  const bytes = input.byteOffset % 8 === 0 ? input : input.slice();
  if (bytes.byteLength < HEAD) fail('too short');
  const { header, sections } = layoutOf(tag, bytes, bytes.byteLength);
  return { header, sections: sections.map(({ at, size }) => bytes.subarray(at, at + size)) };
}

/**
 * Like `readSections` for bytes read a part at a time: the header and where each section is,
 * read without the sections themselves (the caller reads each where it wants it).
 */
export async function readLayout(tag: number, source: ByteSource): Promise<SectionLayout> {
  if (source.size < HEAD) fail('too short');
  const head = new Uint8Array(HEAD);
  await source.read(head, 0);
  const { end } = tableEnd(tag, new DataView(head.buffer));
  if (end > source.size) fail('cut short');
  const start = new Uint8Array(end);
  await source.read(start, 0);
  return layoutOf(tag, start, source.size);
}

/** A section's bytes as 32-bit integers (a view); throws when its length is not a multiple. */
export function int32Section(bytes: Uint8Array | undefined): Int32Array {
  if (!bytes || bytes.byteLength % 4 !== 0) throw new Error('Damaged kept bytes: a section.');
  return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
}

/** A section's bytes as 16-bit unsigned integers (a view). */
export function uint16Section(bytes: Uint8Array | undefined): Uint16Array {
  if (!bytes || bytes.byteLength % 2 !== 0) throw new Error('Damaged kept bytes: a section.');
  return new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 2);
}

/** A section's bytes as 32-bit floats (a view). */
export function float32Section(bytes: Uint8Array | undefined): Float32Array {
  if (!bytes || bytes.byteLength % 4 !== 0) throw new Error('Damaged kept bytes: a section.');
  return new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
}

/** A section's bytes as 64-bit floats (a view). */
export function float64Section(bytes: Uint8Array | undefined): Float64Array {
  if (!bytes || bytes.byteLength % 8 !== 0) throw new Error('Damaged kept bytes: a section.');
  return new Float64Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 8);
}
