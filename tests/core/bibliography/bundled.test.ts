// The bundled bibliography: complete records, unique keys, and every label the paper uses resolves.
import { describe, expect, it } from 'vitest';
import {
  buildWorkIndex,
  findWorkByKey,
  isValidCitationKey,
  resolveCitation,
  workYear,
} from '../../../src/core/bibliography';
import { bundledWorks, cite, readBundledJson } from './helpers';

/** Every label the paper cites, with its names as a parser splits them, and the expected key. */
const PAPER_LABELS: [
  label: string,
  authors: string[],
  year: string,
  suffix: string | null,
  key: string,
][] = [
  ['Bhagwati 2003', ['Bhagwati'], '2003', null, 'bhagwati2003'],
  ['Ghosh 2000', ['Ghosh'], '2000', null, 'ghosh2000'],
  ['Hollifield 1998', ['Hollifield'], '1998', null, 'hollifield1998'],
  ['Trachtman 2009', ['Trachtman'], '2009', null, 'trachtman2009'],
  ['Aleinikoff 2003', ['Aleinikoff'], '2003', null, 'aleinikoff2003'],
  ['Betts 2011a', ['Betts'], '2011', 'a', 'betts2011a'],
  ['Betts 2011b', ['Betts'], '2011', 'b', 'betts2011b'],
  ['Kunz, Lavenex, Panizzon 2011', ['Kunz', 'Lavenex', 'Panizzon'], '2011', null, 'kunz2011'],
  ['Lahav and Lavenex 2012', ['Lahav', 'Lavenex'], '2012', null, 'lahav2012'],
  ['European Commission 2011', ['European Commission'], '2011', null, 'europeancommission2011'],
  ['Abrahamsen 2004', ['Abrahamsen'], '2004', null, 'abrahamsen2004'],
  ['Fowler 2002', ['Fowler'], '2002', null, 'fowler2002'],
  ['Maxwell and Riddell 1998', ['Maxwell', 'Riddell'], '1998', null, 'maxwell1998'],
  ['Ruckert 2006', ['Ruckert'], '2006', null, 'ruckert2006'],
  [
    'Commission on Aid and Development 1969',
    ['Commission on Aid and Development'],
    '1969',
    null,
    'commission1969',
  ],
  ['Laakso 2007', ['Laakso'], '2007', null, 'laakso2007'],
  ['Harrison 2002', ['Harrison'], '2002', null, 'harrison2002'],
  ['Federal Office for Migration 2004', ['Federal Office for Migration'], '2004', null, 'fom2004'],
  ['GCIM 2005', ['GCIM'], '2005', null, 'gcim2005'],
  ['IAMM 2004', ['IAMM'], '2004', null, 'fom2004'],
  ['Héritier and Rhodes 2010', ['Héritier', 'Rhodes'], '2010', null, 'heritier2010'],
  ['Sabel and Zeitlin 2010', ['Sabel', 'Zeitlin'], '2010', null, 'sabel2010'],
  ['Slaughter 2004', ['Slaughter'], '2004', null, 'slaughter2004'],
  ['Betts 2011c', ['Betts'], '2011', 'c', 'betts2011c'],
  ['Köhler 2011', ['Köhler'], '2011', null, 'kohler2011'],
  ['Thouez and Channac 2006', ['Thouez', 'Channac'], '2006', null, 'thouez2006'],
  ['Lavenex 2008', ['Lavenex'], '2008', null, 'lavenex2008'],
  ['UN 2004', ['UN'], '2004', null, 'un2004'],
  ['IOM 2003', ['IOM'], '2003', null, 'iom2003'],
];

/** The paper's 34 citations in reading order, by label; an ibid counts as its antecedent. */
const OCCURRENCES = [
  'Bhagwati 2003', 'Ghosh 2000', 'Hollifield 1998', 'Trachtman 2009', 'Aleinikoff 2003',
  'Betts 2011a', 'Betts 2011b', 'Kunz, Lavenex, Panizzon 2011', 'Lahav and Lavenex 2012',
  'European Commission 2011', 'Abrahamsen 2004', 'Fowler 2002', 'Maxwell and Riddell 1998',
  'Ruckert 2006', 'Commission on Aid and Development 1969', 'Laakso 2007', 'Abrahamsen 2004',
  'Abrahamsen 2004' /* ibid: 1456 */, 'Harrison 2002', 'Federal Office for Migration 2004',
  'GCIM 2005', 'IAMM 2004', 'IAMM 2004', 'Héritier and Rhodes 2010', 'Sabel and Zeitlin 2010',
  'Slaughter 2004', 'Betts 2011c', 'Köhler 2011', 'Thouez and Channac 2006', 'Lavenex 2008',
  'Betts 2011c', 'UN 2004', 'IOM 2003', 'IOM 2003' /* ibid: 136, 173 */,
]; // prettier-ignore

