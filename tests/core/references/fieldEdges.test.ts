// Fields the tagger cut at the wrong place and the conversion mends (containerEdge.ts,
// publisherRuns.ts), with the labels given as the tagger gives them, through the whole conversion.
import { describe, expect, it } from 'vitest';
import { convert } from './segmentHelpers';

describe('a series letter run into the volume at the container end', () => {
  it('reads "Phys. Rev. C93" tagged as the container as journal "Phys. Rev. C", volume 93', () => {
    const raw = 'A. G. Knospe et al., "Hadronic resonances," Phys. Rev. C93 no. 1, (2016) 014911.';
    const csl = convert(raw, [
      ['author', 'A. G. Knospe et al.,'],
      ['title', 'Hadronic resonances,'],
      ['container-title', 'Phys. Rev. C93'],
      ['issue', 'no. 1,'],
      ['date', '(2016)'],
      ['pages', '014911.'],
    ]);
    expect(csl).toMatchObject({ 'container-title': 'Phys. Rev. C', volume: '93', issue: '1' });
  });

  it('keeps the bracketed part of the name before the letter ("(Proc.Suppl.) B91")', () => {
    const raw = 'V. Balkanov et al. Nucl.Phys. (Proc.Suppl.) B91 (2001) 438.';
    const csl = convert(raw, [
      ['author', 'V. Balkanov et al.'],
      ['container-title', 'Nucl.Phys. (Proc.Suppl.) B91'],
      ['date', '(2001)'],
      ['pages', '438.'],
    ]);
    expect(csl).toMatchObject({ 'container-title': 'Nucl.Phys. (Proc.Suppl.) B', volume: '91' });
  });

  it('leaves the container alone when a volume was tagged, or the letter is part of a word', () => {
    const tagged = 'J. Doe, Title, Phys. Rev. D81 (2010) 12, 103.';
    expect(
      convert(tagged, [
        ['author', 'J. Doe,'],
        ['title', 'Title,'],
        ['container-title', 'Phys. Rev. D81'],
        ['date', '(2010)'],
        ['volume', '12,'],
        ['pages', '103.'],
      ]),
    ).toMatchObject({ 'container-title': 'Phys. Rev. D81', volume: '12' });
    const word = 'J. Doe, Title, Lattice2011 (2011) 11.';
    expect(
      convert(word, [
        ['author', 'J. Doe,'],
        ['title', 'Title,'],
        ['container-title', 'Lattice2011'],
        ['date', '(2011)'],
        ['pages', '11.'],
      ]),
    ).toMatchObject({ 'container-title': 'Lattice2011' });
    // A letter and number alone are no journal's name.
    const alone = convert('J. Doe, Title, C93 (2011) 11.', [
      ['author', 'J. Doe,'],
      ['title', 'Title,'],
      ['container-title', 'C93'],
      ['date', '(2011)'],
      ['pages', '11.'],
    ]);
    expect(alone).toMatchObject({ 'container-title': 'C93' });
    expect(alone.volume).toBeUndefined();
  });
});

describe("a conference's year run into its acronym", () => {
  it('keeps "IJCAI-89" whole in the container, not "89" as the volume', () => {
    const raw =
      'Forbus, K. D. (1989). Introducing Actions in Qualitative Simulation. Proceedings of IJCAI-89, 1273-1278.';
    const csl = convert(raw, [
      ['author', 'Forbus, K. D.'],
      ['date', '(1989).'],
      ['title', 'Introducing Actions in Qualitative Simulation.'],
      ['container-title', 'Proceedings of IJCAI-'],
      ['volume', '89,'],
      ['pages', '1273-1278.'],
    ]);
    expect(csl).toMatchObject({ 'container-title': 'Proceedings of IJCAI-89', page: '1273-1278' });
    expect(csl.volume).toBeUndefined();
  });

  it('leaves a number after a spaced hyphen or a non-acronym name as the volume', () => {
    const korean = '한인호, 1988, 고구려벽화무덤의 사신도에 대하여 조선고고연구-1.';
    expect(
      convert(korean, [
        ['author', '한인호,'],
        ['date', '1988,'],
        ['title', '고구려벽화무덤의 사신도에 대하여'],
        ['container-title', '조선고고연구-'],
        ['volume', '1.'],
      ]),
    ).toMatchObject({ 'container-title': '조선고고연구', volume: '1' });
    const spaced = 'J. Doe, Title, Proc. ACM - 12, 1-9.';
    expect(
      convert(spaced, [
        ['author', 'J. Doe,'],
        ['title', 'Title,'],
        ['container-title', 'Proc. ACM -'],
        ['volume', '12,'],
        ['pages', '1-9.'],
      ]),
    ).toMatchObject({ volume: '12' });
  });
});

