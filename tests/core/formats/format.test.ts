import { beforeAll, describe, expect, it } from 'vitest';
import {
  formatBibliography,
  formatInTextCitation,
  formatManuscriptCitation,
  formatReference,
  STYLE_IDS,
} from '../../../src/core/formats';
import { loadBundledCsl } from '../../../src/services/export';
import { bundled, work } from '../../fixtures/works';

const works = bundled();
const byKey = (k: string) => works.find((w) => w.citationKey === k)!;

beforeAll(() => loadBundledCsl());

describe('formatted bibliographies in the bundled styles', () => {
  it('APA 7, Chicago author-date, Harvard and MLA each format every work, sorted by author', () => {
    const firstLines: Record<string, string> = {};
    for (const style of STYLE_IDS) {
      const text = formatBibliography(works, { style, format: 'text' });
      const lines = text.trimEnd().split('\n');
      expect(lines).toHaveLength(works.length);
      firstLines[style] = lines.find((l) => l.startsWith('Bhagwati'))!;
    }
    expect(firstLines.apa).toBe(
      'Bhagwati, J. (2003). Borders Beyond Control. Foreign Affairs, 82(1), 98–104. https://academiccommons.columbia.edu/doi/10.7916/D8BV7SG6',
    );
    expect(firstLines['chicago-author-date']).toMatch(
      /^Bhagwati, Jagdish\. 2003\. “Borders Beyond Control\.” Foreign Affairs 82 \(1\): 98–104\./,
    );
    expect(firstLines.harvard).toMatch(
      /^Bhagwati, J\. \(2003\) ‘Borders Beyond Control’, Foreign Affairs, 82\(1\), pp\. 98–104\./,
    );
    expect(firstLines.mla).toMatch(
      /^Bhagwati, Jagdish\. “Borders Beyond Control\.” Foreign Affairs, vol\. 82, no\. 1, 2003, pp\. 98–104/,
    );
  });

  it('disambiguates same-author same-year works with a/b/c', () => {
    const text = formatBibliography(works, { style: 'chicago-author-date', format: 'text' });
    expect(text).toMatch(/Betts, Alexander, ed\. 2011a\./);
    expect(text).toMatch(/2011b\./);
    expect(text).toMatch(/2011c\./);
  });

  it('writes HTML with italics and RTF with a hanging indent', () => {
    const html = formatBibliography([byKey('bhagwati2003')], { style: 'apa', format: 'html' });
    expect(html).toBe(
      '<div class="csl-bib-body">\n  <div class="csl-entry">Bhagwati, J. (2003). Borders Beyond Control. <i>Foreign Affairs</i>, <i>82</i>(1), 98–104. https://academiccommons.columbia.edu/doi/10.7916/D8BV7SG6</div>\n</div>\n',
    );
    const rtf = formatBibliography([byKey('bhagwati2003')], { style: 'apa', format: 'rtf' });
    expect(rtf.startsWith('{\\rtf1\\ansi')).toBe(true);
    expect(rtf).toContain(
      '{\\pard\\fi-720\\li720\\sa120 Bhagwati, J. (2003). Borders Beyond Control. {\\i{}Foreign Affairs}',
    );
    expect(rtf.trimEnd().endsWith('}')).toBe(true);
  });

  it('sees a changed work when called again with the same keys', () => {
    const w = work({
      id: 'x2020',
      title: 'First Title',
      author: [{ family: 'Xu', given: 'Li' }],
      issued: { 'date-parts': [[2020]] },
    });
    expect(formatBibliography([w], { style: 'apa', format: 'text' })).toContain('First Title');
    const edited = { ...w, csl: { ...w.csl, title: 'Second Title' } };
    expect(formatBibliography([edited], { style: 'apa', format: 'text' })).toContain(
      'Second Title',
    );
    expect(formatReference(w, { style: 'apa', format: 'text' })).toContain('First Title');
    expect(formatReference(edited, { style: 'apa', format: 'text' })).toContain('Second Title');
  });

  it('formats one reference without surrounding markup, in the locale asked for', () => {
    expect(formatReference(byKey('ghosh2000'), { style: 'apa', format: 'html' })).toBe(
      'Ghosh, B. (Ed.). (2000). <i>Managing Migration: Time for a New International Regime?</i> Oxford University Press.',
    );
    const us = formatReference(byKey('bhagwati2003'), {
      style: 'chicago-author-date',
      format: 'text',
      locale: 'en-US',
    });
    const gb = formatReference(byKey('bhagwati2003'), {
      style: 'chicago-author-date',
      format: 'text',
      locale: 'en-GB',
    });
    expect(us).toContain('“Borders Beyond Control.”');
    expect(gb).toContain('‘Borders Beyond Control’.');
  });

  it('explains what to do when a style was never loaded', async () => {
    const { cslStyleXml } = await import('../../../src/core/formats/csl/resources');
    expect(() => cslStyleXml('vancouver' as never)).toThrow(
      'The citation style "vancouver" is not loaded. Load the bundled styles first (services/export: loadBundledCsl()).',
    );
  });
});

