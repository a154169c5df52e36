// The bundled paper: every in-text citation, counted from the raw file and from the parsed text.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { citationsOfDocument, parseCitations } from '../../../src/core/citations';
import type { Citation } from '../../../src/core/citations';
import { parseDocument } from '../../../src/core/document';

const paperPath = fileURLToPath(
  new URL(
    '../../../resources/lavenex-panizzon-2013-multilayered-migration-governance.md',
    import.meta.url,
  ),
);
const raw = readFileSync(paperPath, 'utf8');
const doc = parseDocument(raw);

/** The paper's citations as counted by hand, in order: authors year+suffix [: locator]. */
const EXPECTED = [
  'Bhagwati 2003',
  'Ghosh 2000',
  'Hollifield 1998',
  'Trachtman 2009',
  'Aleinikoff 2003',
  'Betts 2011a',
  'Betts 2011b',
  'Kunz|Lavenex|Panizzon 2011',
  'Lahav|Lavenex 2012',
  'European Commission 2011: 11',
  'Abrahamsen 2004',
  'Fowler 2002',
  'Maxwell|Riddell 1998',
  'Ruckert 2006',
  'Commission on Aid and Development 1969: 127',
  'Laakso 2007: 118',
  'Abrahamsen 2004: 1455',
  'Abrahamsen 2004: 1456',
  'Harrison 2002: 587',
  'Federal Office for Migration 2004: 13',
  'GCIM 2005: 66',
  'IAMM 2004',
  'IAMM 2004: 13',
  'Héritier|Rhodes 2010',
  'Sabel|Zeitlin 2010',
  'Slaughter 2004',
  'Betts 2011c',
  'Köhler 2011',
  'Thouez|Channac 2006',
  'Lavenex 2008: 951',
  'Betts 2011c: 41',
  'UN 2004: 155',
  'IOM 2003: 135',
  'IOM 2003: 136, 173',
];

const label = (c: Citation): string =>
  `${c.authors.join('|')} ${c.year}${c.yearSuffix ?? ''}${c.locator ? `: ${c.locator}` : ''}`;

describe.each([
  ['the raw file', raw, parseCitations(raw)],
  ['the parsed document with its italics', doc.text, citationsOfDocument(doc)],
  ['the parsed document text without italics', doc.text, parseCitations(doc.text)],
])('the bundled paper, read from %s', (_source, text, found) => {
  it('has the 34 citations counted by hand, in order', () => {
    expect(found.map(label)).toEqual(EXPECTED);
  });

  it('marks the two ibids and resolves them', () => {
    const ibids = found.filter((c) => c.ibid);
    expect(ibids.map((c) => [c.raw, found.find((t) => t.id === c.ibidOf)?.raw])).toEqual([
      ['ibid: 1456', 'Abrahamsen 2004: 1455'],
      ['ibid: 136, 173', 'IOM 2003: 135'],
    ]);
  });

  it('reads Harrison and Alexander Betts as narrative citations only', () => {
    expect(found.filter((c) => c.narrative).map((c) => text.slice(c.start, c.end))).toEqual([
      'Alexander Betts (2011a',
      '2011b',
      'Harrison (2002: 587)',
    ]);
  });

  it('keeps the prefixes as written', () => {
    expect(found.filter((c) => c.prefix).map((c) => [c.authors[0], c.prefix])).toEqual([
      ['Bhagwati', 'e.g.'],
      ['Lahav', 'see also'],
    ]);
  });

  it('does not read the 1997 White Paper or the May 1996 report as citations', () => {
    const covered = (needle: string): boolean => {
      const at = text.indexOf(needle);
      return found.some((c) => c.start <= at && at < c.end);
    };
    expect(text.indexOf('(1997)')).toBeGreaterThan(0);
    expect(covered('(1997)')).toBe(false);
    expect(covered('May 1996')).toBe(false);
  });
});
