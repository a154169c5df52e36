// Linking citations to reference entries, unresolved and unused reports, notes and style detection.
import { describe, expect, it } from 'vitest';
import { analyseReferencesAndCitations } from '../../../src/core/references';

/** A paper: body, then an author-year reference list. */
const paper = (body: string, entries: string[]): string =>
  `${body}\n\n## References\n\n${entries.join('\n\n')}\n`;

const links = (text: string) => {
  const a = analyseReferencesAndCitations(text);
  const index = new Map(a.references.map((r, k) => [r.id, k + 1]));
  return a.citations.map((c) => [c.raw, c.referenceId ? index.get(c.referenceId) : null]);
};

describe('author-year links', () => {
  it('tolerates et al., diacritics, particles and a narrative given name', () => {
    const text = paper(
      'As Smith et al. (2019) and Köhler (2011) show, van der Berg (2016) and Alexander Betts (2013) agree.',
      [
        'Betts, A. (2013). Survival migration. Cornell University Press.',
        'Kohler, G. (2011). Regional governance. Routledge.',
        'Smith, J., Jones, K., & Lee, C. (2019). A study. Journal, 1, 2–3.',
        'Van der Berg, S. (2016). Reviews. Routledge.',
      ],
    );
    expect(links(text)).toEqual([
      ['Smith et al. (2019)', 3],
      ['Köhler (2011)', 2],
      ['van der Berg (2016)', 4],
      ['Alexander Betts (2013)', 1],
    ]);
  });

  it('tells 2011a from 2011b and n.d.-a from n.d.-b', () => {
    const text = paper('(Betts 2011b; Betts 2011a; Okafor, n.d.-b)', [
      'Betts, A. (2011a). One. P.',
      'Betts, A. (2011b). Two. P.',
      'Okafor, C. (n.d.-a). Three.',
      'Okafor, C. (n.d.-b). Four.',
    ]);
    expect(links(text).map((l) => l[1])).toEqual([2, 1, 4]);
  });

  it('needs every named co-author: "Smith and Jones" is not "Smith and Lee"', () => {
    const a = analyseReferencesAndCitations(
      paper('(Smith and Jones 2019)', ['Smith, J., & Lee, C. (2019). A study. J.']),
    );
    expect(a.citations[0]?.referenceId).toBeNull();
    expect(a.unresolved[0]?.reason).toMatch(
      /no reference entry for Smith and Jones 2019; the list has Smith, Lee 2019 \(r1\)/,
    );
  });

  it('resolves an abbreviation to the body that introduced it', () => {
    const text = paper(
      'The International Labour Organization (ILO, 2020) warns; later (ILO, 2020, p. 3) it adds. Meals (World Food Programme [WFP], 2019) and (WFP, 2019).',
      [
        'International Labour Organization. (2020). World employment. ILO.',
        'World Food Programme. (2019). School feeding. WFP.',
      ],
    );
    expect(links(text).map((l) => l[1])).toEqual([1, 1, 2, 2]);
  });

  it('reports an ambiguous citation with the entries it could mean', () => {
    const a = analyseReferencesAndCitations(
      paper('(Betts 2011)', ['Betts, A. (2011). One. P.', 'Betts, A. (2011). Two. P.']),
    );
    expect(a.unresolved).toEqual([
      { citationId: 'c1', reason: 'ambiguous: 2 reference entries match Betts 2011 (r1, r2)' },
    ]);
  });

  it('reports the year a name has when the cited one is missing, and the unused entry', () => {
    const a = analyseReferencesAndCitations(
      paper('(Hirsch 2015)', ['Hirsch, P. (2016). Dams. P.']),
    );
    expect(a.unresolved[0]?.reason).toBe('no reference entry for Hirsch 2015: Hirsch has 2016');
    expect(a.unused).toEqual(['r1']);
  });

  it('gives an ibid the link of the citation it repeats', () => {
    const text = paper('(Betts 2011: 4). Again (ibid.: 5).', ['Betts, A. (2011). One. P.']);
    const a = analyseReferencesAndCitations(text);
    expect(a.citations.map((c) => [c.ibid, c.referenceId])).toEqual([
      [false, 'r1'],
      [true, 'r1'],
    ]);
  });
});

