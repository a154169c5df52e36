import { describe, expect, it } from 'vitest';
import { exportWorks, parseBibliographyFile } from '../../../src/core/formats';
import { bundled, fixture, work, worksFrom } from '../../fixtures/works';

const entryOf = (bib: string, key: string): string => {
  const start = bib.indexOf(`{${key},`);
  return bib.slice(bib.lastIndexOf('@', start), bib.indexOf('\n}\n', start) + 2);
};

describe('BibTeX export of works that did not come from a .bib file', () => {
  const works = [
    work({
      id: 'ec2011',
      type: 'report',
      author: [{ literal: 'European Commission' }],
      title: 'The Global Approach to Migration and Mobility: EU Mobility Partnerships',
      issued: { 'date-parts': [[2011, 11]] },
      publisher: 'Commission of the European Communities',
    }),
    work({
      id: 'kohler2011',
      type: 'chapter',
      author: [{ family: 'Köhler', given: 'Jöbst' }],
      editor: [{ family: 'van der Heijden', given: 'Ana', 'non-dropping-particle': undefined }],
      title: 'What networks do: the Mobility Partnerships of the EU & R&D in the Maghreb',
      'container-title': 'Migration 100% Explained: $5 #1 Guide to File_names',
      issued: { 'date-parts': [[2011]] },
      page: '41-45',
    }),
    work({
      id: 'un-desa:2004/a.b',
      type: 'book',
      author: [{ family: 'Nations', given: 'United' }],
      title: 'Survey',
      issued: { 'date-parts': [[2004]] },
    }),
  ];
  const bibtex = exportWorks(works, 'bibtex');
  const biblatex = exportWorks(works, 'biblatex');

  it('braces corporate authors', () => {
    expect(entryOf(bibtex, 'ec2011')).toContain('author = {{European Commission}},');
  });

  it('case-protects acronyms, lexicon names and phrases, and names in sentence-case titles', () => {
    expect(entryOf(bibtex, 'ec2011')).toContain(
      'title = {The {Global Approach to Migration and Mobility}: {EU Mobility Partnerships}},',
    );
    expect(entryOf(bibtex, 'kohler2011')).toContain(
      'title = {What networks do: the {Mobility Partnerships} of the {EU} \\& {R\\&D} in the {Maghreb}},',
    );
  });

  it('escapes & % $ # _ and writes classic BibTeX in ASCII with LaTeX accents', () => {
    const entry = entryOf(bibtex, 'kohler2011');
    expect(entry).toContain(
      'booktitle = {Migration 100\\% Explained: \\$5 \\#1 Guide to File\\_names},',
    );
    expect(entry).toContain('author = {K{\\"o}hler, J{\\"o}bst},');
    expect(entry).toContain('pages = {41--45},');
    expect(entry).toMatch(/^@incollection\{kohler2011,/);
    expect(/[^\x20-\x7e\n]/.test(bibtex)).toBe(false);
  });

  it('keeps UTF-8 for BibLaTeX', () => {
    expect(entryOf(biblatex, 'kohler2011')).toContain('author = {Köhler, Jöbst},');
    expect(entryOf(biblatex, 'ec2011')).toContain('date = {2011-11},');
  });

  it('writes keys exactly as stored, even with - : . /', () => {
    expect(bibtex).toContain('@book{un-desa:2004/a.b,');
  });

  it('writes months as BibTeX month macros', () => {
    expect(entryOf(bibtex, 'ec2011')).toContain('month = nov,');
  });

  it('is stable: same bytes twice, and entries sorted by key whatever the input order', () => {
    expect(exportWorks([...works].reverse(), 'bibtex')).toBe(bibtex);
    expect(exportWorks(works, 'biblatex')).toBe(biblatex);
    const keys = [...bibtex.matchAll(/^@\w+\{([^,]+),/gm)].map((m) => m[1]);
    expect(keys).toEqual(['ec2011', 'kohler2011', 'un-desa:2004/a.b']);
  });
});

describe('.bib export of entries imported from .bib', () => {
  const parsed = parseBibliographyFile(fixture('bib', 'strings crossref and comments.bib'));
  const works = worksFrom(parsed.entries);

  it('gives back every field and the type as taken in (BibLaTeX)', () => {
    const out = exportWorks(works, 'biblatex');
    const again = parseBibliographyFile(out);
    expect(again.errors).toEqual([]);
    expect(again.entries.map((e) => e.source)).toEqual(parsed.entries.map((e) => e.source));
  });

  it('puts a crossref target after the entries that use it (BibTeX reads crossref forward)', () => {
    const out = exportWorks(works, 'bibtex');
    expect(out.indexOf('{part:one,')).toBeLessThan(out.indexOf('{betts:gmg,'));
    // classic BibTeX gets location as address
    expect(entryOf(out, 'betts:gmg')).toContain('address = {Oxford},');
  });

  it('downgrades BibLaTeX-only types and fields for classic BibTeX', () => {
    const { entries } = parseBibliographyFile(
      '@thesis{t, author={A, B}, title={T}, subtitle={S}, institution={Uni}, type={phdthesis}, date={2001-04-02}, journaltitle={J}}',
    );
    const out = exportWorks(worksFrom(entries), 'bibtex');
    expect(out).toContain('@phdthesis{t,');
    expect(out).toContain('title = {T: S},');
    expect(out).toContain('school = {Uni},');
    expect(out).toContain('year = {2001},');
    expect(out).toContain('month = apr,');
    expect(out).not.toContain('type = ');
  });
});

describe('export of the bundled bibliography', () => {
  const works = bundled();

  it('writes every work in every format, the same bytes each time', () => {
    for (const format of ['bibtex', 'biblatex', 'ris', 'csl-json'] as const) {
      const out = exportWorks(works, format);
      expect(exportWorks(works, format)).toBe(out);
      for (const w of works) expect(out).toContain(w.citationKey);
    }
  });

  it('CSL-JSON export round-trips through import', () => {
    const again = parseBibliographyFile(exportWorks(works, 'csl-json'));
    expect(again.errors).toEqual([]);
    expect(again.entries.map((e) => e.csl)).toEqual(
      works.map((w) => ({ ...w.csl, id: w.citationKey, 'citation-key': w.citationKey })),
    );
  });
});
