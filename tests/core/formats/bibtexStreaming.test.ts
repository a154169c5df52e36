/**
 * The one-pass .bib parse (entries converted as they are read) gives what the two-pass parse
 * gives, crossref parents before or after their children, and falls back when a crossref is
 * written in a way the quick look for parents does not read.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBibliographyFile } from '../../../src/core/formats';
import { scanBib } from '../../../src/core/formats/bibtex/scan';
import { bibEntriesToCsl } from '../../../src/core/formats/bibtex/toCsl';
import { generateBib } from '../../../bench/formatsBib';
import { biblatexExamplesPath, fixture } from '../../fixtures/works';

function twoPass(text: string): unknown {
  const scan = scanBib(text);
  const { entries, errors } = bibEntriesToCsl(scan.entries);
  return { entries, errors: [...scan.errors, ...errors].sort((a, b) => a.line - b.line) };
}

function onePass(text: string): unknown {
  const { entries, errors } = parseBibliographyFile(text, 'bibtex');
  return { entries, errors };
}

const files: [string, string][] = [
  ['good and broken entries.bib', fixture('bib', 'good and broken entries.bib')],
  ['strings crossref and comments.bib', fixture('bib', 'strings crossref and comments.bib')],
  ['a generated library', generateBib(400, 5)],
];
const examples = biblatexExamplesPath();
if (examples) files.push(['biblatex-examples.bib', readFileSync(examples, 'utf8')]);

describe('the one-pass .bib parse', () => {
  it.each(files)('gives what the two-pass parse gives for %s', (_, text) => {
    expect(JSON.stringify(onePass(text))).toBe(JSON.stringify(twoPass(text)));
  });

  it('inherits from a parent after or before the child', () => {
    const book =
      '@collection{book, editor = {Betts, Alexander}, title = {Global Migration Governance}, publisher = {OUP}, year = 2011}';
    const part = '@incollection{part, author = {Koser, Khalid}, title = {Part}, crossref = {book}}';
    for (const text of [`${part}\n${book}`, `${book}\n${part}`]) {
      const entry = parseBibliographyFile(text).entries.find((e) => e.key === 'part')!;
      expect(entry.csl['container-title']).toBe('Global Migration Governance');
      expect(entry.csl.publisher).toBe('OUP');
    }
  });

  it('still inherits when the crossref is a macro or a concatenation', () => {
    const text = [
      '@string{parentkey = "book"}',
      '@incollection{a, author = {Koser, Khalid}, title = {A}, crossref = parentkey}',
      '@incollection{b, author = {Koser, Khalid}, title = {B}, crossref = "bo" # "ok"}',
      '@collection{book, title = {The Parent}, year = 2011}',
    ].join('\n');
    const [a, b] = parseBibliographyFile(text).entries;
    expect(a!.csl['container-title']).toBe('The Parent');
    expect(b!.csl['container-title']).toBe('The Parent');
    expect(JSON.stringify(onePass(text))).toBe(JSON.stringify(twoPass(text)));
  });
});
