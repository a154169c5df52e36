/**
 * What a .bib entry becomes in CSL-JSON (and so in every formatted bibliography): the journal of
 * an article, eprints, genres in words, et al., particles under useprefix, LaTeX decoded.
 */
import { describe, expect, it } from 'vitest';
import { workAuthorsShort } from '../../../src/core/bibliography';
import type { CslItem } from '../../../src/core/bibliography/model';
import {
  exportWorks,
  formatInTextCitation,
  formatReference,
  parseBibliographyFile,
} from '../../../src/core/formats';
import { loadBundledCsl } from '../../../src/services/export/cslResources';
import { worksFrom } from '../../fixtures/works';

const cslOf = (bib: string): CslItem => {
  const { entries, errors } = parseBibliographyFile(bib);
  expect(errors).toEqual([]);
  return entries[0]!.csl;
};

describe('BibTeX -> CSL mapping', () => {
  it('an @article with a booktitle keeps its journal as container', () => {
    const csl = cslOf('@article{a, title={T}, journal={Nature}, booktitle={Proc. X}, year=2001}');
    expect(csl['container-title']).toBe('Nature');
  });

  it('a Better BibTeX arXiv preprint keeps its identifier and a link', () => {
    const csl = cslOf(
      '@misc{p, title={Pre}, number={arXiv:2101.00001}, eprint={2101.00001}, archiveprefix={arXiv}, primaryclass={cs.LG}, publisher={arXiv}, year=2021}',
    );
    expect(csl.number).toBe('arXiv:2101.00001');
    expect(csl.URL).toBe('https://arxiv.org/abs/2101.00001');
  });

  it('an eprint of biblatex (eprinttype = arxiv) becomes a link when there is no url', () => {
    const csl = cslOf(
      '@article{b, title={T}, journaltitle={J}, date=2004, eprint={math/0307200v3}, eprinttype={arxiv}}',
    );
    expect(csl.URL).toBe('https://arxiv.org/abs/math/0307200v3');
  });

  it('genres are words, not type keys', () => {
    const genres = parseBibliographyFile(
      '@phdthesis{t, title={T}, school={S}, year=1985}\n@techreport{r, title={R}, institution={I}, year=1999}\n@report{q, title={Q}, type={resreport}, institution={IBM}, date=1978}',
    ).entries.map((e) => e.csl.genre);
    expect(genres).toEqual(['PhD thesis', 'Technical report', 'Research report']);
  });

  it('`and others` is the et-al marker pandoc reads, shown as "et al."', () => {
    const parsed = parseBibliographyFile(
      '@article{o, author={Smith, John and Doe, Jane and others}, title={T}, journal={J}, year=2001}',
    );
    const csl = parsed.entries[0]!.csl;
    expect(csl.author?.at(-1)).toEqual({ literal: 'others' });
    const [w] = worksFrom(parsed.entries);
    expect(workAuthorsShort(w!)).toBe('Smith et al.');
    loadBundledCsl();
    expect(formatReference(w!, { style: 'apa', format: 'text' })).not.toMatch(/others/);
  });

  it('`and others` is written "et al." by every style, in references and in the text', () => {
    loadBundledCsl();
    const [two] = worksFrom(
      parseBibliographyFile(
        '@article{o, author={Smith, John and Doe, Jane and others}, title={T}, journal={J}, year=2001}',
      ).entries,
    );
    const [one] = worksFrom(
      parseBibliographyFile(
        '@book{p, author={Okafor, Chidi and others}, title={B}, publisher={P}, year=2019}',
      ).entries,
    );
    const ref = (w: typeof two, style: 'apa' | 'chicago-author-date' | 'harvard' | 'mla') =>
      formatReference(w!, { style, format: 'text' });
    expect(ref(two, 'apa')).toMatch(/^Smith, J\., Doe, J\., et al\. \(2001\)/);
    expect(ref(two, 'chicago-author-date')).toMatch(/^Smith, John, Jane Doe, et al\. 2001/);
    expect(ref(one, 'apa')).toMatch(/^Okafor, C\., et al\. \(2019\)/);
    expect(formatReference(two!, { style: 'apa', format: 'html' })).toContain('Doe, J., et al.');
    for (const style of ['apa', 'chicago-author-date', 'harvard', 'mla'] as const) {
      expect(ref(two, style), style).toContain('et al.');
      expect(ref(two, style), style).not.toMatch(/others|&\s*et al|and et al|\uE0A0/);
    }
    expect(formatInTextCitation(one!, { style: 'apa' })).toBe('(Okafor et al., 2019)');
    expect(formatInTextCitation(one!, { style: 'chicago-author-date' })).toBe(
      '(Okafor et al. 2019)',
    );
  });

  it('particles drop under useprefix=false (biblatex default) and stay with useprefix=true', () => {
    const [off, on, classic] = parseBibliographyFile(
      '@article{a, author={de Alfaro, Luca}, title={T}, journaltitle={J}, date=2001, options={useprefix=false}}\n' +
        '@article{b, author={de Alfaro, Luca}, title={T}, journaltitle={J}, date=2001, options={useprefix=true}}\n' +
        '@article{c, author={de Alfaro, Luca}, title={T}, journal={J}, year=2001}',
    ).entries.map((e) => e.csl.author![0]);
    expect(off).toEqual({ given: 'Luca', family: 'Alfaro', 'dropping-particle': 'de' });
    expect(on).toEqual({ given: 'Luca', family: 'Alfaro', 'non-dropping-particle': 'de' });
    expect(classic!['non-dropping-particle']).toBe('de');
  });

  it("LaTeX commands are decoded: \\TeX, \\hyphen, $^\\sharp$, `quote', \\proglang{R}", () => {
    const csl = cslOf(
      "@book{k, title={The \\TeX book: methodology\\hyphen independent $^\\sharp$ `quote' in \\proglang{R}}, langid={english}, year=1984}",
    );
    expect(csl.title).toBe('The TeXbook: methodology-independent <sup>♯</sup> ‘quote’ in R');
    expect(csl.language).toBe('en');
  });

  it('the BibLaTeX export still gives the LaTeX back as written', () => {
    const bib = "@book{k, title={The \\TeX book `quote'}, date=1984}";
    const out = exportWorks(worksFrom(parseBibliographyFile(bib).entries), 'biblatex');
    expect(out).toContain("title = {The \\TeX book `quote'},");
  });
});
