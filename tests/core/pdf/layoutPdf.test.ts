import { describe, expect, it } from 'vitest';
import { layoutPdf, pageAtOffset, pdfText } from '../../../src/core/pdf';
import { publicationYear } from '../../../src/core/pdf/titleBlock';
import { column, FONTS, item, page } from './layoutFixtures';

// Left column at x=50 (text up to ~290 at 10 pt: 48 characters), right column at x=320.
const leftA = [
  'Water governance has moved from hierarchical con-',
  'trol towards polycentric arrangements in which',
  'many actors share responsibility [1]. The idea of',
  'social learning, developed by Pahl-',
  'Wostl, places deliberation at its centre [2].',
];
const rightA = [
  'Floods test these arrangements. In the Rhine ba-',
  'sin the flood of 1995 triggered a reorganisation',
  'of early-warning systems and floodplain work.',
  'Comparable effects were seen in the Danube after',
  'the floods of 2002, and in the Elbe basin after',
  'the floods of the same summer in Saxony.',
];

function twoColumnPaper() {
  const first = page(1, [
    item('Adaptive Water Governance in River Basins', 100, 90, 18, 'bold'),
    item('Maria Keller and Tomas Lindqvist', 180, 120, 12),
    item('Department of Geography, University of Bern', 170, 138, 9),
    item('doi:10.5555/jwgs.2024.0117', 210, 150, 9),
    item('Abstract', 50, 180, 11, 'bold'),
    // A one-column abstract over the two-column text: its lines span the page.
    ...column(
      [
        'River basins shared by several states pose hard coordination problems for the states that',
        'share them; we examine how adaptive arrangements respond to floods and to droughts.',
      ],
      50,
      196,
    ),
    item('1 Introduction', 50, 240, 12, 'bold'),
    ...column(leftA, 50, 258),
    ...column(rightA, 320, 240),
    item('Figure 1. Basins studied, by riparian state.', 320, 336, 9),
    // A table: one row cut into cells.
    item('Basin', 320, 366),
    item('Floods', 400, 366),
    item('Droughts', 460, 366),
    item('Rhine', 320, 378),
    item('7', 400, 378),
    item('1', 460, 378),
  ]);
  // A citation number raised above the baseline, and a footnote marker with its footnote.
  const second = page(2, [
    item('Donor funding shapes the agenda of the basin', 50, 90),
    item('organisations', 50, 102),
    item('3', 115, 98, 6),
    item(' and their staff.', 117, 102),
    item('Secretariats differ in independence', 50, 114),
    item('a', 224, 110, 6),
    item('.', 227, 114),
    item('References', 320, 90, 11, 'bold'),
    ...column(
      [
        '1. Ostrom E. Governing the Commons. Cambridge:',
        'Cambridge University Press; 1990.',
        '2. Pahl-Wostl C. A conceptual framework for ana-',
        'lysing adaptive capacity. Global Environ Change.',
      ],
      320,
      106,
    ),
    item('a', 50, 700, 6),
    item('Independent when its staff are not seconded.', 54, 704, 8),
  ]);
  const third = page(3, [
    ...column(
      [
        '2009;19(3):354–365.',
        '3. Dietz T, Ostrom E, Stern PC. The struggle to',
        'govern the commons. Science. 2003;302:1907–1912.',
      ],
      50,
      90,
    ),
  ]);
  return layoutPdf({ pages: [first, second, third], fonts: FONTS });
}