describe("a publisher's company form", () => {
  it('joins "Ltd." tagged as the place right after the publisher to the publisher', () => {
    const raw = '"11290 Chemical Products" (Kagaku Kogyo Nippou Co., Ltd.), pp.286-289';
    const csl = convert(raw, [
      ['title', '11290 Chemical Products"'],
      ['publisher', '(Kagaku Kogyo Nippou Co.,'],
      ['location', 'Ltd.),'],
      ['pages', 'pp.286-289'],
    ]);
    expect(csl).toMatchObject({ publisher: 'Kagaku Kogyo Nippou Co., Ltd.' });
    expect(csl['publisher-place']).toBeUndefined();
  });

  it('keeps a place between two publishers apart (two imprints)', () => {
    const raw =
      'M. Wolfe, Optimizing supercompilers, Pitman Publishing Company, London, MIT Press, 1989.';
    const csl = convert(raw, [
      ['author', 'M. Wolfe,'],
      ['title', 'Optimizing supercompilers,'],
      ['publisher', 'Pitman Publishing Company,'],
      ['location', 'London,'],
      ['publisher', 'MIT Press,'],
      ['date', '1989.'],
    ]);
    expect(csl).toMatchObject({
      publisher: 'Pitman Publishing Company',
      'publisher-place': 'London',
    });
  });
});

describe('an access note the tagger cut into numbers', () => {
  it('gives "Retrieved March 23, 2016" tagged as container, volume and date to the access date', () => {
    const raw =
      'Tracy, N. (2012, January 16). Effects of Drug Addiction. Retrieved March 23, 2016, from Healthy Place: http://www.healthyplace.com/addictions/';
    const csl = convert(raw, [
      ['author', 'Tracy, N.'],
      ['date', '(2012, January 16).'],
      ['title', 'Effects of Drug Addiction.'],
      ['container-title', 'Retrieved March'],
      ['volume', '23,'],
      ['date', '2016,'],
      ['publisher', 'from Healthy Place:'],
      ['url', 'http://www.healthyplace.com/addictions/'],
    ]);
    expect(csl).toMatchObject({
      issued: { 'date-parts': [[2012, 1, 16]] },
      accessed: { 'date-parts': [[2016, 3, 23]] },
    });
    expect(csl.volume).toBeUndefined();
    expect(csl['container-title']).toBeUndefined();
  });

  it('takes no more than the date: the numbers after the year stay what they were', () => {
    const raw = 'Doe, J. (2010). Title. Accessed 3 May 2011, 12, 45-67.';
    const csl = convert(raw, [
      ['author', 'Doe, J.'],
      ['date', '(2010).'],
      ['title', 'Title.'],
      ['note', 'Accessed 3 May'],
      ['date', '2011,'],
      ['volume', '12,'],
      ['pages', '45-67.'],
    ]);
    expect(csl).toMatchObject({
      issued: { 'date-parts': [[2010]] },
      accessed: { 'date-parts': [[2011, 5, 3]] },
      volume: '12',
      page: '45-67',
    });
  });
});

describe('a special issue printed after the journal', () => {
  it('is a note, not part of the container (AnyStyle gold; GROBID tags it both ways)', () => {
    const raw =
      'A. Garvey and V. R. Lesser, "Design-to-time Real-Time Scheduling", IEEE Transactions on Systems, Man, and Cybernetics: Special Issue on Scheduling, Planning, and Control, 23(6), 1993.';
    const csl = convert(raw, [
      ['author', 'A. Garvey and V. R. Lesser,'],
      ['title', '"Design-to-time Real-Time Scheduling",'],
      [
        'container-title',
        'IEEE Transactions on Systems, Man, and Cybernetics: Special Issue on Scheduling, Planning, and Control,',
      ],
      ['volume', '23(6),'],
      ['date', '1993.'],
    ]);
    expect(csl['container-title']).toBe('IEEE Transactions on Systems, Man, and Cybernetics');
    expect(csl.note).toBe('Special Issue on Scheduling, Planning, and Control');
    expect([csl.volume, csl.issue]).toEqual(['23', '6']);
  });

  it('stays when nothing of a journal name would be left ("the special issue on …")', () => {
    const raw =
      'To appear in the special issue on Lazy Learning in Artificial Intelligence Review.';
    const csl = convert(raw, [
      ['container-title', 'the special issue on Lazy Learning in Artificial Intelligence Review.'],
    ]);
    expect(csl['container-title']).toBe(
      'the special issue on Lazy Learning in Artificial Intelligence Review',
    );
  });
});
