// Reading lists over the contract: build, reorder, status and comment, export, delete with undo.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listFileName } from '../../src/main/handlers/lists';
import { openTestApp, removeDataDirs, type TestApp } from './handlerHelpers';

let app: TestApp;
beforeEach(async () => {
  app = await openTestApp();
});
afterEach(() => app.close());
afterAll(removeDataDirs);

describe('reading list handlers', () => {
  it('builds, reorders and annotates a list, and keeps it across a restart', async () => {
    const list = await app.call('createReadingList', { name: '  Partnerships  ' });
    expect(list.name).toBe('Partnerships');
    const added = await app.call('addToReadingList', {
      listId: list.id,
      workKeys: ['betts2011c', 'kohler2011', 'lavenex2008', 'betts2011c'],
    });
    expect(added.added).toEqual(['betts2011c', 'kohler2011', 'lavenex2008']);
    const again = await app.call('addToReadingList', { listId: list.id, workKeys: ['kohler2011'] });
    expect(again.alreadyPresent).toEqual(['kohler2011']);

    await app.call('moveReadingListItem', { listId: list.id, workKey: 'lavenex2008', toIndex: 0 });
    await app.call('setReadingListItemStatus', {
      listId: list.id,
      workKey: 'kohler2011',
      status: 'reading',
    });
    await app.call('setReadingListItemComment', {
      listId: list.id,
      workKey: 'betts2011c',
      comment: 'Chapter 1 first',
    });
    await app.restart();
    const [stored] = await app.call('listReadingLists', {});
    expect(stored?.items.map((i) => [i.workKey, i.status, i.comment])).toEqual([
      ['lavenex2008', 'to-read', ''],
      ['betts2011c', 'to-read', 'Chapter 1 first'],
      ['kohler2011', 'reading', ''],
    ]);
  });

  it("exports a list as BibTeX (entries in the list's order) and as RIS", async () => {
    const list = await app.call('createReadingList', { name: 'To cite: EU/Africa?' });
    await app.call('addToReadingList', { listId: list.id, workKeys: ['kohler2011', 'betts2011c'] });
    const bib = await app.call('exportReadingList', { listId: list.id });
    expect(bib.fileName).toBe('To cite EU Africa.bib');
    expect(bib.mimeType).toBe('application/x-bibtex');
    const keys = [...bib.content.matchAll(/^@\w+\{([^,]+),/gm)].map((m) => m[1]);
    expect(keys).toEqual(['kohler2011', 'betts2011c']);
    expect(bib.content).toMatch(/title\s*=\s*\{The Global Governance of Migration/);
    const ris = await app.call('exportReadingList', { listId: list.id, format: 'ris' });
    expect(ris.fileName).toBe('To cite EU Africa.ris');
    expect(ris.content.match(/^TY {2}- /gm)).toHaveLength(2);
  });

  it('refuses an empty export, a taken name, an unknown work and a bad status', async () => {
    const list = await app.call('createReadingList', { name: 'Empty' });
    expect(await app.fail('exportReadingList', { listId: list.id })).toMatchObject({
      code: 'invalid',
      message: 'The list "Empty" is empty: add works to it before exporting.',
    });
    expect((await app.fail('createReadingList', { name: 'empty' })).code).toBe('conflict');
    const unknown = await app.fail('addToReadingList', { listId: list.id, workKeys: ['nobody'] });
    expect(unknown.code).toBe('unknown-work');
    const status = await app.fail('setReadingListItemStatus', {
      listId: list.id,
      workKey: 'betts2011c',
      status: 'skimmed',
    });
    expect(status.code).toBe('invalid-payload');
    expect((await app.fail('addToReadingList', { listId: list.id, workKeys: [] })).code).toBe(
      'invalid-payload',
    );
  });

  it('renames, deletes and restores a list once', async () => {
    const list = await app.call('createReadingList', { name: 'Old name' });
    await app.call('addToReadingList', { listId: list.id, workKeys: ['betts2011c'] });
    expect((await app.call('renameReadingList', { listId: list.id, name: 'New' })).name).toBe(
      'New',
    );
    await app.call('deleteReadingList', { listId: list.id });
    expect(await app.call('listReadingLists', {})).toEqual([]);
    const restored = await app.call('restoreReadingList', { listId: list.id });
    expect(restored).toMatchObject({ id: list.id, name: 'New' });
    expect(restored.items).toHaveLength(1);
    expect((await app.fail('restoreReadingList', { listId: list.id })).code).toBe('not-found');
  });

  it('puts a work taken off a list back in its place, once', async () => {
    const list = await app.call('createReadingList', { name: 'R' });
    const workKeys = ['kohler2011', 'betts2011c', 'lavenex2008'];
    await app.call('addToReadingList', { listId: list.id, workKeys });
    await app.call('setReadingListItemComment', {
      listId: list.id,
      workKey: 'betts2011c',
      comment: 'read first',
    });
    const after = await app.call('removeFromReadingList', {
      listId: list.id,
      workKeys: ['betts2011c'],
    });
    expect(after.items.map((i) => i.workKey)).toEqual(['kohler2011', 'lavenex2008']);
    const restored = await app.call('restoreToReadingList', {
      listId: list.id,
      workKeys: ['betts2011c'],
    });
    expect(restored.items.map((i) => i.workKey)).toEqual(workKeys);
    expect(restored.items[1]).toMatchObject({ comment: 'read first' });
    const again = await app.fail('restoreToReadingList', {
      listId: list.id,
      workKeys: ['betts2011c'],
    });
    expect(again.code).toBe('not-found');
  });
});

describe('listFileName', () => {
  it('makes a safe file name of any list name', () => {
    expect(listFileName('../etc/passwd', 'bibtex')).toBe('etc passwd.bib');
    expect(listFileName('a\u0000b\tc', 'csl-json')).toBe('a b c.json');
    expect(listFileName('   ', 'ris')).toBe('reading list.ris');
  });
});
