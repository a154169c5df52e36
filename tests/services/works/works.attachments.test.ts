/**
 * Attachments: copied content-addressed or linked, listed with their kind and whether the file
 * is there, removed to the one trash (undo survives a restart), opened for document types only.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TrashService } from '../../../src/services/trash';
import { AttachmentService, WorkService } from '../../../src/services/works';
import { UserDataStore } from '../../../src/store';
import type { DocumentRecord } from '../../../src/core/documents/model';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function library() {
  const dir = await mkdtemp(join(tmpdir(), 'scholion-attach-'));
  dirs.push(dir);
  const open = async () => {
    const store = await UserDataStore.openDir(join(dir, 'library'));
    const works = new WorkService(store, []);
    return {
      store,
      works,
      files: new AttachmentService(works.works),
      trash: new TrashService(store, { works: works.works }),
    };
  };
  return { dir, open, ...(await open()) };
}

describe('attachments', () => {
  it('copies a file content-addressed or links it, and opens document types only', async () => {
    const { dir, store, works, files } = await library();
    const key = (await works.create({ type: 'book', fields: { title: 'T' } })).work.citationKey;
    const outside = join(dir, 'paper.pdf');
    await writeFile(outside, '%PDF-1.4 test');
    const copied = await files.attach(key, { path: outside, mode: 'copy' });
    expect(copied.path).toMatch(/^papers\/[0-9a-f]{64}\.pdf$/);
    expect(await files.pathToOpen(key, copied.id)).toBe(
      join(dir, 'library', ...copied.path.split('/')),
    );
    const linked = await files.attach(key, { path: outside, mode: 'link' });
    expect(await files.pathToOpen(key, linked.id)).toBe(outside);
    const script = await files.attach(key, {
      fileName: 'run.sh',
      bytes: new TextEncoder().encode('echo'),
    });
    await expect(files.pathToOpen(key, script.id)).rejects.toThrow(/not a document type/);
    await expect(files.attach(key, { path: 'relative.pdf', mode: 'link' })).rejects.toThrow(
      /not an absolute path/,
    );
    await store.close();
  });

  it('lists each file with its kind and size, and a linked file that is gone as missing', async () => {
    const { dir, store, works, files } = await library();
    const key = (await works.create({ type: 'book', fields: { title: 'T' } })).work.citationKey;
    const outside = join(dir, 'Chapter 3.epub');
    await writeFile(outside, 'epub bytes');
    const linked = await files.attach(key, { path: outside, mode: 'link' });
    const notes = await files.attach(key, {
      fileName: 'notes.md',
      bytes: new TextEncoder().encode('# Notes'),
    });
    const before = await files.views(key);
    expect(before.map((a) => [a.name, a.kind, a.mode, a.bytes, a.missing, a.canRead])).toEqual([
      ['Chapter 3.epub', 'EPUB', 'link', 10, false, false],
      ['notes.md', 'Markdown', 'copy', 7, false, true],
    ]);
    await rm(outside);
    const after = await files.views(key);
    expect(after.find((a) => a.id === linked.id)?.missing).toBe(true);
    expect(after.find((a) => a.id === notes.id)?.missing).toBe(false);
    await expect(files.pathToOpen(key, linked.id)).rejects.toThrow(/no longer at/);
    await store.close();
  });

  it('removes to the shared trash; undo (by batch or by id) survives a restart', async () => {
    const { open, store, works, files, trash } = await library();
    const key = (await works.create({ type: 'book', fields: { title: 'T' } })).work.citationKey;
    const bytes = (text: string) => new TextEncoder().encode(text);
    const a = await files.attach(key, { fileName: 'a.pdf', bytes: bytes('%PDF a') });
    const b = await files.attach(key, { fileName: 'b.txt', bytes: bytes('b') });
    const c = await files.attach(key, { fileName: 'c.txt', bytes: bytes('c') });
    const removed = await files.remove(key, a.id);
    await files.remove(key, c.id);
    expect((await files.list(key)).map((x) => x.id)).toEqual([b.id]);
    // The work itself no longer carries them: the trash does.
    expect((await store.works.get(key))?.attachments?.map((x) => x.id)).toEqual([b.id]);
    expect((await trash.list('attachment')).map((e) => [e.itemId, e.label])).toEqual([
      [c.id, 'c.txt'],
      [a.id, 'a.pdf'],
    ]);
    expect((await files.list(key, { includeRemoved: true })).map((x) => x.id).sort()).toEqual(
      [a.id, b.id, c.id].sort(),
    );
    await store.close();

    const again = await open();
    await again.trash.restore({ batch: removed.batch });
    await again.files.restore(key, c.id);
    // Back in the order they were added, with the copies still in the library folder.
    const back = await again.files.views(key);
    expect(back.map((x) => [x.id, x.missing])).toEqual([
      [a.id, false],
      [b.id, false],
      [c.id, false],
    ]);
    expect(await again.trash.list()).toEqual([]);
    await expect(again.files.restore(key, 'a-nothing')).rejects.toThrow(/in the trash/);
    expect((await again.works.history(key)).map((r) => r.note ?? r.action)).toEqual([
      'create',
      'attach',
      'attach',
      'attach',
      'remove attachment',
      'remove attachment',
      'restore attachment',
      'restore attachment',
    ]);
    await again.store.close();
  });

  it('restores onto the work the key became, and refuses when the work is gone', async () => {
    const { store, works, files, trash } = await library();
    const key = (await works.create({ type: 'book', fields: { title: 'T' } })).work.citationKey;
    const a = await files.attach(key, {
      fileName: 'a.pdf',
      bytes: new TextEncoder().encode('%PDF'),
    });
    await files.remove(key, a.id);
    const deleted = await trash.deleteWorks([key]);
    await expect(trash.restore({ kind: 'attachment', itemId: a.id })).rejects.toThrow(
      /restore that work first/,
    );
    await trash.restore({ batch: deleted.batch });
    await trash.restore({ kind: 'attachment', itemId: a.id });
    expect((await files.list(key)).map((x) => x.id)).toEqual([a.id]);
    await store.close();
  });

  it('lists a paper whose record names the work as its attachment, and links a read one', async () => {
    const { store, works, files } = await library();
    const key = (await works.create({ type: 'book', fields: { title: 'T' } })).work.citationKey;
    const kept = await store.paperFiles.put(new TextEncoder().encode('# T'), 'md');
    const paper: DocumentRecord = {
      id: 'd-1',
      title: 'T, the paper',
      authors: [],
      year: null,
      kind: 'markdown',
      file: { ...kept, name: 'T.md', bytes: 3, encoding: 'utf-8' },
      parserVersion: 1,
      addedAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      deletedAt: null,
      stats: { pages: 1, citations: 0, references: 0, worksLinked: 0, warnings: [] },
      workKey: key,
    };
    await store.documentRecords.update(paper.id, (items) => {
      items[paper.id] = paper;
    });
    const listed = await files.views(key);
    expect(listed).toMatchObject([
      { name: 'T.md', fromPaper: true, documentId: 'd-1', paperTitle: 'T, the paper' },
    ]);
    expect(await files.documentOf(key)).toBe('d-1');
    await expect(files.remove(key, listed[0]!.id)).rejects.toThrow(/remove the paper in Papers/);

    const draft = await files.attach(key, {
      fileName: 'draft.md',
      bytes: new TextEncoder().encode('# T'),
    });
    await files.linkDocument(key, draft.id, 'd-1');
    const now = await files.views(key);
    // The read attachment is the paper now; the paper is not listed a second time.
    expect(now.map((a) => [a.name, a.documentId, a.canRead, a.fromPaper ?? false])).toEqual([
      ['draft.md', 'd-1', false, false],
    ]);
    await store.close();
  });
});