describe('bundled bibliography records', () => {
  const raw = readBundledJson() as Record<string, unknown>[];
  const works = bundledWorks();

  it('has one record per cited work plus the paper itself', () => {
    expect(raw).toHaveLength(29);
    expect(works).toHaveLength(29);
    expect(works.map((w) => w.citationKey)).toContain('lavenex2013');
  });

  it('gives every record a type, a title and an issued year', () => {
    for (const work of works) {
      expect(work.csl.type, work.citationKey).toMatch(/^[a-z-]+$/);
      expect(work.csl.title?.trim().length, work.citationKey).toBeGreaterThan(0);
      expect(workYear(work), work.citationKey).toMatch(/^(19|20)\d\d$/);
    }
  });

  it('gives every record a unique valid key equal to its id and citation-key', () => {
    const keys = raw.map((r) => r.id);
    expect(new Set(keys).size).toBe(keys.length);
    for (const record of raw) {
      expect(record['citation-key']).toBe(record.id);
      expect(isValidCitationKey(String(record.id)), String(record.id)).toBe(true);
    }
  });

  it('records confidence and source for every work, with a remark where there is a doubt', () => {
    for (const work of works) {
      expect(work.confidence, work.citationKey).not.toBeNull();
      expect(work.confidence?.source.length).toBeGreaterThan(0);
    }
    const byKey = new Map(works.map((w) => [w.citationKey, w]));
    expect(byKey.get('aleinikoff2003')?.confidence?.remark).toMatch(/2007/);
    expect(byKey.get('betts2011a')?.confidence?.level).toBe('guess');
    expect(byKey.get('betts2011b')?.confidence?.level).toBe('guess');
    expect(byKey.get('betts2011a')?.confidence?.remark).toMatch(/GUESS/);
    expect(byKey.get('fom2004')?.confidence?.remark).toMatch(/IAMM/);
  });

  it('keeps CSL valid: no stray note, our fields lifted out of custom', () => {
    for (const work of works) {
      expect(work.csl.note, work.citationKey).toBeUndefined();
      expect(work.csl.custom, work.citationKey).toBeUndefined();
    }
  });

  it('writes corporate authors as literal names, with the correct name for the Pearson report', () => {
    const byKey = new Map(works.map((w) => [w.citationKey, w]));
    expect(byKey.get('europeancommission2011')?.csl.author).toEqual([
      { literal: 'European Commission' },
    ]);
    expect(byKey.get('commission1969')?.csl.author).toEqual([
      { literal: 'Commission on International Development' },
    ]);
    expect(byKey.get('commission1969')?.citedAs).toEqual([
      'Commission on Aid and Development 1969',
    ]);
    expect(byKey.get('kohler2011')?.csl.author?.[0]?.family).toBe('Koehler');
    expect(byKey.get('kohler2011')?.citedAs).toEqual(['Köhler 2011']);
  });

  it('lists exactly the paper’s labels in citedAs, each on one record', () => {
    const cited = works.flatMap((w) => w.citedAs).sort();
    expect(cited).toEqual(PAPER_LABELS.map(([label]) => label).sort());
    for (const [label, , , , key] of PAPER_LABELS) {
      const owners = works.filter((w) => w.citedAs.includes(label)).map((w) => w.citationKey);
      expect(owners, label).toEqual([key]);
    }
  });
});

describe('resolving the paper’s citations against the bundled bibliography', () => {
  const works = bundledWorks();
  const index = buildWorkIndex(works);
  const byLabel = new Map(PAPER_LABELS.map((row) => [row[0], row]));

  it.each(PAPER_LABELS)('%s resolves to exactly one work', (_label, authors, year, suffix, key) => {
    expect(resolveCitation(cite(authors, year, suffix), index)).toBe(key);
  });

  it('resolves all 34 citation occurrences, leaving only the paper itself uncited', () => {
    expect(OCCURRENCES).toHaveLength(34);
    const resolved = OCCURRENCES.map((label) => {
      const row = byLabel.get(label);
      if (!row) throw new Error(`no label row for ${label}`);
      return resolveCitation(cite(row[1], row[2], row[3]), index);
    });
    expect(resolved.every((key) => key !== null)).toBe(true);
    const cited = new Set(resolved);
    expect(cited.size).toBe(28);
    expect(works.filter((w) => !cited.has(w.citationKey)).map((w) => w.citationKey)).toEqual([
      'lavenex2013',
    ]);
  });

  it('resolves the FOM and IAMM labels to one record, and finds it by the old iamm2004 key', () => {
    const fom = resolveCitation(cite(['Federal Office for Migration'], '2004'), index);
    const iamm = resolveCitation(cite(['IAMM'], '2004'), index);
    expect(fom).toBe('fom2004');
    expect(iamm).toBe(fom);
    expect(findWorkByKey(index, 'iamm2004')?.citationKey).toBe('fom2004');
  });

  it('resolves Köhler, Koehler and Kohler to the Koehler chapter', () => {
    for (const name of ['Köhler', 'Koehler', 'Kohler', 'KÖHLER']) {
      expect(resolveCitation(cite([name], '2011'), index), name).toBe('kohler2011');
    }
  });

  it('never guesses when the labels are gone: names + year alone resolve or return null', () => {
    const unlabelled = buildWorkIndex(works.map((w) => ({ ...w, citedAs: [] })));
    for (const [label, authors, year, suffix, key] of PAPER_LABELS) {
      const got = resolveCitation(cite(authors, year, suffix), unlabelled);
      // Betts 2011a/b/c share name and year; the misnomer and the IAMM title match no author.
      const unknowable =
        label.startsWith('Betts') || label.startsWith('Commission') || label.startsWith('IAMM');
      expect(got, label).toBe(unknowable ? null : key);
    }
  });
});