describe('layoutPdf on a two-column paper', () => {
  const layout = twoColumnPaper();
  const running = layout.passages.filter((p) => p.kind === 'paragraph').map((p) => p.text);

  it('reads the title block: title, authors, affiliation and DOI', () => {
    expect(layout.titleBlock).toEqual({
      title: 'Adaptive Water Governance in River Basins',
      authors: ['Maria Keller', 'Tomas Lindqvist'],
      affiliations: ['Department of Geography, University of Bern'],
      doi: '10.5555/jwgs.2024.0117',
      year: null,
    });
  });

  it('reads the one-column abstract first, then the left column, then the right', () => {
    expect(layout.abstract).toMatch(/^River basins shared/);
    const intro = running.findIndex((t) => t.startsWith('Water governance'));
    const floods = running.findIndex((t) => t.startsWith('Floods test'));
    expect(intro).toBeGreaterThan(running.findIndex((t) => t.startsWith('River basins')));
    expect(floods).toBeGreaterThan(intro);
    expect(layout.twoColumnPages).toContain(1);
  });

  it('joins words hyphenated at line ends and keeps real hyphens', () => {
    const intro = running.find((t) => t.startsWith('Water governance'))!;
    expect(intro).toContain('hierarchical control towards');
    expect(intro).toContain('developed by Pahl-Wostl, places');
    expect(running.find((t) => t.startsWith('Floods'))).toContain('In the Rhine basin the flood');
  });

  it('drops running headers and page numbers', () => {
    const all = layout.passages.map((p) => p.text).join('\n');
    expect(all).not.toContain('Journal of Synthetic Studies');
    expect(layout.passages.some((p) => /^\d+$/.test(p.text))).toBe(false);
  });

  it('finds headings, and keeps captions and tables out of the running text', () => {
    expect(
      layout.passages.find((p) => p.kind === 'heading' && p.text === '1 Introduction'),
    ).toBeTruthy();
    expect(layout.passages.find((p) => p.kind === 'caption')?.text).toMatch(/^Figure 1\./);
    expect(layout.passages.find((p) => p.kind === 'table')?.text).toContain(
      'Basin | Floods | Droughts',
    );
    expect(running.join(' ')).not.toMatch(/Figure 1|Droughts/);
  });

  it('marks a raised number as a citation and a raised letter with its footnote as a footnote marker', () => {
    const donor = layout.passages.find((p) => p.text.startsWith('Donor funding'))!;
    const citation = donor.marks.find((m) => m.kind === 'citation')!;
    expect(donor.text.slice(citation.start, citation.end)).toBe('3');
    const footnote = layout.passages.find((p) => p.kind === 'footnote')!;
    expect(footnote.text).toMatch(/^a ?Independent when/);
    expect(footnote.page).toBe(2);
  });

  it('splits the reference list into numbered entries across columns and pages', () => {
    expect(layout.references.map((r) => [r.label, r.page])).toEqual([
      ['1', 2],
      ['2', 2],
      ['3', 3],
    ]);
    expect(layout.references[1]!.raw).toBe(
      'Pahl-Wostl C. A conceptual framework for analysing adaptive capacity. Global Environ Change. 2009;19(3):354–365.',
    );
    expect(layout.passages.map((p) => p.text).join(' ')).not.toContain('Governing the Commons');
  });

  it('gives every passage its page, and the joined text pages by offset', () => {
    const text = pdfText(layout);
    const at = text.text.indexOf('Donor funding');
    expect(pageAtOffset(text, at)).toBe(2);
    expect(pageAtOffset(text, text.text.indexOf('Water governance'))).toBe(1);
    expect(text.superscripts.map((s) => text.text.slice(s.start, s.end))).toEqual(['3']);
    expect(text.notes.map((n) => n.label)).toEqual(['a']);
  });
});

describe('layoutPdf on an author-year list with hanging indents', () => {
  it('starts an entry at each line out at the margin', () => {
    const layout = layoutPdf({
      fonts: FONTS,
      pages: [
        page(1, [
          item('References', 50, 90, 12, 'bold'),
          item('Betts, A. (2011). Global Migration Governance. Oxford:', 50, 110),
          item('Oxford University Press.', 65, 122),
          item('Boswell, C. (2003). The external dimension of EU immi-', 50, 134),
          item('gration and asylum policy. International Affairs, 79(3),', 65, 146),
          item('619–638.', 65, 158),
          item('Geddes, A. (2005). Europe’s border relationships.', 50, 170),
        ]),
      ],
    });
    expect(layout.references.map((r) => r.raw)).toEqual([
      'Betts, A. (2011). Global Migration Governance. Oxford: Oxford University Press.',
      'Boswell, C. (2003). The external dimension of EU immigration and asylum policy. International Affairs, 79(3), 619–638.',
      'Geddes, A. (2005). Europe’s border relationships.',
    ]);
    expect(layout.references.every((r) => r.label === null)).toBe(true);
  });
});

