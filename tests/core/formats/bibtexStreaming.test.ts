/**
 * The one-pass .bib parse (entries converted as they are read) gives what the two-pass parse
 * gives, crossref parents before or after their children (a parent read before the child that
 * names it sends the file to the two-pass parse), written as macros or concatenations too.
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

  it('gives what the two-pass parse gives when parents come before, after, twice or not at all', () => {
    const book = (key: string, title: string) =>
      `@collection{${key}, editor = {Betts, Alexander}, title = {${title}}, publisher = {OUP}, year = 2011}`;
    const part = (key: string, parent: string, field = 'crossref') =>
      `@incollection{${key}, author = {Koser, Khalid}, title = {Part ${key}}, ${field} = {${parent}}}`;
    const texts = [
      // after (one pass), before (two-pass), mixed in one file
      [part('a', 'early'), book('late', 'Late'), book('early', 'Early')].join('\n'),
      [book('early', 'Early'), part('a', 'early'), part('b', 'late'), book('late', 'Late')].join(
        '\n',
      ),
      // a parent key given twice, before and after its child
      [book('twice', 'First'), part('a', 'twice'), book('twice', 'Second')].join('\n'),
      // a parent that is not in the file; a field name spelled in mixed case
      [part('a', 'missing'), part('b', 'late', 'CrossRef'), book('late', 'Late')].join('\n'),
      // a chain: the child's parent inherits from a parent of its own
      [
        part('a', 'middle'),
        '@inbook{middle, title = {Middle}, crossref = {top}}',
        book('top', 'Top'),
      ].join('\n'),
    ];
    for (const text of texts) {
      expect(JSON.stringify(onePass(text))).toBe(JSON.stringify(twoPass(text)));
    }
  });
});