describe('numeric links', () => {
  it('links numbers to labels and reports a number the list lacks', () => {
    const text =
      'Cited [1], [3] and [4].\n\nReferences\n\n[1] A. One, 2001.\n[2] B. Two, 2002.\n[3] C. Three, 2003.\n';
    const a = analyseReferencesAndCitations(text);
    expect(a.citations.map((c) => [c.number, c.referenceId])).toEqual([
      [1, 'r1'],
      [3, 'r3'],
      [4, null],
    ]);
    expect(a.unresolved).toEqual([
      { citationId: 'c3', reason: 'no reference entry numbered 4 (the list ends at 3)' },
    ]);
    expect(a.unused).toEqual(['r2']);
  });
});

describe('notes style', () => {
  const text = [
    'A claim.[^1] Another.[^2] A third.[^3] A fourth.[^4]',
    '',
    '[^1]: Alexander Betts, *Survival Migration* (Ithaca: Cornell University Press, 2013), 41.',
    '[^2]: Ibid., 45.',
    '[^3]: Betts, "Soft Law," 533; see also Hathaway, *Rights of Refugees*, 12.',
    '[^4]: This is my own remark, not a citation.',
    '',
    '## Bibliography',
    '',
    'Betts, Alexander. "Soft Law and the Protection of Vulnerable Migrants." *Georgetown Immigration Law Journal* 24 (2010): 533–52.',
    '',
    'Betts, Alexander. *Survival Migration*. Ithaca: Cornell University Press, 2013.',
    '',
    'Hathaway, James C. *The Rights of Refugees under International Law*. Cambridge: Cambridge University Press, 2005.',
  ].join('\n');

  it('reads full notes, ibid and short forms, each linked, with its note and locator', () => {
    const a = analyseReferencesAndCitations(text);
    expect(a.style).toBe('notes');
    expect(
      a.citations.map((c) => [c.noteId, c.referenceId, c.locator, c.ibid, c.ibidOf, c.prefix]),
    ).toEqual([
      ['fn1', 'r2', '41', false, null, null],
      ['fn2', 'r2', '45', true, 'c1', null],
      ['fn3', 'r1', '533', false, null, null],
      ['fn3', 'r3', '12', false, null, 'see also'],
    ]);
    expect(a.citations[0]!.raw).toMatch(/^Alexander Betts, \*Survival Migration\*/);
    expect(text.slice(a.citations[1]!.start, a.citations[1]!.end)).toBe('Ibid., 45');
  });

  it('takes note offsets from the notes kept apart by a document model', () => {
    const a = analyseReferencesAndCitations({
      text: 'A claim.\n\nBibliography\n\nBetts, Alexander. Survival Migration. Ithaca: Cornell UP, 2013.\n',
      notes: [{ id: 'fn1', label: '1', text: 'Betts, Survival Migration, 41.', offset: null }],
    });
    expect(a.citations.map((c) => [c.noteId, c.start, c.end, c.referenceId])).toEqual([
      ['fn1', 0, 29, 'r1'],
    ]);
  });
});

