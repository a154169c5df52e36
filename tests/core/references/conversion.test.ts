// The label -> CSL conversion on reference strings with their labels given (as the tagger would
// give them), so that each case tests the conversion alone, whatever the shipped model says. The
// strings are entries of the kinds found in ../shared/evals/refstrings (AnyStyle gold, GROBID).
import { describe, expect, it } from 'vitest';
import { convert } from './segmentHelpers';

describe('label -> CSL conversion: volume, issue and pages', () => {
  it('splits "16(2-3):281–305" tagged as one volume into volume, issue and pages', () => {
    const raw =
      '[40] Shu Lu and Stephen M Robinson. Normal fans of polyhedral convex sets. Set-Valued Analysis, 16(2-3):281–305, 2008.';
    const csl = convert(raw, [
      ['author', 'Shu Lu and Stephen M Robinson.'],
      ['title', 'Normal fans of polyhedral convex sets.'],
      ['container-title', 'Set-Valued Analysis,'],
      ['volume', '16(2-3):281–305,'],
      ['date', '2008.'],
    ]);
    expect(csl).toMatchObject({ volume: '16', issue: '2-3', page: '281-305' });
  });

  it('splits an issue run into its pages ("(3):491–514" tagged as the issue)', () => {
    const raw =
      'Vamvatsikos, D. and Cornell, C. A. (2002). Incremental dynamic analysis. Earthquake Engineering & Structural Dynamics, 31(3):491–514.';
    const csl = convert(raw, [
      ['author', 'Vamvatsikos, D. and Cornell, C. A.'],
      ['date', '(2002).'],
      ['title', 'Incremental dynamic analysis.'],
      ['container-title', 'Earthquake Engineering & Structural Dynamics,'],
      ['volume', '31'],
      ['issue', '(3):491–514.'],
    ]);
    expect(csl).toMatchObject({ volume: '31', issue: '3', page: '491-514' });
  });

  it('drops the year before a Vancouver volume and reads a lost closing bracket', () => {
    const raw = 'Lee K, Park J. Sleep and memory. Sleep Med Rev. 2019;14(3):153-60.';
    expect(
      convert(raw, [
        ['author', 'Lee K, Park J.'],
        ['title', 'Sleep and memory.'],
        ['container-title', 'Sleep Med Rev.'],
        ['volume', '2019;14(3):153-60.'],
      ]),
    ).toMatchObject({ volume: '14', issue: '3', page: '153-60' });
    const lost = 'Smith, J. (2001). A title. Journal of Things, 98(2';
    expect(
      convert(lost, [
        ['author', 'Smith, J.'],
        ['date', '(2001).'],
        ['title', 'A title.'],
        ['container-title', 'Journal of Things,'],
        ['volume', '98(2'],
      ]),
    ).toMatchObject({ volume: '98', issue: '2' });
  });

  it('reads roman volumes with their issue ("xv, no. 3") and keeps "vi" whole', () => {
    const raw = 'Blanc, P. "Le roman." Revue des études, xv, no. 3 (1921): 12–40.';
    const csl = convert(raw, [
      ['author', 'Blanc, P.'],
      ['title', '"Le roman."'],
      ['container-title', 'Revue des études,'],
      ['volume', 'xv, no. 3'],
      ['date', '(1921):'],
      ['pages', '12–40.'],
    ]);
    expect(csl).toMatchObject({ volume: 'xv', issue: '3', page: '12-40' });
    const six = 'Durand, M. Histoire. Paris, vol. vi, p. 12.';
    expect(
      convert(six, [
        ['author', 'Durand, M.'],
        ['title', 'Histoire.'],
        ['location', 'Paris,'],
        ['volume', 'vol. vi,'],
        ['pages', 'p. 12.'],
      ]).volume,
    ).toBe('vi');
  });

  it("takes the number after the volume's colon as the issue when the pages are tagged", () => {
    const raw =
      'Brown, S., Ross, S., 1992. Survivorship Bias in Performance Studies. Review of Financial Studies, 5: 4, pp.553-580.';
    const csl = convert(raw, [
      ['author', 'Brown, S., Ross, S.,'],
      ['date', '1992.'],
      ['title', 'Survivorship Bias in Performance Studies.'],
      ['container-title', 'Review of Financial Studies,'],
      ['volume', '5: 4,'],
      ['pages', 'pp.553-580.'],
    ]);
    expect(csl).toMatchObject({ volume: '5', issue: '4', page: '553-580' });
  });

  it("takes the number after the volume's comma as the issue when the pages are tagged", () => {
    const raw =
      'M. Reiman, and B. Simon. An Interpolation Approximation. Operations Research 36, 3 (1988), 454-469.';
    const csl = convert(raw, [
      ['author', 'M. Reiman, and B. Simon.'],
      ['title', 'An Interpolation Approximation.'],
      ['container-title', 'Operations Research'],
      ['volume', '36, 3'],
      ['date', '(1988),'],
      ['pages', '454-469.'],
    ]);
    expect(csl).toMatchObject({ volume: '36', issue: '3', page: '454-469' });
    const series =
      'Bechtold N. et al., Comptes rendus Académie des Sciences Paris Serie 3, 316 : 1194-1199, 1993';
    const afterSeries = convert(series, [
      ['author', 'Bechtold N. et al.,'],
      ['container-title', 'Comptes rendus Académie des Sciences Paris Serie'],
      ['volume', '3, 316'],
      ['pages', '1194-1199,'],
      ['date', '1993'],
    ]);
    expect(afterSeries.issue).toBeUndefined();
    // The number before the comma is the series' own, part of the journal's name.
    expect(afterSeries).toMatchObject({
      'container-title': 'Comptes rendus Académie des Sciences Paris Serie 3',
      volume: '316',
      page: '1194-1199',
    });
  });

  it('reads a roman volume before the entry\'s full stop ("Vol. I.")', () => {
    const raw = 'F. DOLPHIN. The porphyrins. Vol. I. Academic Press, New York. 1978.';
    const csl = convert(raw, [
      ['author', 'F. DOLPHIN.'],
      ['title', 'The porphyrins.'],
      ['volume', 'Vol. I.'],
      ['publisher', 'Academic Press,'],
      ['location', 'New York.'],
      ['date', '1978.'],
    ]);
    expect(csl.volume).toBe('I');
  });

  it('reads a bracketed number the tagger called pages right after the volume as the issue', () => {
    const raw =
      'J. C. Leuliet, Etude de la perte de charge, Revue Generale de Thermique, 26 (308-309) (1987) 445-450.';
    const csl = convert(raw, [
      ['author', 'J. C. Leuliet,'],
      ['title', 'Etude de la perte de charge,'],
      ['container-title', 'Revue Generale de Thermique,'],
      ['volume', '26'],
      ['pages', '(308-309)'],
      ['date', '(1987)'],
      ['pages', '445-450.'],
    ]);
    expect(csl).toMatchObject({ volume: '26', issue: '308-309', page: '445-450' });
    // One bracketed page, and no volume before it, stay pages.
    const alone = 'A. Author, A title, Journal (1987) (308-309).';
    expect(
      convert(alone, [
        ['author', 'A. Author,'],
        ['title', 'A title,'],
        ['container-title', 'Journal'],
        ['date', '(1987)'],
        ['pages', '(308-309).'],
      ]),
    ).toMatchObject({ page: '308-309' });
  });

  it('reads a volume that is a year alone, in an entry with no date, as the date', () => {
    const raw =
      'Janhäll S., Andreae M. O., « Biomass burning aerosol emissions », Atmospheric Chemistry and Physic, 2010, (10) pp 1427-1439';
    const csl = convert(raw, [
      ['author', 'Janhäll S., Andreae M. O.,'],
      ['title', '« Biomass burning aerosol emissions »,'],
      ['container-title', 'Atmospheric Chemistry and Physic,'],
      ['volume', '2010,'],
      ['issue', '(10)'],
      ['pages', 'pp 1427-1439'],
    ]);
    expect(csl.issued).toEqual({ 'date-parts': [[2010]] });
    expect(csl.volume).toBeUndefined();
  });

  it('drops labels and marks around numbers: "n5", "Jg. 34", "第47号.", "84-"', () => {
    const raw = 'Rossi, A. Titolo. Rivista, Jg. 34, n5, 84-';
    const csl = convert(raw, [
      ['author', 'Rossi, A.'],
      ['title', 'Titolo.'],
      ['container-title', 'Rivista,'],
      ['volume', 'Jg. 34,'],
      ['issue', 'n5,'],
      ['pages', '84-'],
    ]);
    expect(csl).toMatchObject({ volume: '34', issue: '5', page: '84' });
    const cjk = '国土交通省(2008) 公共用綠化樹木の品質寸法規格基準. 国都緑環 第47号.';
    expect(
      convert(cjk, [
        ['author', '国土交通省'],
        ['date', '(2008)'],
        ['title', '公共用綠化樹木の品質寸法規格基準.'],
        ['container-title', '国都緑環'],
        ['issue', '第47号.'],
      ]).issue,
    ).toBe('47');
  });

  it('finds the pages after other words and drops a page count or "ff."', () => {
    const raw =
      "S. Eidenbenz; Inapproximability Results; Lecture Notes in Computer Science, Vol. 1533 (ISAAC'98), p. 427-436, 1998.";
    expect(
      convert(raw, [
        ['author', 'S. Eidenbenz;'],
        ['title', 'Inapproximability Results;'],
        ['collection-title', 'Lecture Notes in Computer Science,'],
        ['volume', 'Vol. 1533'],
        ['pages', "(ISAAC'98), p. 427-436,"],
        ['date', '1998.'],
      ]).page,
    ).toBe('427-436');
    const count = 'X. Chang, Ground states, J. Math. Phys. 54 (2013), no. 6, 061504, 10 pp.';
    expect(
      convert(count, [
        ['author', 'X. Chang,'],
        ['title', 'Ground states,'],
        ['container-title', 'J. Math. Phys.'],
        ['volume', '54'],
        ['date', '(2013),'],
        ['issue', 'no. 6,'],
        ['pages', '061504, 10 pp.'],
      ]).page,
    ).toBe('061504');
    const dash = 'Abel T., Bryan G. L., 2000, ApJ, 540, 39 —,';
    expect(
      convert(dash, [
        ['author', 'Abel T., Bryan G. L.,'],
        ['date', '2000,'],
        ['container-title', 'ApJ,'],
        ['volume', '540,'],
        ['pages', '39 —,'],
      ]).page,
    ).toBe('39');
  });
});

