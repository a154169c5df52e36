// The printed-form rules on token labels given directly (a tagger's plausible mistakes), so they
// hold whatever a retrained model says; then whole entries through the shipped tagger.
import { describe, expect, it } from 'vitest';
import { parseReference } from '../../../src/core/references/parse';
import { printedFormLabels } from '../../../src/core/references/parse/forms';
import { toSegments } from '../../../src/core/references/parse/segments';
import { tokenize } from '../../../src/core/references/parse/tokens';

/**
 * Labels every token of `text` inside each [piece, label] (pieces found in order, tagged as a
 * tagger might), "other" elsewhere; runs the rules and returns the [label, text] segments.
 */
function fix(text: string, ...pieces: [string, string][]): [string, string][] {
  const tokens = tokenize(text);
  const labels = tokens.map(() => 'other');
  let at = 0;
  for (const [piece, label] of pieces) {
    const from = text.indexOf(piece, at);
    if (from < 0) throw new Error(`"${piece}" is not in the entry`);
    tokens.forEach((t, i) => {
      if (t.start >= from && t.end <= from + piece.length) labels[i] = label;
    });
    at = from + piece.length;
  }
  return toSegments(text, tokens, printedFormLabels(text, tokens, labels)).map((s) => [
    s.label,
    s.text,
  ]);
}

describe('Vancouver author lists', () => {
  it('gives up at once on a long list that does not end the Vancouver way (no runaway backtracking)', () => {
    // The names run into "; the … Group" instead of a full stop: the list's pattern must fail
    // in time linear in the list. Splitting each family name at every letter took 17 s for ten
    // names, minutes for eleven (this test then runs out of time).
    const names = [
      'Marchetti L',
      'Bellandi A',
      'Cavalieri G',
      'Donatelli M',
      'Esposito P',
      'Ferraresi F',
      'Gabrielli GB',
      'Lombardini S',
      'Mancinelli E',
      'Nardozzi DM',
      'Orlandini T',
    ].join(', ');
    const entry = parseReference(
      `${names}; the Northern Study on Resistance (NSR) Group. Resistance among travellers. Eur Respir J. 2012;40(2):123-9.`,
    );
    expect(entry.csl.author?.[0]).toMatchObject({ family: 'Marchetti' });
    expect(entry.csl.issued).toEqual({ 'date-parts': [[2012]] });
  });

  it('ends the names at the full stop after the last initials', () => {
    const text =
      'Ludwig D, Hilborn R, Walters C. Uncertainty, resource exploitation, and conservation. Science. 1993;260:17.';
    expect(
      fix(
        text,
        ['Ludwig D, Hilborn R, Walters C. Uncertainty,', 'author'],
        ['resource exploitation, and conservation.', 'title'],
      ).slice(0, 2),
    ).toEqual([
      ['author', 'Ludwig D, Hilborn R, Walters C.'],
      ['title', 'Uncertainty, resource exploitation, and conservation.'],
    ]);
  });

  it('reads one name with one initial as Vancouver where the source is printed so', () => {
    const text = 'Ault W. Open-Field Farming in Medieval England. London: Routledge; 2006.';
    expect(
      fix(text, ['Ault W. Open-', 'author'], ['Field Farming in Medieval England.', 'title']).slice(
        0,
        2,
      ),
    ).toEqual([
      ['author', 'Ault W.'],
      ['title', 'Open-Field Farming in Medieval England.'],
    ]);
  });

  it('leaves given names with a middle initial and dotted initials to the tagger', () => {
    const given =
      'Joseph A. Schumpeter, Capitalism, Socialism and Democracy (London: Routledge, 1992).';
    expect(fix(given, ['Joseph A. Schumpeter,', 'author'])[0]).toEqual([
      'author',
      'Joseph A. Schumpeter,',
    ]);
    const dotted = 'Clark P. C., Glover S. C. O., 2011, Science, 331, 1040';
    expect(fix(dotted, ['Clark P. C., Glover S. C. O.,', 'author'])[0]).toEqual([
      'author',
      'Clark P. C., Glover S. C. O.,',
    ]);
  });
});

