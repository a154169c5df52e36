import { describe, expect, it } from 'vitest';
import { exportWorks, parseBibliographyFile, sniffFormat } from '../../../src/core/formats';
import { fixture, work, worksFrom } from '../../fixtures/works';

describe('RIS import', () => {
  const result = parseBibliographyFile(fixture('ris', 'two records and a stray tag.ris'));

  it('sniffs RIS and reads both records with their lines', () => {
    expect(result.format).toBe('ris');
    expect(result.entries.map((e) => [e.line, e.key])).toEqual([
      [1, 'maxwell1998'],
      [17, null],
    ]);
    expect(result.entries[0]!.csl).toMatchObject({
      id: 'maxwell1998',
      type: 'article-journal',
      title: 'Conditionality or Contract: Perspectives on Partnership for Development',
      author: [
        { family: 'Maxwell', given: 'Simon' },
        { family: 'Riddell', given: 'Roger' },
      ],
      page: '257-268',
    });
    expect(result.entries[1]!.csl).toMatchObject({
      type: 'book',
      ISBN: '0-19-829764-5',
      publisher: 'Oxford University Press',
    });
  });

  it('reports a tag outside any record by line', () => {
    expect(result.errors).toEqual([
      {
        line: 15,
        key: null,
        message: 'line 15: tag KW is outside any record (a record starts with "TY  - ")',
      },
    ]);
  });

  it('round-trips through RIS export', () => {
    const works = worksFrom(result.entries);
    const again = parseBibliographyFile(exportWorks(works, 'ris'));
    expect(again.errors).toEqual([]);
    expect(again.entries.map((e) => e.key)).toEqual(['maxwell1998', 'entry2']);
    expect(again.entries[0]!.csl.title).toBe(result.entries[0]!.csl.title);
    expect(again.entries[1]!.csl.ISBN).toBe('0-19-829764-5');
  });

  it('writes long values on one line (no mid-value wrapping)', () => {
    const long = 'A'.repeat(50) + ' ' + 'B'.repeat(50);
    const out = exportWorks([work({ id: 'x', title: long })], 'ris');
    expect(out).toContain(`TI  - ${long}\n`);
    expect(out.startsWith('TY  - BOOK\nID  - x\n')).toBe(true);
  });
});

describe('CSL-JSON import', () => {
  const result = parseBibliographyFile(fixture('csl-json', 'three items one bad.json'));

  it('imports the valid items and reports the bad one by line and key', () => {
    expect(result.format).toBe('csl-json');
    expect(result.entries.map((e) => [e.line, e.key])).toEqual([
      [2, 'abrahamsen2004'],
      [17, '42'],
    ]);
    expect(result.errors).toEqual([
      {
        line: 11,
        key: 'bad1',
        message:
          'line 11: item `bad1`: "author" must be a list of names like [{"family": "Smith", "given": "Ann"}]',
      },
    ]);
  });

  it('reports invalid JSON with its line', () => {
    const bad = parseBibliographyFile(
      '[\n  {"id": "a", "type": "book"},\n  {"id": "b" "type": "book"}\n]',
      'csl-json',
    );
    expect(bad.entries).toEqual([]);
    expect(bad.errors[0]!.line).toBe(3);
    expect(bad.errors[0]!.message).toMatch(/^line 3: the file is not valid JSON/);
  });
});

describe('format sniffing', () => {
  it('tells the three formats apart and rejects anything else with a message', () => {
    expect(sniffFormat('  [{"id":"a"}]')).toBe('csl-json');
    expect(sniffFormat('TY  - BOOK\nER  - \n')).toBe('ris');
    expect(sniffFormat('% x\n@book{a, title={T}}')).toBe('bibtex');
    const none = parseBibliographyFile('just some notes');
    expect(none.entries).toEqual([]);
    expect(none.errors[0]!.message).toMatch(/^line 1: this is not a bibliography file/);
  });
});
