/**
 * .bib fidelity: commands the file's @preamble defines, citations written inside fields, and name
 * lists padded with spaces (real files pad @string names for use with `# and #`).
 */
import { describe, expect, it } from 'vitest';
import { parseBibliographyFile } from '../../../src/core/formats';

const parse = (text: string) => {
  const result = parseBibliographyFile(text, 'bibtex');
  expect(result.errors).toEqual([]);
  return result.entries;
};

describe('@preamble commands', () => {
  const preamble = String.raw`@preamble{ "\newcommand{\noopsort}[1]{} "
  # "\providecommand{\ssr}{Social Science Review} "
  # "\def\proglang#1{#1} \newcommand\pkg[2]{#1 (#2)}" }
`;

  it('print what they define in the decoded record', () => {
    const [entry] = parse(
      `${preamble}@article{g, author = {{\\noopsort{a}}van Gogh, Vincent}, title = {Using \\proglang{R} and \\pkg{irace}{v3}},
        journal = {\\ssr}, year = 2001}`,
    );
    expect(entry!.csl.author).toEqual([
      { given: 'Vincent', family: 'Gogh', 'non-dropping-particle': 'van' },
    ]);
    expect(entry!.csl['container-title']).toBe('Social Science Review');
    expect(entry!.csl.title).toBe('Using R and irace (v3)');
    // The fields as written keep the commands: the .bib export writes them back.
    expect(entry!.source!.fields.journal).toBe('\\ssr');
  });

  it('apply only to the entries after the preamble that defines them', () => {
    const entries = parse(
      `@article{before, title = {On \\ssr}, year = 2001}\n${preamble}@article{after, title = {On \\ssr}, year = 2001}`,
    );
    expect(entries.map((e) => e.csl.title)).toEqual(['On', 'On Social Science Review']);
  });

  it('leave a use without its arguments, and a command defined through itself, readable', () => {
    const [entry] = parse(String.raw`@preamble{"\newcommand{\two}[2]{#1-#2} \def\loop{\loop x}"}
@misc{m, title = {A \two{only} B \loop}, year = 2001}`);
    expect(entry!.csl.title).toMatch(/^A only B/);
  });
});

describe('citations inside fields', () => {
  it('keep the keys they cite, with their notes', () => {
    const [entry] = parse(String.raw`@article{a, author = {Smith, J.}, title = {T}, year = 2001,
      note = {See \cite{jones2002}, \citep[p.~3]{lee2003, kim_2004} and \parencite[see][ch.~2]{okafor2019}; not \nocite{hidden}}}`);
    expect(entry!.csl.note).toBe(
      'See jones2002, lee2003; kim_2004, p.\u00a03 and see okafor2019, ch.\u00a02; not',
    );
  });
});

describe('names padded with spaces', () => {
  it('read the last word as the family name', () => {
    const entries = parse(String.raw`@string{and = " and "}
@string{Silc = " Jurij {\v S}ilc "}
@string{Korosec = " P. Koro{\v s}ec "}
@article{one, author = Silc, title = {T}, year = 2004}
@article{many, author = Korosec #and# Silc, editor = {Bogdan Filipi{\v c}} #and# Silc, title = {T}, year = 2004}
@article{braced, author = { Jurij {\v S}ilc }, title = {T}, year = 2004}`);
    const silc = { given: 'Jurij', family: 'Šilc' };
    expect(entries[0]!.csl.author).toEqual([silc]);
    expect(entries[1]!.csl.author).toEqual([{ given: 'P.', family: 'Korošec' }, silc]);
    expect(entries[1]!.csl.editor).toEqual([{ given: 'Bogdan', family: 'Filipič' }, silc]);
    expect(entries[2]!.csl.author).toEqual([silc]);
  });
});