describe('Vancouver author lists the tagger called editors', () => {
  it('reads the head list as the author, the sentence after it as the title, "3rd ed." as the edition', () => {
    const text = 'Berkes F. Sacred Ecology. 3rd ed. New York: Routledge; 2012.';
    expect(
      fix(
        text,
        ['Berkes F. Sacred Ecology. 3rd ed.', 'editor'],
        ['New York', 'location'],
        ['Routledge', 'publisher'],
        ['2012', 'date'],
      ).slice(0, 3),
    ).toEqual([
      ['author', 'Berkes F.'],
      ['title', 'Sacred Ecology.'],
      ['edition', '3rd ed.'],
    ]);
  });

  it('leaves a head the tagger called editors that ends in a bracket, not a full stop', () => {
    const text =
      'High Polymers Vol XX (Crystalline Olefin Polymers Editors R. A. Raff, K. W. Doak, 1965, Interscience Publishers)';
    expect(
      fix(text, ['High Polymers Vol XX', 'editor'], ['(Crystalline Olefin Polymers', 'title'])[0],
    ).toEqual(['editor', 'High Polymers Vol XX']);
  });

  it('keeps editors marked ", editors." as editors', () => {
    const text =
      'Kirby KJ, Watkins C, editors. The ecological history of European forests. Wallingford: CAB International; 1998.';
    expect(
      fix(text, ['Kirby KJ, Watkins C, editors.', 'editor'], ['The ecological', 'title'])[0],
    ).toEqual(['editor', 'Kirby KJ, Watkins C, editors.']);
  });
});

describe('Vancouver sources', () => {
  it('reads year;volume(issue):pages, whatever the tagger made of them', () => {
    const text = 'Curtis DR. Silent revolution. Int J Commons. 2013;7(1):209–29.';
    expect(
      fix(
        text,
        ['Curtis DR.', 'author'],
        ['Silent revolution.', 'title'],
        ['Int J Commons.', 'container-title'],
        ['2013;7', 'volume'],
        ['(1):', 'issue'],
        ['209–29.', 'pages'],
      ).slice(3),
    ).toEqual([
      ['date', '2013'],
      ['volume', '7'],
      ['issue', '(1)'],
      ['pages', '209–29.'],
    ]);
  });

  it('keeps pages printed as a list ("17,36") and an issue of digits apart', () => {
    const text = 'Ludwig D. Uncertainty. Science. 1993;260(5104):17,36.';
    expect(
      fix(
        text,
        ['Ludwig D.', 'author'],
        ['Uncertainty.', 'title'],
        ['Science.', 'container-title'],
        ['1993;', 'date'],
        ['260', 'volume'],
        ['(5104):17,', 'issue'],
        ['36.', 'pages'],
      ).slice(3),
    ).toEqual([
      ['date', '1993'],
      ['volume', '260'],
      ['issue', '(5104)'],
      ['pages', '17,36.'],
    ]);
  });

  it('gives back to the title a sentence the tagger put before an NLM journal name', () => {
    const text =
      'Montes C. Traditional knowledge: a case study in Doñana, SW Spain. Glob Environ Chang. 2012;22(3):640–50.';
    const out = fix(
      text,
      ['Montes C.', 'author'],
      ['Traditional knowledge: a case study in Doñana,', 'title'],
      ['SW Spain. Glob Environ Chang.', 'container-title'],
    );
    expect(out.slice(1, 3)).toEqual([
      ['title', 'Traditional knowledge: a case study in Doñana, SW Spain.'],
      ['container-title', 'Glob Environ Chang.'],
    ]);
  });

  it('leaves dotted journal abbreviations and a supplement as the tagger read them', () => {
    const dotted =
      'Ahmed S. Response shift. Qual. Life Res. Int. J. Qual. Life Asp. Treat. Care Rehabil. 2018;27(5):1–9.';
    const out = fix(
      dotted,
      ['Ahmed S.', 'author'],
      ['Response shift.', 'title'],
      ['Qual. Life Res. Int. J. Qual. Life Asp. Treat. Care Rehabil.', 'container-title'],
    );
    expect(out[2]).toEqual([
      'container-title',
      'Qual. Life Res. Int. J. Qual. Life Asp. Treat. Care Rehabil.',
    ]);
    const supplement = 'Church MK. Antihistamines. Clin Exp Allergy 1999; 29(suppl 3): 147-150.';
    const issue = fix(
      supplement,
      ['Church MK.', 'author'],
      ['Antihistamines.', 'title'],
      ['Clin Exp Allergy', 'container-title'],
      ['1999;', 'date'],
      ['29', 'volume'],
      ['(', 'issue'],
      ['3)', 'issue'],
    ).filter(([label]) => label === 'issue');
    expect(issue).toEqual([
      ['issue', '('],
      ['issue', '3)'],
    ]);
  });
});

