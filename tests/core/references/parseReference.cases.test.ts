// Whole entries through the shipped tagger and the post-processing, one common case each.
import { describe, expect, it } from 'vitest';
import { parseReference } from '../../../src/core/references/parse';

const csl = (raw: string) => parseReference(raw).csl;

describe('parseReference: cases users meet', () => {
  it('names with particles', () => {
    const c = csl(
      'van der Berg, J., & de Vries, M. (2015). Water governance in the delta. Journal of Hydrology, 3(2), 10–20.',
    );
    expect(c.author).toEqual([
      { family: 'Berg', given: 'J.', 'non-dropping-particle': 'van der' },
      { family: 'Vries', given: 'M.', 'non-dropping-particle': 'de' },
    ]);
    expect(c).toMatchObject({
      type: 'article-journal',
      title: 'Water governance in the delta',
      'container-title': 'Journal of Hydrology',
      volume: '3',
      issue: '2',
      page: '10-20',
    });
  });

  it('a corporate author', () => {
    const c = csl(
      'World Health Organization. (2020). Global tuberculosis report 2020. Geneva: World Health Organization.',
    );
    expect(c.author).toEqual([{ literal: 'World Health Organization' }]);
    expect(c).toMatchObject({ type: 'book', publisher: 'World Health Organization' });
    expect(c['publisher-place']).toBe('Geneva');
  });

  it('et al. ends the author list and is marked', () => {
    const c = csl(
      'Smith, J., Jones, K., et al. (2019). Deep learning for citation parsing. Scientometrics, 120, 1–15.',
    );
    expect(c.author?.map((a) => a.family)).toEqual(['Smith', 'Jones']);
    expect(c['scholion-author-truncated']).toBe(true);
  });

  it('n.d. and a web page', () => {
    const c = csl(
      'Okafor, C. (n.d.). Migration and remittances in West Africa. Retrieved from https://example.org/okafor-remittances',
    );
    expect(c.issued).toEqual({ literal: 'n.d.' });
    expect(c).toMatchObject({
      type: 'webpage',
      title: 'Migration and remittances in West Africa',
      URL: 'https://example.org/okafor-remittances',
    });
  });

  it('in press', () => {
    const c = csl(
      'Brandt, L., Meyer, S., & Kowalski, T. (in press). Temporary protection after 2022. International Migration Review.',
    );
    expect(c.issued).toEqual({ literal: 'in press' });
    expect(c.status).toBe('in press');
    expect(c.title).toBe('Temporary protection after 2022');
  });

  it('a DOI given as a resolver URL becomes a bare DOI', () => {
    const c = csl(
      'Lee, H. (2020). Cell cycle control. Cell, 180(4), 600–612. https://doi.org/10.1016/j.cell.2020.01.001',
    );
    expect(c.DOI).toBe('10.1016/j.cell.2020.01.001');
    expect(c.URL).toBeUndefined();
  });

  it('a thesis with its genre and university', () => {
    const c = csl(
      'Miller, A. (2010). Essays on labour market institutions (Doctoral dissertation). University of Chicago, Chicago, IL.',
    );
    expect(c).toMatchObject({
      type: 'thesis',
      genre: 'Doctoral dissertation',
      publisher: 'University of Chicago',
    });
  });

  it('a report with its number', () => {
    const c = csl(
      'Autor, D. H. (2012). The polarization of job opportunities (Working Paper No. 17820). National Bureau of Economic Research.',
    );
    expect(c).toMatchObject({ type: 'report', number: '17820' });
    expect(c.publisher).toBe('National Bureau of Economic Research');
  });

  it('a chapter with editors, pages, publisher and place', () => {
    const c = csl(
      'Betts, A. (2011). Introduction: Global migration governance. In A. Betts (Ed.), Global migration governance (pp. 1–33). Oxford: Oxford University Press.',
    );
    expect(c).toMatchObject({
      type: 'chapter',
      title: 'Introduction: Global migration governance',
      'container-title': 'Global migration governance',
      editor: [{ family: 'Betts', given: 'A.' }],
      page: '1-33',
      publisher: 'Oxford University Press',
      'publisher-place': 'Oxford',
    });
  });

  it('a year suffix and a full date', () => {
    expect(
      csl('Betts, A. (2011a). Survival migration. Ithaca, NY: Cornell University Press.'),
    ).toMatchObject({ issued: { 'date-parts': [[2011]] }, 'year-suffix': 'a', type: 'book' });
    const page = csl(
      'European Commission. (2011, November 18). The global approach to migration and mobility. Retrieved May 3, 2013, from http://ec.europa.eu/home-affairs/policies/immigration',
    );
    expect(page.issued).toEqual({ 'date-parts': [[2011, 11, 18]] });
    expect(page.author).toEqual([{ literal: 'European Commission' }]);
    expect(page.type).toBe('webpage');
  });

  it('an IEEE entry with its number, volume, issue, pages and doi: prefix', () => {
    const c = csl(
      '[12] J. P. Collman, J. I. Brauman, and K. S. Suslick, "Oxygen binding to iron porphyrins," J. Am. Chem. Soc., vol. 97, no. 6, pp. 1427–1439, 1975, doi: 10.1021/ja00839a026.',
    );
    expect(c).toMatchObject({
      'citation-number': '12',
      title: 'Oxygen binding to iron porphyrins',
      'container-title': 'J. Am. Chem. Soc.',
      volume: '97',
      issue: '6',
      page: '1427-1439',
      DOI: '10.1021/ja00839a026',
      issued: { 'date-parts': [[1975]] },
    });
    expect(c.author?.map((a) => a.family)).toEqual(['Collman', 'Brauman', 'Suslick']);
  });

  it('a suffix (Jr.) and an edition', () => {
    expect(
      csl('King, M. L., Jr. (1963). Letter from Birmingham jail. Philadelphia: AFSC.').author,
    ).toEqual([{ family: 'King', given: 'M. L.', suffix: 'Jr.' }]);
    expect(csl('Smith, John. 2005. The Book of Things. 2nd ed. New York: Norton.')).toMatchObject({
      edition: '2',
      publisher: 'Norton',
      'publisher-place': 'New York',
    });
  });

  it('an empty or blank line gives an empty manuscript, not an error', () => {
    expect(parseReference('   ')).toEqual({
      raw: '   ',
      csl: { id: '', type: 'manuscript' },
      confidence: 0,
    });
  });

  it('an access date goes to accessed, not to the note or the issue date', () => {
    const apa = csl(
      'World Health Organization. (2020). Coronavirus disease (COVID-19) advice. Retrieved May 3, 2020, from https://www.who.int/emergencies',
    );
    expect(apa.accessed).toEqual({ 'date-parts': [[2020, 5, 3]] });
    expect(apa.note).toBeUndefined();
    expect(apa.URL).toBe('https://www.who.int/emergencies');
    const site = csl(
      'Smith, J. (2019). Title of page. Example Site. https://example.org/x (accessed 12 March 2021).',
    );
    expect(site).toMatchObject({
      type: 'webpage',
      issued: { 'date-parts': [[2019]] },
      accessed: { 'date-parts': [[2021, 3, 12]] },
      URL: 'https://example.org/x',
    });
  });

  it('a DOI run into a following label loses the label', () => {
    expect(
      csl(
        'B. Buyens, F. Verstraete, Hamiltonian simulation of the Schwinger model, Phys. Rev. D 94 (2016) 085018. doi:10.1103/PhysRevD.94.085018.URL https://link.aps.org/',
      ).DOI,
    ).toBe('10.1103/PhysRevD.94.085018');
  });
});