describe('label -> CSL conversion: titles, containers, publishers', () => {
  it('drops the "in" before a book tagged as the title, not a title\'s own "In"', () => {
    const raw =
      'Landsteiner, K., Megías, E. & Peña-Benitez, F. in Strongly Interacting Matter in Magnetic Fields (Springer, 2013).';
    expect(
      convert(raw, [
        ['author', 'Landsteiner, K., Megías, E. & Peña-Benitez, F.'],
        ['title', 'in Strongly Interacting Matter in Magnetic Fields'],
        ['publisher', '(Springer,'],
        ['date', '2013).'],
      ]).title,
    ).toBe('Strongly Interacting Matter in Magnetic Fields');
    const own = 'Peters, T. (1982). In Search of Excellence. New York: Harper.';
    expect(
      convert(own, [
        ['author', 'Peters, T.'],
        ['date', '(1982).'],
        ['title', 'In Search of Excellence.'],
        ['location', 'New York:'],
        ['publisher', 'Harper.'],
      ]).title,
    ).toBe('In Search of Excellence');
  });

  it('drops the end of a bracket opened in the field before ("1999 (b), ASP Conference Series")', () => {
    const raw = 'Bosma, A., 1999 (b), ASP Conference Series, Vol. 182, 339';
    expect(
      convert(raw, [
        ['author', 'Bosma, A.,'],
        ['date', '1999 (b'],
        ['container-title', '), ASP Conference Series,'],
        ['volume', 'Vol. 182,'],
        ['pages', '339'],
      ])['container-title'],
    ).toBe('ASP Conference Series');
  });

  it('keeps matched closing marks and drops separators and German quotes at the ends', () => {
    const raw =
      'Hirsch, E. „Avant-propos“. In: Trends in Cd(II) transport –, Federal Register /, 2001.';
    const csl = convert(raw, [
      ['author', 'Hirsch, E.'],
      ['title', '„Avant-propos“.'],
      ['container-title', 'In: Trends in Cd(II) transport –,'],
      ['collection-title', 'Federal Register /,'],
      ['date', '2001.'],
    ]);
    expect(csl).toMatchObject({
      title: 'Avant-propos',
      'container-title': 'Trends in Cd(II) transport',
      'collection-title': 'Federal Register',
    });
    const odysseia = 'Kirk, G. The role of Telemachus in the «Odysseia». Glotta 1, 1960.';
    expect(
      convert(odysseia, [
        ['author', 'Kirk, G.'],
        ['title', 'The role of Telemachus in the «Odysseia».'],
        ['container-title', 'Glotta'],
        ['volume', '1,'],
        ['date', '1960.'],
      ]).title,
    ).toBe('The role of Telemachus in the «Odysseia»');
  });

  it('drops "Eng. In:" and "presented at the" before a container, not the "In" of In Vivo', () => {
    const raw = 'Lee, J. 2012. Gene maps. Eng. In:Nature Biotechnology 30(2):12-19.';
    expect(
      convert(raw, [
        ['author', 'Lee, J.'],
        ['date', '2012.'],
        ['title', 'Gene maps.'],
        ['container-title', 'Eng. In:Nature Biotechnology'],
        ['volume', '30(2):12-19.'],
      ])['container-title'],
    ).toBe('Nature Biotechnology');
    const meeting =
      'Ray, K. (2015). Cohorts. Paper presented at the Australian Association for Research in Education (AARE), Perth.';
    expect(
      convert(meeting, [
        ['author', 'Ray, K.'],
        ['date', '(2015).'],
        ['title', 'Cohorts.'],
        [
          'container-title',
          'Paper presented at the Australian Association for Research in Education (AARE),',
        ],
        ['location', 'Perth.'],
      ])['container-title'],
    ).toBe('Australian Association for Research in Education (AARE)');
    const vivo = 'Ito, H. (2001). Tumour growth. In Vivo, 15(2), 101–110.';
    expect(
      convert(vivo, [
        ['author', 'Ito, H.'],
        ['date', '(2001).'],
        ['title', 'Tumour growth.'],
        ['container-title', 'In Vivo,'],
        ['volume', '15(2),'],
        ['pages', '101–110.'],
      ])['container-title'],
    ).toBe('In Vivo');
  });

  it('drops "Published by" and "Ed." before a publisher', () => {
    const raw = 'Dubois, J. (1994). Chimie. Ed. De Boeck Université, Bruxelles.';
    expect(
      convert(raw, [
        ['author', 'Dubois, J.'],
        ['date', '(1994).'],
        ['title', 'Chimie.'],
        ['publisher', 'Ed. De Boeck Université,'],
        ['location', 'Bruxelles.'],
      ]).publisher,
    ).toBe('De Boeck Université');
  });

  it('takes the imprint after a bracket the title ran into, and no dangling bracket', () => {
    const raw =
      'F. Chen, Introduction to Plasma Physics, Vol. 1: Plasma Physics( PlenumPress ,New York ,1983 ).';
    expect(
      convert(raw, [
        ['author', 'F. Chen,'],
        ['title', 'Introduction to Plasma Physics,'],
        ['volume', 'Vol. 1:'],
        ['publisher', 'Plasma Physics( PlenumPress ,'],
        ['location', 'New York ,'],
        ['date', '1983 ).'],
      ]).publisher,
    ).toBe('PlenumPress');
    const dangling =
      'Di Francesco P 1997 Conformal Field Theory (New York: Springer) (https://doi.org/x)';
    expect(
      convert(dangling, [
        ['author', 'Di Francesco P'],
        ['date', '1997'],
        ['title', 'Conformal Field Theory'],
        ['location', '(New York:'],
        ['publisher', 'Springer) ('],
        ['url', 'https://doi.org/x)'],
      ]).publisher,
    ).toBe('Springer');
  });
});