describe('Vancouver supplements and parts', () => {
  it('reads "2017;67 Suppl 2:7-13" as date, volume, supplement (the issue) and pages', () => {
    const text = 'Muller F, Schimmel M. Oral health. Int Dent J 2017;67 Suppl 2:7-13.';
    expect(
      fix(
        text,
        ['Muller F, Schimmel M.', 'author'],
        ['Oral health.', 'title'],
        ['Int Dent J', 'container-title'],
        ['2017;', 'date'],
        ['67', 'volume'],
        ['Suppl', 'note'],
        ['2:', 'volume'],
        ['7-13.', 'pages'],
      ).slice(3),
    ).toEqual([
      ['date', '2017'],
      ['volume', '67'],
      ['issue', 'Suppl 2'],
      ['pages', '7-13.'],
    ]);
    const part = 'Roe J. Gait. J Biomech. 2004;43 pt 1:52-60.';
    expect(
      fix(
        part,
        ['Roe J.', 'author'],
        ['Gait.', 'title'],
        ['J Biomech.', 'container-title'],
        ['2004;43', 'volume'],
        ['pt 1:52-60', 'note'],
      ).slice(3),
    ).toEqual([
      ['date', '2004'],
      ['volume', '43'],
      ['issue', 'pt 1'],
      ['pages', '52-60'],
    ]);
  });
});

describe('CJK counted numbers', () => {
  it('reads "第N卷"/"N권" as the volume and "第N期"/"第N号"/"제N호" as the issue', () => {
    const zh = '詹杭倫, 論時學宗尙, 中山大學學報, 2017年第5期, 第57卷.';
    expect(
      fix(
        zh,
        ['詹杭倫,', 'author'],
        ['論時學宗尙,', 'title'],
        ['中山大學學報,', 'container-title'],
        ['2017年第', 'date'],
        ['5期,', 'volume'],
        ['第57卷.', 'pages'],
      ).slice(3),
    ).toEqual([
      ['date', '2017年第'],
      ['issue', '5期'],
      ['volume', '第57卷'],
    ]);
    const ja = '国土交通省(2008) 公共用綠化樹木の品質寸法規格基準. 国都緑環 第47号.';
    expect(
      fix(
        ja,
        ['国土交通省', 'author'],
        ['(2008)', 'date'],
        ['公共用綠化樹木の品質寸法規格基準.', 'title'],
        ['国都緑環 第', 'container-title'],
        ['47', 'volume'],
        ['号.', 'pages'],
      ).slice(3),
    ).toEqual([
      ['container-title', '国都緑環'],
      ['issue', '第47号'],
    ]);
    const ko = '주혜진(2008). 소수자의 경험. 담론, 제11권 제3호, 117-150.';
    expect(
      fix(
        ko,
        ['주혜진', 'author'],
        ['(2008).', 'date'],
        ['소수자의 경험.', 'title'],
        ['담론,', 'container-title'],
        ['제11권 제3호,', 'volume'],
        ['117-150.', 'pages'],
      ).slice(4),
    ).toEqual([
      ['volume', '제11권'],
      ['issue', '제3호'],
      ['pages', '117-150.'],
    ]);
  });

  it('leaves "第3期" alone, with no 卷 beside it, as the tagger read it (volume or issue)', () => {
    const text = '李涛(2009). 江南園林與嶺南園林的淵源. 南方建築. 第3期: 33-35.';
    expect(
      fix(
        text,
        ['李涛', 'author'],
        ['(2009).', 'date'],
        ['江南園林與嶺南園林的淵源.', 'title'],
        ['南方建築.', 'container-title'],
        ['第3期:', 'volume'],
        ['33-35.', 'pages'],
      )[4],
    ).toEqual(['volume', '第3期:']);
  });

  it('leaves a counted number inside a title to the title ("第5次改訂" is no number of ours)', () => {
    const text = '国土交通省(2008) 品質寸法規格基準 第3巻. 国都緑環.';
    expect(
      fix(
        text,
        ['国土交通省', 'author'],
        ['(2008)', 'date'],
        ['品質寸法規格基準 第3巻.', 'title'],
        ['国都緑環.', 'container-title'],
      )[2],
    ).toEqual(['title', '品質寸法規格基準 第3巻.']);
  });
});