describe('in-text citations', () => {
  const betts = byKey('betts2011c');

  it('gives the style form with a locator, disambiguated among the library', () => {
    expect(
      formatInTextCitation(betts, { style: 'chicago-author-date', locator: '41', among: works }),
    ).toBe('(Betts 2011c, 41)');
    expect(formatInTextCitation(betts, { style: 'apa', locator: '41', among: works })).toBe(
      '(Betts, 2011c, p. 41)',
    );
    expect(formatInTextCitation(betts, { style: 'apa', locator: 'ch. 3' })).toBe(
      '(Betts, 2011, Chapter 3)',
    );
    expect(formatInTextCitation(betts, { style: 'harvard' })).toBe('(Betts, 2011)');
  });
});

describe('manuscript citations', () => {
  it('writes pandoc, biblatex and natbib forms', () => {
    const one = [{ key: 'betts2011c', locator: '41' }];
    expect(formatManuscriptCitation(one, 'pandoc')).toBe('[@betts2011c, p. 41]');
    expect(formatManuscriptCitation(one, 'latex-parencite')).toBe('\\parencite[41]{betts2011c}');
    expect(formatManuscriptCitation(one, 'latex-citep')).toBe('\\citep[41]{betts2011c}');
    const two = [{ key: 'betts2011c', locator: '41-45' }, { key: 'kohler2011' }];
    expect(formatManuscriptCitation(two, 'pandoc')).toBe('[@betts2011c, pp. 41-45; @kohler2011]');
    expect(formatManuscriptCitation(two, 'latex-parencite')).toBe(
      '\\parencites[41-45]{betts2011c}{kohler2011}',
    );
    expect(
      formatManuscriptCitation([{ key: 'betts2011c' }, { key: 'kohler2011' }], 'latex-citep'),
    ).toBe('\\citep{betts2011c,kohler2011}');
    expect(formatManuscriptCitation([{ key: 'kant:kpv', locator: 'ch. 2' }], 'pandoc')).toBe(
      '[@kant:kpv, ch. 2]',
    );
  });

  it('writes the plain form in the chosen style, or as keys', () => {
    const two = [{ key: 'betts2011c', locator: '41' }, { key: 'kohler2011' }];
    expect(formatManuscriptCitation(two, 'plain', { works, style: 'chicago-author-date' })).toBe(
      '(Betts 2011c, 41; Koehler 2011)',
    );
    expect(formatManuscriptCitation(two, 'plain')).toBe('betts2011c, p. 41; kohler2011');
    expect(() =>
      formatManuscriptCitation([{ key: 'nobody' }], 'plain', { works, style: 'apa' }),
    ).toThrow('No work with key `nobody` to cite.');
  });
});
