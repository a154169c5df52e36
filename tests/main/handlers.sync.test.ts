// Keep-in-sync exports over the contract: bind a list to a file, change the list, see the file follow.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openExportTestApp, type ExportTestApp } from './exportHelpers';
import { runCli } from '../cli/runCli';

let app: ExportTestApp;
beforeEach(async () => {
  app = await openExportTestApp();
});
afterEach(() => app.close());

const keysIn = async (path: string) =>
  [...(await readFile(path, 'utf8')).matchAll(/^@\w+\{([^,]+),/gm)].map((m) => m[1]);

/** An entry typed into the bound file by hand (or by JabRef). */
const BY_HAND =
  '@book{byhand2024,\n  author = {Hand, Typed},\n  title = {Added Outside Scholion},\n  year = {2024},\n  publisher = {Own}\n}\n';

/** Waits for the debounced rewrite the last change asked for. */
const settled = () => app.services.exportSync.syncAll();

/**
 * A reading list bound to `fileName` holding Betts 2011c, whose file then gets an entry typed by
 * hand, after which Köhler 2011 is added to the list (a change Scholion must not write).
 */
async function boundListEditedByHand(name: string, fileName: string) {
  const list = await app.call('createReadingList', { name });
  const path = join(app.outDir, fileName);
  app.savePaths.push(path);
  const made = await app.call('syncExportToFile', { target: { kind: 'list', listId: list.id } });
  if (!made.bound) throw new Error('not bound');
  await app.call('addToReadingList', { listId: list.id, workKeys: ['betts2011c'] });
  await settled();
  const edited = `${await readFile(path, 'utf8')}\n${BY_HAND}`;
  await writeFile(path, edited);
  await app.call('addToReadingList', { listId: list.id, workKeys: ['kohler2011'] });
  await settled();
  return { list, path, id: made.binding.id, edited };
}

describe('keep-in-sync exports', () => {
  it('rewrites a list’s file when works are added, moved or removed', async () => {
    const list = await app.call('createReadingList', { name: 'Manuscript' });
    const path = join(app.outDir, 'manuscript.bib');
    app.savePaths.push(path);
    const bound = await app.call('syncExportToFile', {
      target: { kind: 'list', listId: list.id },
    });
    expect(bound).toMatchObject({
      bound: true,
      binding: {
        path,
        format: 'bibtex',
        description: 'the reading list “Manuscript”',
        problem: null,
      },
    });
    expect(app.dialogRequests[0]?.defaultName).toBe('Manuscript.bib');
    await expect(keysIn(path)).resolves.toEqual([]);

    await app.call('addToReadingList', { listId: list.id, workKeys: ['betts2011c', 'kohler2011'] });
    await settled();
    await expect(keysIn(path)).resolves.toEqual(['betts2011c', 'kohler2011']);

    await app.call('removeFromReadingList', { listId: list.id, workKeys: ['betts2011c'] });
    await settled();
    await expect(keysIn(path)).resolves.toEqual(['kohler2011']);
    const [status] = await app.call('listSyncedExports', {});
    expect(status?.lastWrittenAt).not.toBeNull();
  });

  it('follows edits of its works: a field, a new key, and a CLI edit while the app is open', async () => {
    const list = await app.call('createReadingList', { name: 'Edited' });
    const path = join(app.outDir, 'edited.bib');
    app.savePaths.push(path);
    await app.call('syncExportToFile', { target: { kind: 'list', listId: list.id } });
    const made = await app.call('createWork', {
      type: 'book',
      fields: { title: 'First Title', author: 'Adeyemi, Tola', issued: '2022' },
    });
    const key = made.work.citationKey;
    await app.call('addToReadingList', { listId: list.id, workKeys: [key] });
    await settled();
    await expect(readFile(path, 'utf8')).resolves.toContain('First Title');

    await app.call('updateWork', { key, fields: { title: 'Second Title' } });
    await settled();
    const edited = await readFile(path, 'utf8');
    expect(edited).toContain('Second Title');
    expect(edited).not.toContain('First Title');

    await app.call('renameWorkKey', { key, newKey: 'adeyemi2022edited' });
    await settled();
    await expect(keysIn(path)).resolves.toEqual(['adeyemi2022edited']);

    // The CLI's edit reaches the open app through the change journal, and the file follows.
    const cli = await runCli([
      'work',
      'edit',
      'adeyemi2022edited',
      '--field',
      'publisher=Terminal Press',
      '--data-dir',
      app.dataDir,
    ]);
    expect(cli.code, cli.stderr).toBe(0);
    await expect
      .poll(() => readFile(path, 'utf8'), { timeout: 15_000 })
      .toContain('Terminal Press');
  }, 60_000);

  it('rewrites on its own after the debounce delay, without being asked', async () => {
    const list = await app.call('createReadingList', { name: 'Draft' });
    const path = join(app.outDir, 'draft.bib');
    app.savePaths.push(path);
    await app.call('syncExportToFile', { target: { kind: 'list', listId: list.id } });
    await app.call('addToReadingList', { listId: list.id, workKeys: ['lavenex2008'] });
    await expect.poll(() => keysIn(path), { timeout: 3000 }).toEqual(['lavenex2008']);
  });

  it('keeps bindings across a restart and catches up with changes made meanwhile', async () => {
    const list = await app.call('createReadingList', { name: 'Kept' });
    const path = join(app.outDir, 'kept.bib');
    app.savePaths.push(path);
    await app.call('syncExportToFile', {
      target: { kind: 'list', listId: list.id },
      format: 'biblatex',
    });
    await app.services.exportSync.close();
    // The list changes while no Scholion keeps the file in sync (e.g. the CLI).
    await app.services.userData.lists.addWorks(list.id, ['kohler2011']);
    await app.restart();
    const [binding] = await app.call('listSyncedExports', {});
    expect(binding).toMatchObject({
      path,
      format: 'biblatex',
      target: { kind: 'list', listId: list.id },
      editedOutside: null,
    });
    await settled();
    await expect(keysIn(path)).resolves.toEqual(['kohler2011']);
  });

  it('never overwrites a file edited outside Scholion, at a change or at start-up', async () => {
    const { path, edited } = await boundListEditedByHand('Paper', 'paper.bib');
    await expect(readFile(path, 'utf8')).resolves.toBe(edited);
    const [status] = await app.call('listSyncedExports', {});
    expect(status?.editedOutside).toMatchObject({ modifiedAt: expect.any(String) });
    expect(status?.problem).toMatch(/paper\.bib was changed outside Scholion .* not overwritten/);

    await app.restart();
    await settled();
    await expect(readFile(path, 'utf8')).resolves.toBe(edited);
    const [again] = await app.call('listSyncedExports', {});
    expect(again?.editedOutside).not.toBeNull();
  });

  it('offers to import the outside changes, to overwrite (keeping a .bak) or to unbind', async () => {
    const { list, path, id, edited } = await boundListEditedByHand('Thesis', 'thesis.bib');

    const imported = await app.call('resolveSyncedExport', { id, action: 'import' });
    if (imported.action !== 'import') throw new Error('no plan');
    expect(imported.plan.fileName).toBe('thesis.bib');
    // What Scholion wrote is known; the entry typed by hand is new.
    expect(imported.plan.items.map((i) => [i.entryKey, i.status])).toEqual([
      ['betts2011c', 'duplicate'],
      ['byhand2024', 'new'],
    ]);
    await app.call('applyImport', { planId: imported.plan.planId, decisions: {} });
    await expect(readFile(path, 'utf8')).resolves.toBe(edited); // importing does not write

    const overwritten = await app.call('resolveSyncedExport', { id, action: 'overwrite' });
    expect(overwritten.binding).toMatchObject({ editedOutside: null, problem: null });
    await expect(readFile(`${path}.bak`, 'utf8')).resolves.toBe(edited);
    await expect(keysIn(path)).resolves.toEqual(['betts2011c', 'kohler2011']);

    await writeFile(path, 'by hand again\n');
    await app.call('removeFromReadingList', { listId: list.id, workKeys: ['betts2011c'] });
    await settled();
    const unbound = await app.call('resolveSyncedExport', { id, action: 'unbind' });
    expect(unbound.action).toBe('unbind');
    await expect(app.call('listSyncedExports', {})).resolves.toEqual([]);
    await expect(readFile(path, 'utf8')).resolves.toBe('by hand again\n');
  });

  it('follows imports when bound to the library, and stops when unbound', async () => {
    const path = join(app.outDir, 'library.bib');
    app.savePaths.push(path);
    const bound = await app.call('syncExportToFile', { target: { kind: 'library' } });
    expect(bound.bound).toBe(true);
    await expect(keysIn(path)).resolves.toHaveLength(29);
    const plan = await app.call('planImport', {
      text: '@book{newbook2020, author = {Roe, Richard}, title = {A New Book}, year = {2020}}',
      fileName: 'new.bib',
    });
    await app.call('applyImport', { planId: plan.planId, decisions: {} });
    await settled();
    await expect(keysIn(path)).resolves.toContain('newbook2020');

    if (!bound.bound) return;
    await app.call('unsyncExport', { id: bound.binding.id });
    await expect(app.call('listSyncedExports', {})).resolves.toEqual([]);
    const list = await app.call('createReadingList', { name: 'After' });
    await app.call('addToReadingList', { listId: list.id, workKeys: ['kunz2011'] });
    await settled();
    await expect(keysIn(path)).resolves.toHaveLength(30);
  });

  it('refuses a file bound already, says when a bound list is deleted, and a cancel binds nothing', async () => {
    const list = await app.call('createReadingList', { name: 'Short-lived' });
    const path = join(app.outDir, 'short.bib');
    app.savePaths.push(path, path, null);
    await app.call('syncExportToFile', { target: { kind: 'list', listId: list.id } });
    const again = await app.fail('syncExportToFile', { target: { kind: 'library' } });
    expect(again.code).toBe('conflict');
    expect(again.message).toContain('already kept in sync with the reading list “Short-lived”');
    await expect(app.call('syncExportToFile', { target: { kind: 'library' } })).resolves.toEqual({
      bound: false,
    });

    await app.call('deleteReadingList', { listId: list.id });
    await settled();
    const [status] = await app.call('listSyncedExports', {});
    expect(status?.problem).toContain('no longer exists');
    await expect(
      app.fail('syncExportToFile', { target: { kind: 'list', listId: 'l-gone' } }),
    ).resolves.toMatchObject({ code: 'not-found' });
  });
});