describe('a volume with its pages after a colon', () => {
  it('reads the pages the tagger called an issue or ran into the year', () => {
    const issue =
      'Sa Barreto A, Zworski M. Distribution of resonances. Mathematical Research Letters, 4:103–122, 1997.';
    expect(
      fix(
        issue,
        ['Sa Barreto A, Zworski M.', 'author'],
        ['Distribution of resonances.', 'title'],
        ['Mathematical Research Letters,', 'container-title'],
        ['4:', 'volume'],
        ['103–122,', 'issue'],
        ['1997.', 'date'],
      ).slice(3),
    ).toEqual([
      ['volume', '4'],
      ['pages', '103–122'],
      ['date', '1997.'],
    ]);
    const dated =
      'Brandon Carter. Global structure of the Kerr family. Physical Review, 174(5):1559, 1968.';
    expect(
      fix(
        dated,
        ['Brandon Carter.', 'author'],
        ['Global structure of the Kerr family.', 'title'],
        ['Physical Review,', 'container-title'],
        ['174', 'volume'],
        ['(5):', 'issue'],
        ['1559, 1968.', 'date'],
      ).slice(3),
    ).toEqual([
      ['volume', '174'],
      ['issue', '(5)'],
      ['pages', '1559'],
      ['date', '1968.'],
    ]);
  });

  it('reads a year in the brackets as the date ("Environmental Ethics 12 (1990): 161–73")', () => {
    const chicago = 'Alexander, Donald. “Bioregionalism.” Environmental Ethics 12 (1990): 161–73.';
    expect(
      fix(
        chicago,
        ['Alexander, Donald.', 'author'],
        ['“Bioregionalism.”', 'title'],
        ['Environmental Ethics', 'container-title'],
        ['12', 'volume'],
        ['(1990):', 'date'],
        ['161–73.', 'pages'],
      ).slice(3),
    ).toEqual([
      ['volume', '12'],
      ['date', '(1990)'],
      ['pages', '161–73.'],
    ]);
  });

  it('keeps "61: 4, 220-233" (volume: issue, then pages) and a colon the tagger saw in a title', () => {
    const issueThenPages = 'Gick B. Settings. Phonetica 61: 4, 220-233. 2004.';
    expect(
      fix(
        issueThenPages,
        ['Gick B.', 'author'],
        ['Settings.', 'title'],
        ['Phonetica', 'container-title'],
        ['61: 4,', 'volume'],
        ['220-233.', 'pages'],
        ['2004.', 'date'],
      ).slice(3, 4),
    ).toEqual([['volume', '61: 4,']]);
    const part = 'Gordon M, Stark A. Comorbidity. Bone Joint J 95-B : 1184-1191, 2013.';
    expect(
      fix(
        part,
        ['Gordon M, Stark A.', 'author'],
        ['Comorbidity.', 'title'],
        ['Bone Joint J 95-', 'container-title'],
        ['B :', 'volume'],
        ['1184-1191,', 'pages'],
        ['2013.', 'date'],
      ).slice(2, 5),
    ).toEqual([
      ['container-title', 'Bone Joint J'],
      ['volume', '95-B'],
      ['pages', '1184-1191,'],
    ]);
    const verse = 'Smith J. Reading Genesis 1:3. 1990.';
    expect(
      fix(verse, ['Smith J.', 'author'], ['Reading Genesis 1:3.', 'title'], ['1990.', 'date'])[1],
    ).toEqual(['title', 'Reading Genesis 1:3.']);
  });
});

