// A multi-file write encodes each file member by member into reused buffers (encodeBuffers.ts):
// the bytes must be exactly the UTF-8 of encodeFile's text, whatever the data.
import { describe, expect, it } from 'vitest';
import { generateBib } from '../../bench/formatsBib';
import { parseBibliographyFile } from '../../src/core/formats';
import type { Work } from '../../src/core/bibliography/model';
import { encodeFile, type Envelope, type FileSpec } from '../../src/store/fileSpec';
import { ByteSink, EncodeBuffers, writeJson } from '../../src/store/encodeBuffers';
import { worksFileSpec, WORKS_KIND, WORKS_VERSION } from '../../src/store/schemas/works';
import { counterSpec } from './testSpec';

const looseSpec: FileSpec<Envelope & Record<string, unknown>> = {
  kind: 'loose',
  schemaVersion: 1,
  empty: () => ({ schemaVersion: 1, kind: 'loose' }),
  migrations: {},
  validate: (d) => d as Envelope & Record<string, unknown>,
  pretty: false,
};

async function bytesOf<D extends Envelope>(
  buffers: EncodeBuffers,
  data: D,
  spec: FileSpec<D>,
): Promise<string> {
  return buffers.withFile(data, spec, async (bytes) => Buffer.from(bytes).toString('hex'));
}

const hexOf = <D extends Envelope>(data: D, spec: FileSpec<D>) =>
  Buffer.from(encodeFile(data, spec), 'utf8').toString('hex');

describe('EncodeBuffers', () => {
  it('writes the bytes of encodeFile for a works file of an imported .bib', async () => {
    const works: Record<string, Work> = {};
    for (const e of parseBibliographyFile(generateBib(400, 7), 'bibtex').entries) {
      works[e.key!] = {
        citationKey: e.key!,
        csl: e.csl,
        ...(e.source ? { source: e.source } : {}),
        provenance: { kind: 'imported', file: 'library.bib', addedAt: '2026-01-02T03:04:05Z' },
        confidence: null,
        citedAs: [],
        aliases: [],
        tags: [],
        revision: 1,
      };
    }
    const file = { schemaVersion: WORKS_VERSION, kind: WORKS_KIND, items: works };
    const buffers = new EncodeBuffers();
    expect(await bytesOf(buffers, file, worksFileSpec)).toBe(hexOf(file, worksFileSpec));
    // The same pool again, for a smaller file: the reused buffer's old bytes do not show.
    const small = { ...file, items: { [Object.keys(works)[0]!]: Object.values(works)[0]! } };
    expect(await bytesOf(buffers, small, worksFileSpec)).toBe(hexOf(small, worksFileSpec));
  });

  it('leaves out what JSON.stringify leaves out and keeps every character as it spells it', async () => {
    const data = {
      schemaVersion: 1,
      kind: 'loose',
      gone: undefined,
      fn: () => 1,
      items: {
        2: 'integer keys come first',
        b: { nested: [1, undefined, () => 2, { deep: undefined, x: null }] },
        a: undefined,
        'ké\u2013y\u{1F600}': 'lone \ud800 surrogate, "quotes", \\ and \n\u0007',
        when: new Date(Date.UTC(2026, 0, 2)),
        empty: {},
        bare: Object.assign(Object.create(null) as object, { z: 1 }),
      },
      list: [{ a: undefined }, 'x'],
      nothing: null,
    };
    const buffers = new EncodeBuffers();
    expect(await bytesOf(buffers, data, looseSpec)).toBe(hexOf(data, looseSpec));
    expect(await bytesOf(buffers, counterSpec.empty(), counterSpec)).toBe(
      hexOf(counterSpec.empty(), counterSpec),
    );
  });

  it('grows its buffer past the first one without losing what was written', () => {
    const out = new ByteSink(Buffer.allocUnsafeSlow(8));
    const value = { a: 'x'.repeat(100), b: { c: 'é'.repeat(50), d: [1, 2, 3] } };
    writeJson(value, out, 0);
    expect(Buffer.from(out.bytes()).toString('utf8')).toBe(JSON.stringify(value));
  });
});
