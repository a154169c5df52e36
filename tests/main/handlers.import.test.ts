// Import over the contract: plan (nothing written), review, apply with decisions, works in the library.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openExportTestApp, type ExportTestApp } from './exportHelpers';

const FIXTURE = join(
  import.meta.dirname,
  '../fixtures/import/two new works, a duplicate and a broken entry.bib',
);
const FILE_NAME = 'my references.bib';

let app: ExportTestApp;
let text: string;
beforeEach(async () => {
  app = await openExportTestApp();
  text = await readFile(FIXTURE, 'utf8');
});
afterEach(() => app.close());

describe('planImport', () => {
  it('says what is new, what duplicates which work and why, and what cannot be read', async () => {
    const plan = await app.call('planImport', { text, fileName: FILE_NAME });
    expect(plan.counts).toEqual({ readable: 3, new: 2, duplicates: 1, unreadable: 1 });
    expect(plan.fileName).toBe(FILE_NAME);
    expect(plan.format).toBe('bibtex');
    expect(plan.items.map((i) => [i.key, i.status, i.line])).toEqual([
      ['geddes2016', 'new', 4],
      ['boswell2007', 'new', 13],
      ['betts2011', 'duplicate', 24],
    ]);
    expect(plan.items[0]).toMatchObject({
      label: 'Geddes and Scholten 2016',
      title: 'The Politics of Migration and Immigration in Europe',
      type: 'book',
      duplicate: null,
    });
    expect(plan.items[2]?.duplicate).toMatchObject({
      key: 'betts2011c',
      label: 'Betts 2011c',
      title: 'The Global Governance of Migration and the Role of Trans-regionalism',
      reason: 'title-year-author',
      reasonText: 'same title, year and first author',
    });
    // Both records' fields side by side, as text, for the field-by-field merge view.
    const fields = plan.items[2]?.duplicate?.fields ?? [];
    expect(fields.map((f) => f.name)).not.toContain('id');
    expect(fields.find((f) => f.name === 'author')?.library).toMatch(/^Betts, /);
    expect(plan.errors).toHaveLength(1);
    expect(plan.errors[0]).toMatchObject({ line: 34, key: 'broken2020' });
    expect(plan.errors[0]?.message).toMatch(/^line 34: entry `broken2020`: missing closing brace/);
    await expect(app.call('listWorks', {})).resolves.toHaveLength(29);
  });

  it('refuses an empty file and explains an unreadable one', async () => {
    await expect(
      app.fail('planImport', { text: '  \n', fileName: 'empty.bib' }),
    ).resolves.toMatchObject({
      code: 'invalid',
      message: 'empty.bib is empty: there is nothing to import.',
    });
    const plan = await app.call('planImport', {
      text: 'Dear colleague, ...',
      fileName: 'letter.txt',
    });
    expect(plan.counts.readable).toBe(0);
    expect(plan.errors[0]?.message).toContain('not a bibliography file Scholion can read');
  });
});

describe('applyImport', () => {
  it('imports nothing from a file with unreadable entries unless partial import is chosen', async () => {
    const plan = await app.call('planImport', { text, fileName: FILE_NAME });
    const refused = await app.fail('applyImport', { planId: plan.planId, decisions: {} });
    expect(refused.code).toBe('import-has-errors');
    expect(refused.message).toContain('Nothing was imported: 1 entry could not be read');
    await expect(app.call('listWorks', {})).resolves.toHaveLength(29);

    const result = await app.call('applyImport', {
      planId: plan.planId,
      decisions: { otherwise: 'skip' },
      allowPartial: true,
    });
    expect(result).toEqual({
      added: ['geddes2016', 'boswell2007'],
      merged: [],
      skipped: [{ line: 24, duplicateOf: 'betts2011c' }],
      leftOut: [expect.objectContaining({ line: 34, key: 'broken2020' })],
      excluded: [],
    });
  });

  it('shows imported works in the library, with provenance, references and BibTeX', async () => {
    const plan = await app.call('planImport', { text, fileName: FILE_NAME });
    await app.call('applyImport', { planId: plan.planId, decisions: {}, allowPartial: true });
    const works = await app.call('listWorks', {});
    expect(works).toHaveLength(31);
    const boswell = works.find((w) => w.key === 'boswell2007');
    expect(boswell).toMatchObject({
      label: 'Boswell 2007',
      provenance: 'imported',
      importedFrom: FILE_NAME,
      timesCited: 0,
      confidence: null,
    });
    expect(works.find((w) => w.key === 'betts2011c')?.provenance).toBe('bundled');
    const detail = await app.call('getWork', { key: 'geddes2016' });
    expect(detail.work.provenance).toMatchObject({ kind: 'imported', file: FILE_NAME });
    await expect(
      app.call('formatReference', { key: 'boswell2007', style: 'apa', format: 'text' }),
    ).resolves.toContain('Boswell, C. (2007). Theorizing Migration Policy');
    await expect(app.call('exportBibtex', { keys: ['boswell2007'] })).resolves.toContain(
      'doi = {10.1111/j.1747-7379.2007.00057.x}',
    );
    // Survives a restart, and a second import of the same file finds them all as duplicates.
    await app.restart();
    await expect(app.call('listWorks', {})).resolves.toHaveLength(31);
    const again = await app.call('planImport', { text, fileName: FILE_NAME });
    expect(again.counts).toMatchObject({ new: 0, duplicates: 3 });
    // The same key with the same content is the same entry (issue 10 item 6), not merely a DOI match.
    expect(again.items.find((i) => i.entryKey === 'boswell2007')?.duplicate?.reason).toBe(
      'same-entry',
    );
  });

  it('merges a duplicate into the library work, which keeps its key and gains what it lacked', async () => {
    const plan = await app.call('planImport', { text, fileName: FILE_NAME });
    const dup = plan.items.find((i) => i.status === 'duplicate')!;
    const result = await app.call('applyImport', {
      planId: plan.planId,
      decisions: { perItem: { [dup.index]: 'merge' } },
      allowPartial: true,
    });
    expect(result.merged).toEqual(['betts2011c']);
    const betts = await app.call('getWork', { key: 'betts2011c' });
    expect(betts.work.csl.page).toBe('23-45');
    expect(betts.timesCited).toBe(2);
    expect(betts.work.citedAs).toEqual(['Betts 2011c']);
    await expect(app.call('listWorks', {})).resolves.toHaveLength(31);
  });

  it('keeps both under a fresh key, and refuses a plan it no longer has', async () => {
    const plan = await app.call('planImport', { text, fileName: FILE_NAME });
    const result = await app.call('applyImport', {
      planId: plan.planId,
      decisions: { otherwise: 'keep-both' },
      allowPartial: true,
    });
    expect(result.added).toEqual(['geddes2016', 'boswell2007', 'betts2011']);
    const again = await app.fail('applyImport', { planId: plan.planId, decisions: {} });
    expect(again.code).toBe('import-expired');
  });
});