describe('parts their marks delimit', () => {
  it('reads a quoted title as the title where the tagger took its first words for names', () => {
    const text =
      'Olson, J. S. “Bound CO Is A Molecular Probe of Myoglobin.” J. Phys. Chem. B 1999, 103, 8817–8829.';
    expect(
      fix(
        text,
        ['Olson, J. S. “Bound CO Is', 'author'],
        ['A Molecular Probe of Myoglobin.”', 'title'],
        ['J. Phys. Chem. B', 'container-title'],
      ).slice(0, 2),
    ).toEqual([
      ['author', 'Olson, J. S.'],
      ['title', '“Bound CO Is A Molecular Probe of Myoglobin.”'],
    ]);
  });

  it('reads MLA\'s editors after the title up to their full stop, not an edition\'s "Ed."', () => {
    const text =
      'Shelley, Percy Bysshe. 2004. Complete Poetry. Eds. Donald H Reiman and Neilm Fraistat. Baltimore: Johns Hopkins University Press.';
    expect(
      fix(
        text,
        ['Shelley, Percy Bysshe.', 'author'],
        ['2004.', 'date'],
        ['Complete Poetry.', 'title'],
        ['Eds. Donald H', 'editor'],
        ['Reiman and Neilm Fraistat.', 'title'],
        ['Baltimore:', 'location'],
      ).slice(2, 4),
    ).toEqual([
      ['title', 'Complete Poetry.'],
      ['editor', 'Donald H Reiman and Neilm Fraistat.'],
    ]);
    const chapter =
      '“Chiasmus in the New Testament.” In Chiasmus in Antiquity. Edited by John W. Welch, 211-249. Hildesheim: Gerstenberg Verlag, 1981.';
    expect(
      fix(
        chapter,
        ['“Chiasmus in the New Testament.”', 'title'],
        ['Chiasmus in Antiquity.', 'container-title'],
        ['John W. Welch,', 'editor'],
        ['211-249.', 'pages'],
        ['Hildesheim:', 'location'],
      ).slice(2, 4),
    ).toEqual([
      ['editor', 'John W. Welch,'],
      ['pages', '211-249.'],
    ]);
    const edition = 'Smith, J. 2004. Poetry. 2nd Ed. Oxford: Clarendon.';
    expect(
      fix(
        edition,
        ['Smith, J.', 'author'],
        ['2004.', 'date'],
        ['Poetry.', 'title'],
        ['2nd Ed.', 'edition'],
        ['Oxford:', 'location'],
      ).slice(3, 5),
    ).toEqual([
      ['edition', '2nd Ed.'],
      ['location', 'Oxford'],
    ]);
  });
});

