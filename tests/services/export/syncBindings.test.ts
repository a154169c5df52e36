// SyncBindings over the store: bindings and what was written are kept in export-bindings.json
// (versioned, backed up); a binding of an older Scholion is checked before its file is written;
// a newer Scholion's file is left untouched and said so.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SyncBindings, type TargetWorks } from '../../../src/services/export';
import { EXPORT_BINDINGS_FILE, MemoryStorage, UserDataStore } from '../../../src/store';
import { work } from '../../fixtures/works';

const dir = mkdtempSync(join(tmpdir(), 'scholion-bindings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const worksOf: TargetWorks = async () => ({
  works: [work({ id: 'a2020', title: 'First' })],
  description: 'the whole library',
});

async function open(storage: MemoryStorage) {
  const store = await UserDataStore.openInMemory({ storage });
  return SyncBindings.open(store.exportBindings, { worksOf, debounceMs: 0 });
}

describe('SyncBindings', () => {
  it('keeps each binding with the record of its last write in the store', async () => {
    const storage = new MemoryStorage();
    const sync = await open(storage);
    const path = join(dir, 'kept.bib');
    await sync.bind({ kind: 'library' }, path, 'bibtex');
    const file = JSON.parse(storage.getRaw(EXPORT_BINDINGS_FILE)!);
    expect(file).toMatchObject({ schemaVersion: 2, kind: 'export-bindings' });
    expect(file.bindings[0]).toMatchObject({
      path,
      written: { hash: expect.stringMatching(/^[0-9a-f]{64}$/), size: expect.any(Number) },
      editedOutside: null,
    });
  });

  it('checks the file of a binding made by an older Scholion before writing it', async () => {
    const storage = new MemoryStorage();
    const path = join(dir, 'old.bib');
    writeFileSync(path, 'typed by hand\n');
    const v1 = {
      schemaVersion: 1,
      bindings: [
        {
          id: 'sync-1',
          target: { kind: 'library' },
          path,
          format: 'bibtex',
          createdAt: '2026-01-01T00:00:00.000Z',
        },
      ],
    };
    storage.setRaw(EXPORT_BINDINGS_FILE, JSON.stringify(v1));
    const sync = await open(storage);
    await sync.syncAll();
    expect(readFileSync(path, 'utf8')).toBe('typed by hand\n');
    const [status] = await sync.list();
    expect(status?.editedOutside).not.toBeNull();
    const saved = JSON.parse(storage.getRaw(EXPORT_BINDINGS_FILE)!);
    expect(saved.schemaVersion).toBe(2);
    expect(saved.bindings[0].editedOutside).not.toBeNull();
    expect(storage.getRaw('.bak/export-bindings.v1.json')).toBeDefined(); // the v1 file is kept
  });

  it('leaves a newer Scholion’s bindings untouched and says so', async () => {
    const storage = new MemoryStorage();
    const newer = JSON.stringify({ schemaVersion: 9, kind: 'export-bindings', bindings: [] });
    storage.setRaw(EXPORT_BINDINGS_FILE, newer);
    const sync = await open(storage);
    expect(sync.notice).toMatch(/export-bindings\.json was saved by a newer version of Scholion/);
    await expect(sync.bind({ kind: 'library' }, join(dir, 'x.bib'), 'bibtex')).rejects.toThrow(
      /newer version/,
    );
    expect(storage.getRaw(EXPORT_BINDINGS_FILE)).toBe(newer);
  });
});