describe('label -> CSL conversion: a journal abbreviation left before the container', () => {
  it('moves "Acad." (title) and "Bull." (author list) into the dotted container after them', () => {
    const raw =
      'H. Akbar-Zadeh, Sur les espaces de Finsler, Acad. Roy. Belg. Bull. Cl. Sci. 74 (1988), 281-322.';
    const csl = convert(raw, [
      ['author', 'H. Akbar-Zadeh,'],
      ['title', 'Sur les espaces de Finsler, Acad.'],
      ['container-title', 'Roy. Belg. Bull. Cl. Sci.'],
      ['volume', '74'],
      ['date', '(1988),'],
      ['pages', '281-322.'],
    ]);
    expect(csl).toMatchObject({
      title: 'Sur les espaces de Finsler',
      'container-title': 'Acad. Roy. Belg. Bull. Cl. Sci.',
    });
    const author = 'I. Robinson, Bull. Acad. Pol. Sci. Math. 7, 351 (1959)';
    const head = convert(author, [
      ['author', 'I. Robinson, Bull.'],
      ['title', 'Acad.'],
      ['container-title', 'Pol. Sci. Math.'],
      ['volume', '7,'],
      ['pages', '351'],
      ['date', '(1959)'],
    ]);
    expect(head).toMatchObject({
      author: [{ family: 'Robinson', given: 'I.' }],
      'container-title': 'Bull. Acad. Pol. Sci. Math.',
    });
    expect(head.title).toBeUndefined();
    const conf = convert('A. Kirkpatrick, AIP Conf. Proc., 475: 405 (1999)', [
      ['author', 'A. Kirkpatrick,'],
      ['title', 'AIP Conf.'],
      ['container-title', 'Proc.,'],
    ]);
    expect(conf['container-title']).toBe('AIP Conf. Proc.');
  });

  it('keeps the last word of a title sentence and a given name out of the container', () => {
    const raw =
      'Chae, J.S., 2014. Heavy metals in Ulsan Bay sediments, East Sea, Korea. Mar. Poll. Bull., 88(1-2): 373-382.';
    expect(
      convert(raw, [
        ['author', 'Chae, J.S.,'],
        ['date', '2014.'],
        ['title', 'Heavy metals in Ulsan Bay sediments, East Sea, Korea.'],
        ['container-title', 'Mar. Poll. Bull.,'],
      ]),
    ).toMatchObject({
      title: 'Heavy metals in Ulsan Bay sediments, East Sea, Korea',
      'container-title': 'Mar. Poll. Bull.',
    });
    const given = 'Smith, Ch. Phys. Rev. 12, 3 (1990)';
    const csl = convert(given, [
      ['author', 'Smith, Ch.'],
      ['container-title', 'Phys. Rev.'],
    ]);
    expect(csl.author).toMatchObject([{ family: 'Smith' }]);
    expect(csl['container-title']).toBe('Phys. Rev.');
  });
});