describe('book imprints and chapters', () => {
  it('ends the title at the full stop before "Place: Publisher; Year"', () => {
    const text =
      'Belényesy M. Fejezetek a középkori anyagi kultúra történetéből II. L’Harmattan, MTA BTK Néprajztudományi Intézete: Budapest; 2012.';
    expect(
      fix(
        text,
        ['Belényesy M.', 'author'],
        ['Fejezetek a középkori anyagi kultúra történetéből II. L’Harmattan,', 'title'],
        ['MTA BTK Néprajztudományi Intézete:', 'container-title'],
        ['Budapest;', 'publisher'],
        ['2012.', 'date'],
      ).slice(1),
    ).toEqual([
      ['title', 'Fejezetek a középkori anyagi kultúra történetéből II.'],
      ['location', 'L’Harmattan, MTA BTK Néprajztudományi Intézete'],
      ['publisher', 'Budapest'],
      ['date', '2012.'],
    ]);
  });

  it('reads an imprint ending the entry with no year ("Cambridge and New York: Cambridge University Press.")', () => {
    const text =
      'Galston, W. (1991). Liberal Purposes. Cambridge and New York: Cambridge University Press.';
    expect(
      fix(
        text,
        ['Galston, W.', 'author'],
        ['(1991).', 'date'],
        ['Liberal Purposes.', 'title'],
        ['Cambridge and', 'publisher'],
        ['New York:', 'location'],
        ['Cambridge University Press.', 'publisher'],
      ).slice(3),
    ).toEqual([
      ['location', 'Cambridge and New York'],
      ['publisher', 'Cambridge University Press'],
    ]);
    const subtitle = 'Galston, W. (1991). Liberal purposes. Theory and practice: A guide.';
    expect(
      fix(
        subtitle,
        ['Galston, W.', 'author'],
        ['(1991).', 'date'],
        ['Liberal purposes. Theory and practice:', 'title'],
        ['A guide.', 'publisher'],
      ).slice(2),
    ).toEqual([
      ['title', 'Liberal purposes. Theory and practice:'],
      ['publisher', 'A guide.'],
    ]);
  });

  it('reads no imprint where the tagger saw none ("Portal for Practitioners: The Worldbank Group; 2015")', () => {
    const text =
      'The Worldbank Group. Climate Change Knowledge Portal For Development Practitioners: The Worldbank Group ; 2015.';
    const out = fix(
      text,
      ['The Worldbank Group.', 'author'],
      [
        'Climate Change Knowledge Portal For Development Practitioners: The Worldbank Group',
        'title',
      ],
    );
    expect(out[1]).toEqual([
      'title',
      'Climate Change Knowledge Portal For Development Practitioners: The Worldbank Group',
    ]);
  });

  it('reads a Vancouver chapter: editors up to "editors.", then the book', () => {
    const text =
      'Dirkx GHP. Wood-pasture. In: Kirby KJ, Watkins C, editors. The Ecological History of European Forests. Oxford: CAB International; 1996. p. 241–63.';
    const out = fix(
      text,
      ['Dirkx GHP.', 'author'],
      ['Wood-pasture.', 'title'],
      ['In: Kirby KJ, Watkins C, editors. The Ecological History', 'editor'],
      ['of European Forests.', 'title'],
    );
    expect(out.slice(2, 4)).toEqual([
      ['editor', 'Kirby KJ, Watkins C, editors.'],
      ['container-title', 'The Ecological History of European Forests.'],
    ]);
  });

  it('reads "Title. In Book (Names editors)" with the book out of the title', () => {
    const text =
      'Kalish J: Determination of shark age. In Use of the Bomb Radiocarbon Chronometer to Validate Fish Age (Kalish, JM Editor), Final Report. 2001; 116–129.';
    const out = fix(
      text,
      ['Kalish J:', 'author'],
      ['Determination of shark age. In Use of the Bomb Radiocarbon Chronometer to', 'title'],
      ['Validate Fish Age (Kalish, JM Editor),', 'editor'],
    );
    expect(out.slice(1, 4)).toEqual([
      ['title', 'Determination of shark age.'],
      ['container-title', 'Use of the Bomb Radiocarbon Chronometer to Validate Fish Age'],
      ['editor', 'Kalish, JM Editor'],
    ]);
  });

  it('reads "In: Book (edited by Names)" with the editors inside the brackets', () => {
    const text =
      'Squires, C. (2007) Global Markets 1970-2000: Consumers. In: A Companion to the History of the Book (edited by Simon Eliot and Jonathan Rose), pp. 406-419. Malden,';
    const out = fix(
      text,
      ['Squires, C.', 'author'],
      ['(2007)', 'date'],
      ['Global Markets 1970-2000: Consumers.', 'title'],
      [
        'In: A Companion to the History of the Book (edited by Simon Eliot and Jonathan Rose),',
        'collection-title',
      ],
      ['pp. 406-419.', 'pages'],
    );
    expect(out.slice(3, 5)).toEqual([
      ['container-title', 'A Companion to the History of the Book'],
      ['editor', 'edited by Simon Eliot and Jonathan Rose'],
    ]);
  });

  it('reads "Title. In Book." with no colon as the container, not a sentence of the title', () => {
    const text =
      'Allen, W. (1988). Examining psychic phenomena. In The Ultimate Humour Book. London: Chancellor Press.';
    const out = fix(
      text,
      ['Allen, W.', 'author'],
      ['(1988).', 'date'],
      ['Examining psychic phenomena. In The Ultimate Humour Book.', 'title'],
      ['London:', 'location'],
      ['Chancellor Press.', 'publisher'],
    );
    expect(out.slice(2, 4)).toEqual([
      ['title', 'Examining psychic phenomena.'],
      ['container-title', 'The Ultimate Humour Book.'],
    ]);
  });

  it('reads proceedings, or a journal before its volume, out of the title the tagger ran on', () => {
    const proceedings =
      'Goodenough, J. B., Sha, L. The Priority Ceiling Protocol. Proceedings of the International Workshop of Real-Time Ada Issues, June 1988.';
    expect(
      fix(
        proceedings,
        ['Goodenough, J. B., Sha, L.', 'author'],
        [
          'The Priority Ceiling Protocol. Proceedings of the International Workshop of Real-Time Ada Issues,',
          'title',
        ],
        ['June 1988.', 'date'],
      ).slice(1, 3),
    ).toEqual([
      ['title', 'The Priority Ceiling Protocol.'],
      ['container-title', 'Proceedings of the International Workshop of Real-Time Ada Issues,'],
    ]);
    const journal = 'Smith, A. 1914. Plantae novae coreanae. Bull. Soc. Bot. Fr. 13: 267-278.';
    expect(
      fix(
        journal,
        ['Smith, A.', 'author'],
        ['1914.', 'date'],
        ['Plantae novae coreanae. Bull. Soc. Bot. Fr.', 'title'],
        ['13:', 'volume'],
        ['267-278.', 'pages'],
      ).slice(2, 4),
    ).toEqual([
      ['title', 'Plantae novae coreanae.'],
      ['container-title', 'Bull. Soc. Bot. Fr.'],
    ]);
  });

  it('keeps a title of two sentences where nothing after it says container', () => {
    const book = 'Smith, A. (2001). Climate change. A primer. London: Earthscan.';
    expect(
      fix(
        book,
        ['Smith, A.', 'author'],
        ['(2001).', 'date'],
        ['Climate change. A primer.', 'title'],
        ['London:', 'location'],
        ['Earthscan.', 'publisher'],
      )[2],
    ).toEqual(['title', 'Climate change. A primer.']);
    const volumes = 'Smith, A. (2001). History of art. The Renaissance. Vol. 2. London: Phaidon.';
    expect(
      fix(
        volumes,
        ['Smith, A.', 'author'],
        ['(2001).', 'date'],
        ['History of art. The Renaissance.', 'title'],
        ['Vol. 2.', 'volume'],
        ['London:', 'location'],
        ['Phaidon.', 'publisher'],
      )[2],
    ).toEqual(['title', 'History of art. The Renaissance.']);
  });

  it('reads "In: Report." with no editors as the container, up to the place', () => {
    const text =
      'European Environment Agency (EEA). Environmental Indicators. In: Unpublished Technical Report. Copenhagen: European Environment Agency; 1999.';
    const out = fix(
      text,
      ['European Environment Agency (EEA).', 'author'],
      ['Environmental Indicators.', 'title'],
      ['In: Unpublished', 'editor'],
      ['Technical Report.', 'genre'],
      ['Copenhagen:', 'location'],
    );
    expect(out[2]).toEqual(['container-title', 'Unpublished Technical Report.']);
  });

  it('leaves an APA chapter, "In J. Smith (Ed.), Book", to the tagger', () => {
    const text =
      'Owens, J. (2003). Congress. In J. Smith (Ed.), Governing America (pp. 1–20). Oxford.';
    const out = fix(
      text,
      ['Owens, J.', 'author'],
      ['(2003).', 'date'],
      ['Congress.', 'title'],
      ['In J. Smith (Ed.),', 'editor'],
      ['Governing America', 'container-title'],
    );
    expect(out.slice(3, 5)).toEqual([
      ['editor', 'In J. Smith (Ed.),'],
      ['container-title', 'Governing America'],
    ]);
  });
});

