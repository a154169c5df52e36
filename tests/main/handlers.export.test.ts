// Export over the contract: every scope and format, save through the dialog, manuscript citations.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openExportTestApp, type ExportTestApp } from './exportHelpers';

let app: ExportTestApp;
beforeEach(async () => {
  app = await openExportTestApp();
});
afterEach(() => app.close());

const keysOf = (bib: string) => [...bib.matchAll(/^@\w+\{([^,]+),/gm)].map((m) => m[1]);

describe('previewExport', () => {
  it('exports the whole library as BibTeX, with a file name and a count', async () => {
    const preview = await app.call('previewExport', {
      target: { kind: 'library' },
      format: 'bibtex',
    });
    expect(preview.count).toBe(29);
    expect(keysOf(preview.content)).toHaveLength(29);
    expect(keysOf(preview.content)).toContain('betts2011c');
    expect(preview.fileName).toBe('library.bib');
    expect(preview.description).toBe('the whole library');
    expect(preview.clipboard).toBeNull();
  });

  it('exports a selection, one work, a list, a note and a claim by their works', async () => {
    const selection = await app.call('previewExport', {
      target: { kind: 'selection', keys: ['kohler2011', 'betts2011c'] },
      format: 'ris',
    });
    expect(selection.count).toBe(2);
    expect(selection.content.match(/^TY {2}- /gm)).toHaveLength(2);
    expect(selection.fileName).toBe('selection.ris');

    const one = await app.call('previewExport', {
      target: { kind: 'work', key: 'betts2011c' },
      format: 'csl-json',
    });
    expect(JSON.parse(one.content)).toHaveLength(1);
    expect(one.fileName).toBe('betts2011c.json');

    const list = await app.call('createReadingList', { name: 'Partnerships' });
    await app.call('addToReadingList', { listId: list.id, workKeys: ['lavenex2008', 'kunz2011'] });
    const fromList = await app.call('previewExport', {
      target: { kind: 'list', listId: list.id },
      format: 'biblatex',
    });
    expect(keysOf(fromList.content).sort()).toEqual(['kunz2011', 'lavenex2008']);
    expect(fromList.description).toBe('the reading list “Partnerships”');
    expect(fromList.fileName).toBe('Partnerships.bib');

    const note = await app.call('createNote', {
      title: 'Trans-regionalism',
      body: 'Betts on RCPs [@betts2011c, p. 41]; compare [@kohler2011].',
    });
    const fromNote = await app.call('previewExport', {
      target: { kind: 'note', noteId: note.id },
      format: 'bibtex',
    });
    expect(keysOf(fromNote.content).sort()).toEqual(['betts2011c', 'kohler2011']);

    const claim = app.services.library.paper.claims.find(
      (c) => c.workIds.length >= 2 && c.workIds.includes('betts2011c'),
    );
    expect(claim).toBeDefined();
    const fromClaim = await app.call('previewExport', {
      target: { kind: 'claim', claimId: claim!.id },
      format: 'bibtex',
    });
    expect(keysOf(fromClaim.content).sort()).toEqual([...claim!.workIds].sort());

    const userClaim = await app.call('createUserClaim', {
      statement: 'Partnerships shift costs to origin countries.',
      links: [{ workKey: 'lavenex2008', stance: 'supporting' }],
    });
    const fromUserClaim = await app.call('previewExport', {
      target: { kind: 'claim', claimId: userClaim.id },
      format: 'bibtex',
    });
    expect(keysOf(fromUserClaim.content)).toEqual(['lavenex2008']);
  });

  it('formats a bibliography in a style and locale, with text and HTML for the clipboard', async () => {
    const preview = await app.call('previewExport', {
      target: { kind: 'selection', keys: ['betts2011c'] },
      format: 'bibliography',
      style: 'chicago-author-date',
      output: 'rtf',
      forClipboard: true,
    });
    expect(preview.content.startsWith('{\\rtf')).toBe(true);
    expect(preview.fileName).toBe('betts2011c.rtf');
    expect(preview.mimeType).toBe('application/rtf');
    expect(preview.clipboard?.text).toContain(
      'Betts, Alexander. 2011. “The Global Governance of Migration and the Role of Trans-Regionalism.”',
    );
    expect(preview.clipboard?.html).toContain('<div class="csl-bib-body">');
    const apa = await app.call('previewExport', {
      target: { kind: 'work', key: 'betts2011c' },
      format: 'bibliography',
    });
    expect(apa.content).toMatch(/^Betts, A\. \(2011\)\./);
  });

  it('says what is wrong with an empty list, a note without works, or an unknown id', async () => {
    const list = await app.call('createReadingList', { name: 'Empty' });
    const empty = await app.fail('previewExport', {
      target: { kind: 'list', listId: list.id },
      format: 'bibtex',
    });
    expect(empty).toMatchObject({ code: 'nothing-to-export' });
    expect(empty.message).toContain('The reading list “Empty” has no works to export');
    const note = await app.call('createNote', { title: 'Thoughts', body: 'No citations here.' });
    await expect(
      app.fail('previewExport', { target: { kind: 'note', noteId: note.id }, format: 'bibtex' }),
    ).resolves.toMatchObject({ code: 'nothing-to-export' });
    await expect(
      app.fail('previewExport', { target: { kind: 'list', listId: 'l-nope' }, format: 'bibtex' }),
    ).resolves.toMatchObject({ code: 'not-found' });
    await expect(
      app.fail('previewExport', {
        target: { kind: 'selection', keys: ['nosuchwork'] },
        format: 'bibtex',
      }),
    ).resolves.toMatchObject({ code: 'not-found', message: expect.stringContaining('nosuchwork') });
    await expect(
      app.fail('previewExport', { target: { kind: 'library' }, format: 'docx' }),
    ).resolves.toMatchObject({ code: 'invalid-payload' });
  });
});

describe('saveExport', () => {
  it('writes the file the user chose, with the preview’s content; a cancel writes nothing', async () => {
    const path = join(app.outDir, 'refs.bib');
    app.savePaths.push(path);
    const request = { target: { kind: 'library' }, format: 'bibtex' } as const;
    const saved = await app.call('saveExport', request);
    expect(saved).toEqual({ saved: true, path, count: 29 });
    const preview = await app.call('previewExport', request);
    await expect(readFile(path, 'utf8')).resolves.toBe(preview.content);
    expect(app.dialogRequests[0]).toMatchObject({
      defaultName: 'library.bib',
      filters: [{ name: 'BibTeX', extensions: ['bib'] }],
    });

    app.savePaths.push(null);
    await expect(app.call('saveExport', request)).resolves.toEqual({ saved: false });
  });

  it('reports a folder it cannot write to, naming the path', async () => {
    app.savePaths.push(join(app.outDir, 'no/such/folder/refs.bib'));
    const error = await app.fail('saveExport', { target: { kind: 'library' }, format: 'ris' });
    expect(error.code).toBe('export-write-failed');
    expect(error.message).toContain('no/such/folder/refs.bib');
  });
});

describe('formatCitation', () => {
  it('writes pandoc, biblatex, natbib and the style’s in-text form', async () => {
    const cite = (form: string, extra: object = {}) =>
      app
        .call('formatCitation', { cites: [{ key: 'betts2011c', locator: '41' }], form, ...extra })
        .then((r) => r.text);
    await expect(cite('pandoc')).resolves.toBe('[@betts2011c, p. 41]');
    await expect(cite('latex-parencite')).resolves.toBe('\\parencite[41]{betts2011c}');
    await expect(cite('latex-citep')).resolves.toBe('\\citep[41]{betts2011c}');
    await expect(cite('in-text')).resolves.toBe('(Betts 2011c, 41)');
    await expect(cite('in-text', { style: 'apa' })).resolves.toBe('(Betts, 2011c, p. 41)');
  });

  it('cites several works, resolves aliases, and names unknown keys', async () => {
    const both = await app.call('formatCitation', {
      cites: [{ key: 'betts2011c', locator: '41' }, { key: 'kohler2011' }],
      form: 'pandoc',
    });
    expect(both.text).toBe('[@betts2011c, p. 41; @kohler2011]');
    const error = await app.fail('formatCitation', {
      cites: [{ key: 'smith2099' }],
      form: 'pandoc',
    });
    expect(error).toMatchObject({
      code: 'not-found',
      message: expect.stringContaining('smith2099'),
    });
  });
});