describe('label -> CSL conversion: DOIs', () => {
  it('cuts a DOI at a bracket or comma the entry ran into it, keeps its own brackets', () => {
    const raw =
      'Vucetic, M. (1988), Degradation of clays, J. Geotech. Eng., 114(2), 133-149. https://doi.org/10.1061/(ASCE)0733-9410(1988)114:2(133).';
    expect(
      convert(raw, [
        ['author', 'Vucetic, M.'],
        ['date', '(1988),'],
        ['title', 'Degradation of clays,'],
        ['container-title', 'J. Geotech. Eng.,'],
        ['volume', '114(2),'],
        ['pages', '133-149.'],
        ['url', 'https://doi.org/10.1061/(ASCE)0733-9410(1988)114:2(133).'],
      ]).DOI,
    ).toBe('10.1061/(ASCE)0733-9410(1988)114:2(133)');
    const arxiv = 'A. Bzowski, JHEP 11 (2013) 074, doi:10.1007/JHEP11(2013)074[arXiv:1304.7760]';
    expect(
      convert(arxiv, [
        ['author', 'A. Bzowski,'],
        ['container-title', 'JHEP'],
        ['volume', '11'],
        ['date', '(2013)'],
        ['pages', '074,'],
        ['doi', 'doi:10.1007/JHEP11(2013)074[arXiv:1304.7760]'],
      ]).DOI,
    ).toBe('10.1007/JHEP11(2013)074');
    const run = 'E. Joos, Decoherence. Springer, 2003. doi:10.1007/bf02345020.URLhttps://doi.org/x';
    expect(
      convert(run, [
        ['author', 'E. Joos,'],
        ['title', 'Decoherence.'],
        ['publisher', 'Springer,'],
        ['date', '2003.'],
        ['doi', 'doi:10.1007/bf02345020.URLhttps://doi.org/x'],
      ]).DOI,
    ).toBe('10.1007/bf02345020');
  });

  it('takes the DOI from the segment that holds one, not a label or an item id split from it', () => {
    const raw =
      'Verdin, E. 2003. Class II histone deacetylases. Trends Genet 19 (5):286-93. doi: S0168-9525(03)00073-8 [pii] 10.1016/S0168-9525(03)00073-8.';
    expect(
      convert(raw, [
        ['author', 'Verdin, E.'],
        ['date', '2003.'],
        ['title', 'Class II histone deacetylases.'],
        ['container-title', 'Trends Genet'],
        ['volume', '19'],
        ['issue', '(5):'],
        ['pages', '286-93.'],
        ['doi', 'doi:'],
        ['note', 'S0168-9525(03)00073-8'],
        ['doi', '[pii] 10.1016/S0168-9525(03)00073-8.'],
      ]).DOI,
    ).toBe('10.1016/S0168-9525(03)00073-8');
  });
});