describe('a body as the author, an article number', () => {
  it('takes a body named first as the author, with its first word', () => {
    const text =
      'United Nations High Commissioner for Refugees. (2019). Global trends: Forced displacement in 2018. Geneva: UNHCR.';
    const out = fix(
      text,
      ['Nations High Commissioner for Refugees.', 'title'],
      ['(2019).', 'date'],
      ['Global trends: Forced displacement in 2018.', 'title'],
    );
    expect(out.slice(0, 2)).toEqual([
      ['author', 'United Nations High Commissioner for Refugees'],
      ['date', '(2019).'],
    ]);
  });

  it('takes a body before a comma as the author in an IEEE-style book', () => {
    const text =
      'International Association for the Study of Pain: Task Force on Taxonomy, Classification of Chronic Pain, IASP Press, Seattle, 1994.';
    const out = fix(
      text,
      [
        'International Association for the Study of Pain: Task Force on Taxonomy, Classification of Chronic Pain,',
        'title',
      ],
      ['IASP Press,', 'publisher'],
    );
    expect(out.slice(0, 2)).toEqual([
      ['author', 'International Association for the Study of Pain: Task Force on Taxonomy'],
      ['title', 'Classification of Chronic Pain,'],
    ]);
  });

  it('keeps a body name that is the only title ("JAMA HIV Resource Center. http://…")', () => {
    const text =
      'JAMA HIV Resource Center. http://www.ama-assn.org/special/hiv. Accessibility verified.';
    const out = fix(
      text,
      ['JAMA HIV Resource Center.', 'title'],
      ['Accessibility verified.', 'title'],
    );
    expect(out[0]).toEqual(['title', 'JAMA HIV Resource Center.']);
  });

  it('reads an article number after the issue as the pages, but not "Article 14" of a title', () => {
    const text =
      'J. W. Rowland, “Current status of spinal cord injury,” Neurosurgical Focus, vol. 25, no. 5, article E2, 2008.';
    const out = fix(text, ['J. W. Rowland,', 'author'], ['article E2,', 'note']);
    expect(out[1]).toEqual(['pages', 'article E2']);
    const law =
      'Ree, D., “Disclosure under Article 14, of the Act,” Korean Arbitration Review, 2012, 3, 1–20.';
    expect(
      fix(law, ['Ree, D.,', 'author'], ['“Disclosure under Article 14, of the Act,”', 'title'])[1],
    ).toEqual(['title', '“Disclosure under Article 14, of the Act,”']);
  });
});

