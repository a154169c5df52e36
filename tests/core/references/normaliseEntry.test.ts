// What the parser does to an entry's text before tagging: markup out, entities decoded, a DOI broken
// by spaces joined (examples from the GROBID citation corpus and AnyStyle's gold set).
import { describe, expect, it } from 'vitest';
import { parseReference } from '../../../src/core/references/parse';
import { normaliseEntry } from '../../../src/core/references/parse/normalise';
import { segmentsToCsl } from '../../../src/core/references/parse/toCsl';

describe('normaliseEntry', () => {
  it('removes inline markup and decodes character entities', () => {
    expect(
      normaliseEntry(
        'Sun Q (2007) Cadmium in <italic>Sedum alfredii</italic>. <i>J Plant Physiol</i> 164: 1489&ndash;1498 &amp; more&#8230;',
      ),
    ).toBe('Sun Q (2007) Cadmium in Sedum alfredii. J Plant Physiol 164: 1489–1498 & more…');
    expect(normaliseEntry('<span class="x">A</span>\n  B')).toBe('A B');
  });

  it('keeps angle brackets that are no markup (a SICI DOI) and unknown entities', () => {
    const sici = 'doi:10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-O &foo;';
    expect(normaliseEntry(sici)).toBe(sici);
  });

  it('joins a DOI broken by spaces around its dot or after its slash', () => {
    expect(normaliseEntry('217- 230.doi:10 .1080/14786450903221511.')).toBe(
      '217- 230.doi:10.1080/14786450903221511.',
    );
    expect(normaliseEntry('392.doi: 10. 5194/npg-21-379-2014.')).toBe(
      '392.doi: 10.5194/npg-21-379-2014.',
    );
    expect(normaliseEntry('doi:10.1097/ SHK.0000000000000473 .PubMed')).toBe(
      'doi:10.1097/SHK.0000000000000473 .PubMed',
    );
    // Not a DOI: a page or volume "10" followed by other numbers.
    expect(normaliseEntry('vol. 110. 2345/6')).toBe('vol. 110. 2345/6');
  });

  it('lets the parser read the DOI of an entry with markup and a broken DOI', () => {
    const c = parseReference(
      'Ince C, Mayeux PR. The Endothelium in Sepsis. <i>Shock</i>. 2016; 45(3):259-70. doi:10.1097/ SHK.0000000000000473.',
    ).csl;
    expect(c.DOI).toBe('10.1097/SHK.0000000000000473');
    expect(c['container-title']).toBe('Shock');
  });
});

describe('volume and page tagged as one', () => {
  const seg = (label: 'container-title' | 'volume' | 'pages' | 'date', text: string) => ({
    label,
    text,
    start: 0,
    end: text.length,
  });

  it('"45, 87" as the volume with no pages: volume 45, page 87', () => {
    const c = segmentsToCsl([
      seg('container-title', 'Phys. Scr.'),
      seg('volume', '45, 87'),
      seg('date', '(1992).'),
    ]);
    expect(c).toMatchObject({ volume: '45', page: '87' });
  });

  it('with the pages tagged too, reads the number after the comma as the issue, not the page', () => {
    const c = segmentsToCsl([seg('volume', '45, 87'), seg('pages', '100-110')]);
    expect(c).toMatchObject({ volume: '45', issue: '87', page: '100-110' });
  });
});
