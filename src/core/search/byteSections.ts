/**
 * A small container for bytes kept between runs: a tag, a JSON header, then sections of raw
 * bytes (typed arrays), each starting 8-byte aligned so it is read back as a view of the file's
 * bytes (no copy). Arrays are written as they are (no copy either): whoever writes them must not
 * change them until the chunks are written.
 */

/** One typed array a section can hold. */
export type SectionArray = Int32Array | Float32Array | Float64Array | Uint8Array;

const HEAD = 12; // tag, header length, section count

const pad8 = (n: number): number => (8 - (n % 8)) % 8;

const asBytes = (a: SectionArray): Uint8Array =>
  new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/**
 * `header` and `sections` as chunks of bytes to write one after another: the tag, the header's
 * JSON, a table of the sections' byte lengths, then each section (padded to 8 bytes).
 */
export function sectionChunks(
  tag: number,
  header: unknown,
  sections: readonly SectionArray[],
): Uint8Array[] {
  const json = new TextEncoder().encode(JSON.stringify(header));
  const tableAt = HEAD + json.length + pad8(HEAD + json.length);
  const head = new Uint8Array(tableAt + sections.length * 8);
  const view = new DataView(head.buffer);
  view.setUint32(0, tag, true);
  view.setUint32(4, json.length, true);
  view.setUint32(8, sections.length, true);
  head.set(json, HEAD);
  sections.forEach((s, i) => view.setFloat64(tableAt + i * 8, s.byteLength, true));
  const chunks: Uint8Array[] = [head];
  for (const s of sections) {
    chunks.push(asBytes(s));
    if (pad8(s.byteLength) > 0) chunks.push(new Uint8Array(pad8(s.byteLength)));
  }
  return chunks;
}

/** What `readSections` found: the header as parsed, and each section's bytes (views). */
export interface Sections {
  header: unknown;
  sections: Uint8Array[];
}

/**
 * The header and sections of `bytes` written by `sectionChunks` with `tag`; throws when they are
 * not (another tag, cut short, lengths that do not add up). Sections are views of `bytes` when
 * it is 8-byte aligned (else of a copy).
 */
export function readSections(tag: number, input: Uint8Array): Sections {
  const bytes = input.byteOffset % 8 === 0 ? input : input.slice();
  const fail = (why: string): never => {
    throw new Error(`Damaged kept bytes: ${why}.`);
  };
  if (bytes.byteLength < HEAD) fail('too short');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== tag) fail('another kind of file');
  const length = view.getUint32(4, true);
  const count = view.getUint32(8, true);
  const tableAt = HEAD + length + pad8(HEAD + length);
  if (tableAt + count * 8 > bytes.byteLength) fail('cut short');
  const header: unknown = JSON.parse(new TextDecoder().decode(bytes.subarray(HEAD, HEAD + length)));
  const sections: Uint8Array[] = [];
  let at = tableAt + count * 8;
  for (let i = 0; i < count; i++) {
    const size = view.getFloat64(tableAt + i * 8, true);
    if (!Number.isInteger(size) || size < 0 || at + size > bytes.byteLength) fail('cut short');
    sections.push(bytes.subarray(at, at + size));
    at += size + pad8(size);
  }
  if (at !== bytes.byteLength) fail('its length does not add up');
  return { header, sections };
}

/** A section's bytes as 32-bit integers (a view); throws when its length is not a multiple. */
export function int32Section(bytes: Uint8Array | undefined): Int32Array {
  if (!bytes || bytes.byteLength % 4 !== 0) throw new Error('Damaged kept bytes: a section.');
  return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
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