describe('whole entries through the shipped tagger', () => {
  const csl = (raw: string) => parseReference(raw).csl;

  it('a Vancouver journal article', () => {
    expect(
      csl(
        'Ludwig D, Hilborn R, Walters C. Uncertainty, resource exploitation, and conservation: lessons from history. Science. 1993;260(5104):17,36.',
      ),
    ).toMatchObject({
      author: [
        { family: 'Ludwig', given: 'D' },
        { family: 'Hilborn', given: 'R' },
        { family: 'Walters', given: 'C' },
      ],
      title: 'Uncertainty, resource exploitation, and conservation: lessons from history',
      'container-title': 'Science',
      issued: { 'date-parts': [[1993]] },
      volume: '260',
      issue: '5104',
      page: '17,36',
    });
  });

  it('a Vancouver book the tagger reads as edited ("3rd ed.")', () => {
    expect(csl('Berkes F. Sacred Ecology. 3rd ed. New York: Routledge; 2012.')).toMatchObject({
      type: 'book',
      author: [{ family: 'Berkes' }],
      title: 'Sacred Ecology',
      edition: '3',
      publisher: 'Routledge',
      'publisher-place': 'New York',
    });
  });

  it('a Vancouver chapter', () => {
    expect(
      csl(
        'Szabó I. Magyarország népessége az 1330-as és az 1526-os évek között. In: Kovacsics J, editor. Magyarország történeti demográfiája. Budapest: Közgazdasági és Jogi Könyvkiadó; 1963.',
      ),
    ).toMatchObject({
      type: 'chapter',
      editor: [{ family: 'Kovacsics', given: 'J' }],
      'container-title': 'Magyarország történeti demográfiája',
      publisher: 'Közgazdasági és Jogi Könyvkiadó',
      'publisher-place': 'Budapest',
    });
  });

  it('a corporate author in APA, with every word of its name', () => {
    expect(
      csl(
        'United Nations High Commissioner for Refugees. (2019). Global trends: Forced displacement in 2018. Geneva: UNHCR.',
      ),
    ).toMatchObject({
      author: [{ literal: 'United Nations High Commissioner for Refugees' }],
      title: 'Global trends: Forced displacement in 2018',
    });
  });
});
