// Plain-text papers: headings on lines of their own (numbered, in capitals, underlined, or the
// usual words) are headings, so the reference list ("References", "Bibliography", "Works cited",
// "Literature") is its own section; a Markdown reading of the same text finds none.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/core/document';
import { readPaper } from '../../../src/core/paper';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/text-papers/${name}`, import.meta.url), 'utf8');

const BODY =
  'Partnerships tie visa facilitation to readmission (Reslow 2012). They were first signed ' +
  'with Moldova and Cape Verde, and their effect on legal migration has remained small.';
const ENTRY =
  'Reslow, N. 2012. The role of third countries in EU migration policy. European Journal of ' +
  'Migration and Law 14 (4): 393-415.';

/** A short text paper whose reference list is headed by `heading` (lines, as typed). */
const paperWith = (heading: string) =>
  `Mobility Partnerships Revisited\n\nAna Ortiz\n\nIntroduction\n\n${BODY}\n\n${heading}\n\n${ENTRY}\n`;

const headings = (source: string) =>
  parseDocument(source, { format: 'text' })
    .blocks.filter((b) => b.kind === 'heading')
    .map((b) => b.text);

describe('headings of a plain-text paper', () => {
  it.each([
    'References',
    'REFERENCES',
    'References:',
    '7. References',
    '7 References',
    'VII. BIBLIOGRAPHY',
    'Bibliography',
    'Works cited',
    'WORKS CITED',
    'Literature',
    'References\n==========',
    'Works Cited\n-----------',
    'LITERATURE CITED\n================',
  ])('finds the reference list under “%s” as its own section', (heading) => {
    const source = paperWith(heading);
    const read = readPaper(source, 'd-1', 'text');
    expect(read.referenceSectionId).not.toBeNull();
    const section = read.document.sections.find((s) => s.id === read.referenceSectionId)!;
    expect(section.title).toBe(heading.split('\n')[0]);
    const entry = read.document.blocks.find((b) => b.text.startsWith('Reslow, N. 2012'))!;
    expect(entry.sectionId).toBe(section.id);
    expect(read.references).toHaveLength(1);
    // The citation in the body links to the entry; the entry is no one's claim.
    expect(read.referenceOf.get(read.citations[0]!.id)).toBe(read.references[0]!.id);
    // Read as Markdown, the same line is a paragraph: this is what text files got before.
    expect(readPaper(source, 'd-1', 'markdown').referenceSectionId).toBeNull();
  });

  it('reads the title, keeps the author line as front matter and starts the body at the prose', () => {
    const doc = parseDocument(fixture('asylum cooperation in switzerland.txt'), {
      format: 'text',
    });
    expect(doc.meta.title).toBe(
      'Asylum Cooperation in Switzerland: Cantons, the Confederation and Europe',
    );
    expect(doc.meta.frontMatter).toEqual([
      'Françoise Müller and Jürg Zürcher\nUniversité de Genève',
    ]);
    expect(doc.abstract).toMatch(/^Switzerland joined the Dublin system/);
    expect(headings(fixture('asylum cooperation in switzerland.txt'))).toEqual([
      'ABSTRACT',
      '1. INTRODUCTION',
      '2. CANTONAL PRACTICE',
      '3. CONCLUSION',
      'REFERENCES',
    ]);
  });

  it('takes a short line between two paragraphs of prose as a heading, and a sentence not', () => {
    expect(headings(fixture('remittances and development works cited.txt'))).toEqual([
      'Hometown associations',
      'Works Cited',
    ]);
    const prose = `Title of It\n\n${BODY}\n\nSee the sources below.\n\n${BODY}\n`;
    expect(headings(prose)).toEqual([]);
  });

  it('does not take an entry of a numbered list for a heading, nor capitals on the title page', () => {
    const source =
      `A Paper\n\nANA ORTIZ\n\n${BODY}\n\nReferences\n\n` +
      `1. Reslow N. Third countries\n\n2. Brady H. Mobility partnerships\n`;
    expect(headings(source)).toEqual(['References']);
    expect(parseDocument(source, { format: 'text' }).meta.frontMatter).toEqual(['ANA ORTIZ']);
  });

  it('reads the numbered sections of a numeric text paper and its “7 Literature” list', () => {
    const read = readPaper(fixture('labour mobility numbered literature.txt'), 'd-2', 'text');
    expect(headings(fixture('labour mobility numbered literature.txt'))).toEqual([
      '1 Introduction',
      '2 Evaluation',
      '7 Literature',
    ]);
    expect(read.style).toBe('numeric');
    expect(read.references).toHaveLength(5);
    const cited = read.citations.map((c) => read.referenceOf.get(c.id));
    expect(new Set(cited)).toEqual(new Set(read.references.map((r) => r.id)));
  });
});