describe('style detection and override', () => {
  const numeric = 'As shown [1] and [2].\n\nReferences\n\n[1] A. One, 2001.\n[2] B. Two, 2002.\n';

  it('detects numeric from a numbered list, author-year otherwise', () => {
    expect(analyseReferencesAndCitations(numeric).style).toBe('numeric');
    expect(
      analyseReferencesAndCitations(paper('(Smith 2001)', ['Smith, J. (2001). T.'])).style,
    ).toBe('author-year');
  });

  it('detects numeric superscripts with an unnumbered list', () => {
    const text = paper('Salt matters.<sup>1</sup> And more.<sup>2</sup>', [
      'Smith J. One. 2001.',
      'Jones K. Two. 2002.',
    ]);
    const a = analyseReferencesAndCitations(text);
    expect(a.style).toBe('numeric');
    expect(a.citations.map((c) => c.referenceId)).toEqual(['r1', 'r2']);
  });

  it('follows the style the user chose', () => {
    const a = analyseReferencesAndCitations(numeric, { style: 'author-year' });
    expect(a).toMatchObject({ style: 'author-year', styleOverridden: true, citations: [] });
  });

  it('reads nothing from the reference list itself', () => {
    const a = analyseReferencesAndCitations(
      paper('No citations here.', ['Smith, J. (2001). See (Jones 1999) and [3].']),
    );
    expect(a.citations).toEqual([]);
  });

  it('keeps code and maths out', () => {
    const a = analyseReferencesAndCitations(
      'Code `x[1]` and $a[2]$ and\n\n```\ny[3] = (Smith 2001)\n```\n\nReferences\n\n[1] A. One, 2001.\n[2] B. Two.\n[3] C. Three.\n',
    );
    expect(a.citations).toEqual([]);
  });
});

describe('notes style without a bibliography', () => {
  it('takes the first full note of each work for its entry and links short forms to it', () => {
    const text = [
      'One.[^1] Two.[^2] Three.[^3] Four.[^4]',
      '',
      '[^1]: Alexander Betts, *Survival Migration* (Ithaca: Cornell University Press, 2013), 41.',
      '[^2]: James C. Hathaway, *The Rights of Refugees* (Cambridge: Cambridge University Press, 2005), 12.',
      '[^3]: Betts, *Survival Migration*, 54.',
      '[^4]: Ibid., 60.',
    ].join('\n');
    const a = analyseReferencesAndCitations(text);
    expect(a.style).toBe('notes');
    expect(a.references.map((r) => [r.id, r.noteId, r.label])).toEqual([
      ['r1', 'fn1', null],
      ['r2', 'fn2', null],
    ]);
    expect(a.references[0]!.raw).toMatch(/^Alexander Betts, \*?Survival Migration/);
    expect(a.citations.map((c) => c.referenceId)).toEqual(['r1', 'r2', 'r1', 'r1']);
    expect(a.unused).toEqual([]);
  });
});

describe('author-year entries as F1000 and other Vancouver-like lists print them', () => {
  const analysis = analyseReferencesAndCitations(
    paper(
      'Tagging helps (Kohler & Turner, 2001). Growth was modelled (Driggers et al., 2004; Frazier et al., 2014), as in the Atlantic (Loefer & Sedberry, 2003).',
      [
        'Driggers WB III, Carlson JK, Cullum BJ, et al.: Age and growth of the blacknose shark. Environ Biol Fish. 2004; 71(2): 171–8.',
        'Frazier BS, Driggers WB III, Adams DH, et al.: Validated age, growth and maturity of the bonnethead. J Fish Biol. 2014. in press.',
        'Kohler NE, Turner PA: Shark tagging: a review of conventional methods and studies. Environ Biol Fish. 2001; 60(1–3): 191–223.',
        'Loefer JK, Sedberry GR: Life history of the Atlantic sharpnose shark (Rhizoprionodon terraenovae) (Richardson, 1836) off the Southeastern United States. Fish Bull. 2003; 101: 75–88.',
      ],
    ),
  );
  const entryOf = (raw: string) =>
    analysis.references.findIndex(
      (r) => r.id === analysis.citations.find((c) => c.raw.includes(raw))?.referenceId,
    ) + 1;

  it('ends the names at the colon, drops a generational suffix and takes the year before "in press"', () => {
    expect(analysis.unresolved).toEqual([]);
    expect([entryOf('Kohler'), entryOf('Driggers'), entryOf('Frazier'), entryOf('Loefer')]).toEqual(
      [3, 1, 2, 4],
    );
  });

  it('gives an entry the year its citations cite when the parser read a year from its title', () => {
    expect(analysis.references[3]!.csl.issued).toEqual({ 'date-parts': [[2003]] });
  });

  it('writes an abbreviated page range out in full', () => {
    expect(analysis.references.map((r) => r.csl.page)).toEqual([
      '171-178',
      undefined,
      '191-223',
      '75-88',
    ]);
  });
});
