// The bundled paper's title page: title, authors, conference, kind and publisher front matter.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/core/document';
import { paperSource } from './helpers';

const doc = parseDocument(paperSource());

describe('the bundled paper: metadata', () => {
  it('reads the title from the # heading', () => {
    expect(doc.meta.title).toBe(
      'Multilayered Migration Governance: The Partnership Approach in the EU and Beyond',
    );
  });

  it('reads both authors with their affiliations', () => {
    expect(doc.meta.authors).toEqual([
      { name: 'Sandra Lavenex', affiliation: 'University of Lucerne' },
      { name: 'Marion Panizzon', affiliation: 'University of Bern' },
    ]);
  });

  it('reads the conference name, place and dates, with ISO first and last day', () => {
    expect(doc.meta.conference).toEqual({
      name: 'UNRISD Conference Regional Governance of Migration and Socio-Political Rights: Institutions, Actors and Processes',
      place: 'Geneva, Switzerland',
      dates: '14-15 January 2013',
      startDate: '2013-01-14',
      endDate: '2013-01-15',
    });
  });

  it('reads the kind from "Draft paper prepared for the … Conference"', () => {
    expect(doc.meta.kind).toBe('draft conference paper');
  });

  it('keeps the publisher boilerplate as front matter', () => {
    const front = doc.meta.frontMatter.join('\n');
    expect(front).toContain('United Nations Research Institute for Social Development');
    expect(front).toContain('Tel: +41 (0)22 9173020');
    expect(front).toContain('Copyright © United Nations Research Institute for Social Development');
    expect(front).toContain('This is not a formal UNRISD publication.');
    expect(front).toContain('Fritz Thyssen Stiftung');
    // Links keep their text, not their Markdown.
    expect(front).toContain('info@unrisd.org');
    expect(front).not.toContain('](');
    // Hard line breaks of the address stay line breaks.
    expect(doc.meta.frontMatter).toContain(
      'UNRISD, Palais des Nations\n1211 Geneva 10, Switzerland',
    );
  });

  it('puts none of the front matter, title or author lines in the body text', () => {
    for (const needle of [
      '9173020',
      'Copyright',
      'Palais des Nations',
      'not a formal UNRISD publication',
      'Fritz Thyssen',
      'ARNOLD',
      'Comparative Regional Integration Studies',
      'Sandra Lavenex, University of Lucerne',
      'Draft paper prepared',
      'Multilayered Migration Governance: The Partnership Approach',
    ]) {
      expect(doc.text).not.toContain(needle);
      expect(doc.blocks.some((b) => b.text.includes(needle))).toBe(false);
    }
  });

  it('does not repeat metadata in the front matter', () => {
    const front = doc.meta.frontMatter.join('\n');
    expect(front).not.toContain('Sandra Lavenex');
    expect(front).not.toContain('Draft paper prepared');
    expect(front).not.toContain('Multilayered Migration Governance');
  });
});
