// An added paper is read by the one reference analysis (core/references), its offsets placed in
// the document's text: on every fixture paper (author-year, numeric, notes; Markdown and text)
// each citation stands in the document where the source has it, linked to the expected entry.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyCorrections, completePaper, readPaper } from '../../../src/core/paper';
import { citationKeys, type DocumentCorrections } from '../../../src/core/documents/links';
import { alignSource } from '../../../src/core/paper/sourceOffsets';
import { parseDocument } from '../../../src/core/document';

const dir = fileURLToPath(new URL('../../fixtures/papers/', import.meta.url));
const papers = readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f));

interface Expected {
  style: string;
  references: number;
  citations: Array<[string, number | null, number?]>;
}

/** The citation's text as the document reads it: lines joined, superscript tags gone. */
const asInDocument = (written: string) => written.replace(/<\/?sup>/g, '').replace(/\s+/g, ' ');

describe.each(papers)('%s read as an added paper', (file) => {
  const source = readFileSync(dir + file, 'utf8');
  const expected = JSON.parse(
    readFileSync(dir + file.replace(/\.(md|txt)$/, '.expected.json'), 'utf8'),
  ) as Expected;
  const read = readPaper(source, 'd-test');
  const entry = new Map(read.references.map((r, k) => [r.id, k + 1]));

  it('has the style, the entries and the citations of the reference analysis', () => {
    expect(read.style).toBe(expected.style);
    expect(read.references).toHaveLength(expected.references);
    expect(read.citations).toHaveLength(expected.citations.length);
  });

  it('links each citation to the expected entry', () => {
    const links = read.citations.map((c) => {
      const target = read.referenceOf.get(c.id);
      return target ? (entry.get(target) ?? -1) : null;
    });
    expect(links).toEqual(expected.citations.map(([, ref]) => ref));
  });

  it('places each citation in the document text where the source has it', () => {
    read.citations.forEach((c, k) => {
      const placed = read.document.text.slice(c.start, c.end);
      // A note's citation sits at the note's marker; a superscript the document model leaves
      // out of its text sits where it stood: an empty span in the sentence it belongs to.
      if (placed === '') {
        const block = read.document.blocks.find((b) => b.start <= c.start && c.start <= b.end);
        expect(block, c.raw).toBeDefined();
        if (c.noteId) expect(block!.footnoteRefs.map((r) => r.offset)).toContain(c.start);
        else
          expect(source).toContain(
            `<sup>${expected.citations[k]![0].replace(/<\/?sup>/g, '')}</sup>`,
          );
      } else expect(placed).toBe(asInDocument(expected.citations[k]![0]));
    });
  });

  it('gives every entry its text in the document', () => {
    for (const r of read.references.filter((r) => !r.raw.startsWith('Ibid'))) {
      expect(r.end).toBeGreaterThan(r.start);
      expect(read.document.text.slice(r.start, r.end).length).toBeGreaterThan(10);
    }
  });
});

describe('claims made with the parse', () => {
  const source = readFileSync(dir + papers[0]!, 'utf8');
  const read = readPaper(source, 'd-test');
  const workOf = (referenceId: string) => `w-${referenceId}`;

  it('are the claims completePaper would make, with the works filled in', () => {
    expect(read.claims?.length).toBeGreaterThan(0);
    const { claims: _made, ...withoutClaims } = read;
    const fromParse = completePaper(read, workOf).claims;
    expect(fromParse).toEqual(completePaper(withoutClaims, workOf).claims);
    expect(fromParse.some((c) => c.workIds.length > 0)).toBe(true);
  });

  it('are made again once a correction drops a citation', () => {
    const keys = citationKeys(read.citations);
    const corrections: DocumentCorrections = {
      citations: { [keys[0]!]: { notCitation: true } },
      references: {},
    };
    const corrected = applyCorrections(read, corrections).read;
    expect(corrected.claims).toBeUndefined();
    const claims = completePaper(corrected, workOf).claims;
    expect(claims.flatMap((c) => c.citationIds)).not.toContain(read.citations[0]!.id);
  });
});

describe('source offsets', () => {
  it('skip markup, joined lines and footnote definitions between blocks', () => {
    const source =
      'A **bold** claim (Smith\n2001).[^1]\n\n[^1]: A note.\n\nNext *block* here (Jones 2002).\n';
    const doc = parseDocument(source);
    const offsets = alignSource(source, doc);
    const span = (text: string) => {
      const at = source.indexOf(text);
      const s = offsets.span(at, at + text.length);
      return doc.text.slice(s.start, s.end);
    };
    expect(span('(Smith\n2001)')).toBe('(Smith 2001)');
    expect(span('Jones 2002')).toBe('Jones 2002');
    expect(span('*block* here')).toBe('block here');
  });
});
