import { beforeAll, describe, expect, it } from 'vitest';
import { LibraryService } from '../../../src/services/library';
import { NotFoundError } from '../../../src/services/errors';

describe('LibraryService on the bundled paper', () => {
  let library: LibraryService;
  beforeAll(async () => {
    library = await LibraryService.open();
  });

  it('lists every bundled work with its citation counts', () => {
    const works = library.listWorks();
    expect(works).toHaveLength(29);
    const count = (key: string) => works.find((w) => w.key === key)?.timesCited;
    expect(count('betts2011c')).toBe(2);
    expect(count('abrahamsen2004')).toBe(3); // two citations plus the ibid that repeats one
    expect(count('fom2004')).toBe(3); // cited as Federal Office for Migration and twice as IAMM
    expect(count('lavenex2013')).toBe(0); // the paper itself
    const total = works.reduce((n, w) => n + w.timesCited, 0);
    expect(total).toBe(library.paper.citations.length);
  });

  it('finds a work by key or by alias, and names an unknown key', () => {
    expect(library.getWork('iamm2004').key).toBe('fom2004');
    expect(() => library.getWork('nobody1999')).toThrow(NotFoundError);
    expect(() => library.getWork('nobody1999')).toThrow('`nobody1999`');
  });

  it('formats a reference disambiguated as in the library (2011a/b/c)', () => {
    expect(library.formatReference('betts2011c', 'apa', 'text')).toContain('Betts, A. (2011c).');
    expect(library.formatReference('betts2011b', 'apa', 'text')).toContain('(2011b).');
    expect(library.formatReference('kohler2011', 'apa', 'text')).toContain('(2011).');
    expect(library.formatReference('betts2011a', 'chicago-author-date', 'html')).toContain('2011a');
  });

  it('names the author in every reference shown alone (no "———" for a repeated author)', () => {
    for (const key of ['betts2011a', 'betts2011b', 'betts2011c']) {
      const chicago = library.formatReference(key, 'chicago-author-date', 'text');
      expect(chicago).toMatch(/^Betts, Alexander/);
      expect(chicago).not.toContain('———');
    }
  });

  it('exports BibTeX for chosen keys only', () => {
    const bib = library.exportBibtex(['betts2011c', 'kohler2011']);
    expect(bib.match(/^@\w+\{/gm)).toHaveLength(2);
    expect(bib).toContain('@incollection{betts2011c,');
  });
});