describe('layoutPdf on the end of a numbered list', () => {
  const layout = layoutPdf({
    fonts: FONTS,
    pages: [
      page(1, [
        item('References', 50, 90, 12, 'bold'),
        item(
          '1. CICES. Common International Classification of Ecosystem Services. 2013. http://',
          50,
          110,
        ),
        item('cices.eu.', 65, 122),
        item('2. Zs M. Pasture heterogeneity. Rangel Ecol Manage. 2014;67:107–18.', 50, 134),
        item('3. Berkes F, Colding J. Navigating social-ecological systems. Cambridge:', 50, 146),
        item('Cambridge University Press; 2003.', 65, 158),
        item('doi:10.1186/1746-4269-11-3', 50, 187),
        item('Cite this article as: Molnár et al.: Landscape ethnoecological knowledge', 50, 199),
        item('base. Journal of Ethnobiology and Ethnomedicine 2015 11:3.', 50, 211),
      ]),
    ],
  });

  it('joins a URL cut right after "http://" without a space', () => {
    expect(layout.references[0]!.raw).toBe(
      'CICES. Common International Classification of Ecosystem Services. 2013. http://cices.eu.',
    );
  });

  it('leaves text set apart below the last entry (the paper’s DOI, “Cite this article as”) out of it', () => {
    expect(layout.references.map((r) => r.label)).toEqual(['1', '2', '3']);
    expect(layout.references[2]!.raw).toBe(
      'Berkes F, Colding J. Navigating social-ecological systems. Cambridge: Cambridge University Press; 2003.',
    );
  });
});

describe('layoutPdf with DOIs kept only in link annotations', () => {
  // Publishers such as F1000 print "Publisher Full Text" under an entry and link it to the DOI.
  const layout = layoutPdf({
    fonts: FONTS,
    pages: [
      {
        ...page(1, [
          item('This article is distributed under a Creative Commons licence.', 50, 70),
          item('References', 50, 90, 12, 'bold'),
          item('Kohler NE, Turner PA: Shark tagging: a review. Environ', 50, 110),
          item('Biol Fish. 2001; 60: 191–223.', 65, 122),
          item('Publisher Full Text', 50, 134),
          item('Xiao Y, Brown LP: Tag shedding. Fish Bull. 1999; 97: 170–184.', 50, 146),
        ]),
        links: [
          { url: 'http://dx.doi.org/10.1023/A%3A1007679303082', x0: 50, x1: 140, y0: 126, y1: 136 },
          { url: 'https://doi.org/10.9999/licence', x0: 50, x1: 300, y0: 61, y1: 72 },
        ],
      },
    ],
  });

  it('gives an entry the DOI its link button points to, and no entry a link from elsewhere', () => {
    expect(layout.references.map((r) => r.doi ?? null)).toEqual(['10.1023/A:1007679303082', null]);
    expect(layout.references[0]!.raw).toBe(
      'Kohler NE, Turner PA: Shark tagging: a review. Environ Biol Fish. 2001; 60: 191–223.',
    );
  });

  it('writes the linked DOI after the entry for the reference parser', () => {
    const text = pdfText(layout).text;
    expect(text).toContain('191–223. doi:10.1023/A:1007679303082');
    expect(text).not.toContain('10.9999');
  });
});

describe('publicationYear', () => {
  it('reads the year after "Published", else the copyright year, else after "Accepted"', () => {
    const page = [
      'From February 2006 to November 2014, we collected data',
      'Received 29 June 2015; Accepted 29 September 2015',
      'Copyright © 2016 Fabio Caviggioli et al.',
    ].join('\n');
    expect(publicationYear(page)).toBe('2016');
    expect(publicationYear(`${page}\nPublished: December 31, 2017`)).toBe('2017');
    expect(publicationYear('Received 29 June 2015; Accepted 29 September 2015')).toBe('2015');
  });

  it('takes no year from the running text, a grant number or a study period', () => {
    expect(publicationYear('Grant No. 60/P4M/1993. From 2006 to 2014 we sampled.')).toBeNull();
  });
});
