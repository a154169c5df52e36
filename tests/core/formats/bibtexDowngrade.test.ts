/**
 * The classic BibTeX export of entries imported from BibLaTeX: one value per field, dates and
 * patents kept as far as BibTeX can carry them, verbatim fields untouched, TeX quotes right.
 */
import { describe, expect, it } from 'vitest';
import { exportWorks, parseBibliographyFile } from '../../../src/core/formats';
import { work, worksFrom } from '../../fixtures/works';

const bibtexOf = (bib: string): string =>
  exportWorks(worksFrom(parseBibliographyFile(bib).entries), 'bibtex');
const count = (text: string, field: string): number =>
  text.split('\n').filter((l) => l.trimStart().startsWith(`${field} =`)).length;

describe('BibTeX export writes each field once, keeping the better value', () => {
  it('location and an empty address: one address, with the place', () => {
    const out = bibtexOf(
      '@inproceedings{p, title={T}, booktitle={B}, address={}, location={Savannah, GA, USA}, year=2016}',
    );
    expect(count(out, 'address')).toBe(1);
    expect(out).toContain('address = {Savannah, GA, USA},');
  });

  it('a free-text date and a year: the year stays, once', () => {
    const out = bibtexOf('@misc{m, title={T}, date={July 6, 2016}, year={2016}}');
    expect(count(out, 'year')).toBe(1);
    expect(out).toContain('year = {2016},');
  });

  it('journaltitle next to an empty journal: one journal', () => {
    const out = bibtexOf('@article{a, title={T}, journal={}, journaltitle={Nature}, date=2001}');
    expect(count(out, 'journal')).toBe(1);
    expect(out).toContain('journal = {Nature},');
  });
});

describe('BibTeX export keeps what classic BibTeX can carry', () => {
  it('a date range as a year range, a full date as year, month and day', () => {
    const out = bibtexOf(
      '@book{r, title={T}, date={1984/1986}}\n@online{d, title={U}, date={2004-10-27}}',
    );
    expect(out).toContain('year = {1984--1986},');
    expect(out).toMatch(/year = \{2004\},\n {2}month = oct,\n {2}day = \{27\},/);
  });

  it('a @patent becomes a @misc that says it is a patent, with its number', () => {
    const out = bibtexOf(
      '@patent{p, author={Kowalik, F.}, title={Estimateur}, number=9500261, date={1995-01-11}, type={patreqfr}}',
    );
    expect(out).toMatch(/^@misc\{p,/m);
    expect(out).toContain('howpublished = {French patent request 9500261},');
    expect(out).not.toContain('type = {patreqfr}');
  });
});

describe('BibTeX export leaves verbatim fields as written', () => {
  it('non-ASCII in url and file stays UTF-8, elsewhere becomes LaTeX accents', () => {
    const out = bibtexOf(
      '@misc{z, author={Müller, Jörg}, title={Übersicht}, url={https://example.org/?x=ä}, file={/home/müller/Übersicht.pdf:application/pdf}}',
    );
    expect(out).toContain('url = {https://example.org/?x=ä},');
    expect(out).toContain('file = {/home/müller/Übersicht.pdf:application/pdf},');
    expect(out).toContain('author = {M{\\"u}ller, J{\\"o}rg},');
  });
});

describe('BibTeX export writes an opening straight quote as TeX opens a quote', () => {
  it("'The Problem with the Locals': the first ' becomes a backtick", () => {
    const out = exportWorks(
      [
        work({
          id: 'harrison2002',
          type: 'article-journal',
          title: "'The Problem with the Locals': Partnership and Participation in Ethiopia",
        }),
      ],
      'bibtex',
    );
    expect(out).toContain("title = {`The Problem with the Locals': Partnership");
  });
});
