import { describe, expect, it } from 'vitest';
import { parseBibliographyFile } from '../../../src/core/formats';
import { scanBib } from '../../../src/core/formats/bibtex/scan';
import { biblatexExamplesPath, fixture } from '../../fixtures/works';
import { readFileSync } from 'node:fs';

describe('.bib import: a file with good and broken entries', () => {
  const result = parseBibliographyFile(fixture('bib', 'good and broken entries.bib'));

  it('imports every readable entry, in file order', () => {
    expect(result.format).toBe('bibtex');
    expect(result.entries.map((e) => e.key)).toEqual(['smith2019', 'kohler2011x', 'last2022']);
  });

  it('reports each unreadable entry by line and key, in words a user can act on', () => {
    expect(result.errors.map((e) => [e.line, e.key])).toEqual([
      [12, 'broken2020'],
      [25, 'nokey2021'],
    ]);
    expect(result.errors[0]!.message).toBe(
      'line 12: entry `broken2020`: missing closing brace: the value of `title` opened on line 14 runs on over the fields after it',
    );
    expect(result.errors[1]!.message).toMatch(
      /^line 25: entry `nokey2021`: expected "," after the citation key/,
    );
  });

  it('decodes LaTeX, @string macros, month macros and numbers', () => {
    const smith = result.entries[0]!;
    expect(smith.line).toBe(4);
    expect(smith.csl.author).toEqual([
      { family: 'Smith', given: 'Ann' },
      { family: 'Müller', given: 'Jörg' },
    ]);
    expect(smith.csl['container-title']).toBe('European Union Studies');
    expect(smith.csl.issued).toEqual({ 'date-parts': [[2019, 3]] });
    expect(smith.csl.title).toBe('Migration in the EU: A Review');
  });

  it('keeps the entry as written (type, fields as LaTeX, file order) for a lossless export', () => {
    expect(result.entries[0]!.source).toEqual({
      format: 'bibtex',
      entryType: 'article',
      fields: {
        author: 'Smith, Ann and M{\\"u}ller, J{\\"o}rg',
        title: 'Migration in the {EU}: A Review',
        journal: 'European Union Studies',
        year: '2019',
        month: '3',
      },
    });
    expect(result.entries[2]!.source?.format).toBe('biblatex');
    expect(result.entries[2]!.source?.fields.url).toBe('https://example.org/a_b%20c');
  });

  it('never stores citation-js internals', () => {
    for (const e of result.entries) expect(e.csl).not.toHaveProperty('_graph');
  });
});

describe('.bib import: @string, crossref, comments and @preamble', () => {
  const result = parseBibliographyFile(fixture('bib', 'strings crossref and comments.bib'));

  it('reads both entries, with () delimiters, mixed-case types and comments between fields', () => {
    expect(result.errors).toEqual([]);
    expect(result.entries.map((e) => [e.key, e.source?.entryType])).toEqual([
      ['part:one', 'incollection'],
      ['betts:gmg', 'collection'],
    ]);
  });

  it('inherits the book title, publisher and year through crossref', () => {
    const part = result.entries[0]!.csl;
    expect(part.type).toBe('chapter');
    expect(part['container-title']).toBe('Global Migration Governance');
    expect(part.publisher).toBe('Oxford University Press');
    expect(part['publisher-place']).toBe('Oxford');
    expect(part.issued).toEqual({ 'date-parts': [[2011]] });
    expect(part.editor).toEqual([{ family: 'Betts', given: 'Alexander' }]);
    // the source keeps the crossref, not the inherited fields
    expect(result.entries[0]!.source?.fields.crossref).toBe('betts:gmg');
    expect(result.entries[0]!.source?.fields.publisher).toBeUndefined();
  });
});

describe('the .bib scanner', () => {
  it('keeps the first of a repeated field and says so', () => {
    const { entries } = scanBib('@misc{a, title={One}, title={Two}}');
    expect(entries[0]!.fields).toEqual([{ name: 'title', value: 'One' }]);
    expect(entries[0]!.warnings[0]).toMatch(/`title` is given twice/);
  });

  it('reports a repeated key and keeps the first entry', () => {
    const { entries, errors } = scanBib('@misc{a, title={One}}\n@misc{a, title={Two}}\n');
    expect(entries).toHaveLength(1);
    expect(errors[0]!.message).toBe(
      'line 2: entry `a`: the key is used again (first on line 1); this entry was left out',
    );
  });

  it('reports an undefined @string and keeps its name as the value', () => {
    const { entries } = scanBib('@misc{a, publisher = nosuchmacro}');
    expect(entries[0]!.fields[0]!.value).toBe('nosuchmacro');
    expect(entries[0]!.warnings[0]).toMatch(/`nosuchmacro` is not defined/);
  });

  it('reports a file that ends inside an entry', () => {
    const { errors } = scanBib('@misc{a,\n  title = {Unclosed');
    expect(errors[0]!.message).toMatch(
      /^line 1: entry `a`: missing closing brace: the value of `title` opened with \{ on line 2 is never closed/,
    );
  });

  it('ignores @ in comments and free text between entries', () => {
    const { entries, errors } = scanBib(
      'Mail me: x@y.org\n% @misc{fake, title={no}}\n@misc{real, title={yes}}',
    );
    expect(errors).toEqual([]);
    expect(entries.map((e) => e.key)).toEqual(['real']);
  });
});

describe(".bib import of Debian's biblatex-examples.bib (citation-js rejects the whole file)", () => {
  const path = biblatexExamplesPath();
  it.skipIf(!path)('imports all 92 entries with no errors', () => {
    const result = parseBibliographyFile(readFileSync(path!, 'utf8'));
    expect(result.errors).toEqual([]);
    expect(result.entries).toHaveLength(92);
    const reese = result.entries.find((e) => e.key === 'reese')!;
    // \enquote*{series} is read (citation-js's grammar fails on the star)
    expect(String(reese.csl.annote)).toContain('series');
    expect(result.entries.filter((e) => /[-:./]/.test(e.key!)).length).toBeGreaterThan(30);
  });
});