describe('label -> CSL conversion: names', () => {
  const authors = (raw: string, list: string) =>
    convert(raw, [
      ['author', list],
      ['title', 'A title.'],
    ]).author;

  it('reads "HG" and "ED" after a Vancouver name as initials, "(dir.)." as an editor mark', () => {
    expect(authors('Dayer JM, Welgus HG. A title.', 'Dayer JM, Welgus HG.')).toEqual([
      { family: 'Dayer', given: 'JM' },
      { family: 'Welgus', given: 'HG' },
    ]);
    expect(authors('Smith ED. A title.', 'Smith ED.')).toEqual([{ family: 'Smith', given: 'ED' }]);
    expect(authors('A.-C. JUCOBIN (dir.). A title.', 'A.-C. JUCOBIN (dir.).')).toEqual([
      { family: 'JUCOBIN', given: 'A.-C.' },
    ]);
  });

  it('reads a family name in capitals before its initials, and drops a dash before the list', () => {
    expect(
      authors('BONIFAY M., CARRE M.-B., RIGOIR Y. A title.', 'BONIFAY M., CARRE M.-B., RIGOIR Y.'),
    ).toEqual([
      { family: 'BONIFAY', given: 'M.' },
      { family: 'CARRE', given: 'M.-B.' },
      { family: 'RIGOIR', given: 'Y.' },
    ]);
    expect(authors('- D. FAUSSER, A title.', '- D. FAUSSER,')).toEqual([
      { family: 'FAUSSER', given: 'D.' },
    ]);
    // "7-Taghipour M": the dash after the entry's number, run into the first name.
    expect(authors('7-Taghipour M, Razmkon A. A title.', '-Taghipour M, Razmkon A.')).toEqual([
      { family: 'Taghipour', given: 'M' },
      { family: 'Razmkon', given: 'A' },
    ]);
  });

  it('ends the people at "et al." and drops the group named after them', () => {
    const raw = 'C. Amsler et al. (Particle Data Group), A title.';
    const csl = convert(raw, [
      ['author', 'C. Amsler et al. (Particle Data Group),'],
      ['title', 'A title.'],
    ]);
    expect(csl.author).toEqual([{ family: 'Amsler', given: 'C.' }]);
    expect(csl['scholion-author-truncated']).toBe(true);
    expect(
      authors(
        'Prescott, C.Y., et al.: SLAC-E122 Collaboration, A title.',
        'Prescott, C.Y., et al.: SLAC-E122 Collaboration,',
      ),
    ).toEqual([{ family: 'Prescott', given: 'C.Y.' }]);
    expect(
      authors(
        'Selyuzhenkov I (STAR Collaboration) A title.',
        'Selyuzhenkov I (STAR Collaboration)',
      ),
    ).toEqual([{ family: 'Selyuzhenkov', given: 'I' }]);
    // A body with its acronym stays one name.
    expect(
      authors('World Health Organization (WHO). A title.', 'World Health Organization (WHO).'),
    ).toEqual([{ literal: 'World Health Organization (WHO)' }]);
  });

  it('keeps a Spanish double family name joined by "y" whole ("R. Rodriguez Y Baena")', () => {
    expect(
      authors(
        'P. Gaetani, R. Rodriguez Y Baena, and D. Levi, A title.',
        'P. Gaetani, R. Rodriguez Y Baena, and D. Levi,',
      ),
    ).toEqual([
      { family: 'Gaetani', given: 'P.' },
      { family: 'Rodriguez Y Baena', given: 'R.' },
      { family: 'Levi', given: 'D.' },
    ]);
  });

  it('keeps a particle after the given name as a dropping particle ("Certeau, Michel de")', () => {
    expect(
      authors(
        'Certeau, Michel de, Luce Giard, and Pierre Mayol. A title.',
        'Certeau, Michel de, Luce Giard, and Pierre Mayol.',
      ),
    ).toEqual([
      { family: 'Certeau', given: 'Michel', 'dropping-particle': 'de' },
      { family: 'Giard', given: 'Luce' },
      { family: 'Mayol', given: 'Pierre' },
    ]);
  });
});

describe('label -> CSL conversion: a book in several volumes', () => {
  it('gives the number of volumes left at the end of the title as number-of-volumes', () => {
    const raw =
      'Cooper, James Fenimore. The Leatherstocking Tales. 2 vols. New York: Literary Classics of the United States, 1985.';
    const csl = convert(raw, [
      ['author', 'Cooper, James Fenimore.'],
      ['title', 'The Leatherstocking Tales. 2 vols.'],
      ['location', 'New York:'],
      ['publisher', 'Literary Classics of the United States,'],
      ['date', '1985.'],
    ]);
    expect(csl).toMatchObject({ title: 'The Leatherstocking Tales', 'number-of-volumes': '2' });
  });
});
