import { describe, expect, it } from 'vitest';
import {
  CorruptFileError,
  MemoryStorage,
  UserDataStore,
  decodeFile,
  notesFileSpec,
  notesV1toV2,
  preMigrationPath,
  runMigrations,
  type FileSpec,
} from '../../src/store';

const v1File = {
  schemaVersion: 1,
  kind: 'notes',
  notes: [
    {
      id: 'n-old',
      title: 'Partnerships',
      body: 'See Betts on the partnership approach.',
      tags: ['governance'],
      created: '2025-01-02T03:04:05.000Z',
      updated: '2025-02-03T04:05:06.000Z',
      workKeys: ['betts2011c', 'kohler2011'],
    },
  ],
};

describe('notes migration v1 → v2', () => {
  it('turns the array into a map by id, renames the times and links the works', () => {
    const migrated = notesV1toV2(structuredClone(v1File));
    expect(migrated.items).toEqual({
      'n-old': {
        id: 'n-old',
        title: 'Partnerships',
        body: 'See Betts on the partnership approach.',
        tags: ['governance'],
        createdAt: '2025-01-02T03:04:05.000Z',
        updatedAt: '2025-02-03T04:05:06.000Z',
        deletedAt: null,
        links: [
          {
            kind: 'work',
            workKey: 'betts2011c',
            locator: null,
            placeholder: 'betts2011c',
            source: 'explicit',
          },
          {
            kind: 'work',
            workKey: 'kohler2011',
            locator: null,
            placeholder: 'kohler2011',
            source: 'explicit',
          },
        ],
      },
    });
    expect(migrated).not.toHaveProperty('notes');
  });

  it('decodes a v1 file into valid current data and says it migrated', () => {
    const { data, migratedFrom } = decodeFile(
      JSON.stringify(v1File),
      notesFileSpec,
      'notes/00.json',
    );
    expect(migratedFrom).toBe(1);
    expect(data.schemaVersion).toBe(3);
    expect(data.items['n-old']?.createdAt).toBe('2025-01-02T03:04:05.000Z');
  });

  it('treats a v1 file it cannot upgrade as damaged', () => {
    const bad = { ...v1File, notes: [{ id: 'x', title: 3 }] };
    expect(() => decodeFile(JSON.stringify(bad), notesFileSpec, 'notes/00.json')).toThrow(
      CorruptFileError,
    );
  });

  it('refuses to skip a version it has no migration for', () => {
    const spec: FileSpec<{ schemaVersion: number; kind: string }> = {
      ...(notesFileSpec as unknown as FileSpec<{ schemaVersion: number; kind: string }>),
      migrations: { 1: notesV1toV2 },
      schemaVersion: 3,
    };
    expect(() => runMigrations({ schemaVersion: 1, kind: 'notes', notes: [] }, spec)).toThrow(
      /No migration for notes from version 2/,
    );
  });

  it('in the store: reads v1 notes, writes v3 on the next save and keeps the v1 file', async () => {
    const storage = new MemoryStorage();
    const store = await UserDataStore.openInMemory({ storage });
    const path = store.notes.pathFor('n-old');
    const original = JSON.stringify(v1File);
    storage.setRaw(path, original);

    const note = await store.notes.get('n-old');
    expect(note?.links.map((l) => l.kind === 'work' && l.workKey)).toEqual([
      'betts2011c',
      'kohler2011',
    ]);
    expect(JSON.parse(storage.getRaw(path)!).schemaVersion).toBe(1); // reading never writes

    await store.notes.update('n-old', (items) => void (items['n-old']!.title = 'Renamed'));
    const saved = JSON.parse(storage.getRaw(path)!);
    expect(saved.schemaVersion).toBe(3);
    expect(saved.items['n-old'].title).toBe('Renamed');
    expect(storage.getRaw(preMigrationPath(path, 1))).toBe(original);
    expect(await store.recoveryReport()).toEqual([]);
  });
});
