/**
 * A reading list exported keeps its order and carries each item's status and comment where the
 * format has a place; a saved HTML bibliography is a document with a charset.
 */
import { describe, expect, it } from 'vitest';
import type { ReadingList } from '../../../src/core/userData/lists';
import { ExportService, listScope, renderWorks } from '../../../src/services/export';
import { MemoryWorkStore } from '../../../src/services/import';
import { bundled } from '../../fixtures/works';

const list: ReadingList = {
  id: 'l1',
  name: 'Partnerships',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  items: [
    { workKey: 'kunz2011', placeholder: '', status: 'reading', comment: 'Ch. 2 & 3', addedAt: '' },
    { workKey: 'betts2011c', placeholder: '', status: 'to-read', comment: '', addedAt: '' },
    { workKey: 'bhagwati2003', placeholder: '', status: 'read', comment: 'Short', addedAt: '' },
  ],
} as ReadingList;

const exporter = new ExportService(new MemoryWorkStore(bundled()));
const keysIn = (text: string): string[] =>
  [...text.matchAll(/^@\w+\{([^,]+),/gm)].map((m) => m[1]!);

describe('reading list export', () => {
  it('BibTeX and BibLaTeX keep the list order, with readstatus and comment', async () => {
    for (const format of ['bibtex', 'biblatex'] as const) {
      const out = await exporter.export(listScope(list), { format });
      expect(keysIn(out)).toEqual(['kunz2011', 'betts2011c', 'bhagwati2003']);
      expect(out).toContain('readstatus = {reading},');
      expect(out).toContain('comment = {Ch. 2 \\& 3},');
    }
  });

  it('CSL-JSON keeps the order, the comment as annote and the status in custom', async () => {
    const items = JSON.parse(await exporter.export(listScope(list), { format: 'csl-json' })) as {
      id: string;
      annote?: string;
      custom?: Record<string, string>;
    }[];
    expect(items.map((i) => i.id)).toEqual(['kunz2011', 'betts2011c', 'bhagwati2003']);
    expect(items[0]).toMatchObject({
      annote: 'Ch. 2 & 3',
      custom: { 'reading-status': 'reading' },
    });
  });

  it('RIS carries status and comment as a note', async () => {
    const out = await exporter.export(listScope(list), { format: 'ris' });
    expect(out).toContain('N1  - Reading status: reading. Ch. 2 & 3');
  });

  it('exporting the library (not a list) still sorts by key and adds nothing', async () => {
    const out = await exporter.export({ kind: 'all' }, { format: 'bibtex' });
    const keys = keysIn(out);
    expect(keys).toEqual([...keys].sort());
    expect(out).not.toContain('readstatus');
  });
});

describe('HTML bibliography export', () => {
  it('is a full document with a UTF-8 charset; the clipboard fragment is not', () => {
    const works = bundled().slice(0, 3);
    const html = renderWorks(works, { format: 'formatted', style: 'apa', output: 'html' });
    expect(html).toMatch(/^<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">/);
    expect(html).toContain('<div class="csl-bib-body">');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    const fragment = renderWorks(works, {
      format: 'formatted',
      style: 'apa',
      output: 'html',
      standalone: false,
    });
    expect(fragment.startsWith('<div class="csl-bib-body">')).toBe(true);
  });
});
