// Notes v2 → v3: claim links get their document; nothing else changes, nothing is lost.
import { describe, expect, it } from 'vitest';
import { BUNDLED_DOCUMENT_ID } from '../../src/core/documents';
import {
  MemoryStorage,
  UserDataStore,
  decodeFile,
  notesFileSpec,
  notesV2toV3,
  preMigrationPath,
} from '../../src/store';

const passage = {
  kind: 'passage',
  documentId: BUNDLED_DOCUMENT_ID,
  selector: { exact: 'partnership', prefix: 'the ', suffix: ' approach', start: 10, end: 21 },
  placeholder: '“partnership”',
  source: 'explicit',
};

/** A v2 file as the app wrote it before documents: paper claims, a user claim, works, passages. */
const v2File = {
  schemaVersion: 2,
  kind: 'notes',
  items: {
    'n-a': {
      id: 'n-a',
      title: 'Mobility partnerships',
      body: 'See [@betts2011c, p. 41].',
      tags: ['governance', 'EU'],
      createdAt: '2025-01-02T03:04:05.000Z',
      updatedAt: '2025-02-03T04:05:06.000Z',
      deletedAt: null,
      links: [
        { kind: 'claim', claimId: 'k12', placeholder: 'k12 — Partnerships…', source: 'explicit' },
        { kind: 'claim', claimId: 'uc-0123456789', placeholder: 'My claim', source: 'explicit' },
        passage,
        {
          kind: 'work',
          workKey: 'betts2011c',
          locator: 'p. 41',
          placeholder: 'Betts 2011c',
          source: 'body',
        },
      ],
    },
    'n-b': {
      id: 'n-b',
      title: 'In the trash',
      body: '',
      tags: [],
      createdAt: '2025-03-01T00:00:00.000Z',
      updatedAt: '2025-03-02T00:00:00.000Z',
      deletedAt: '2025-03-03T00:00:00.000Z',
      links: [{ kind: 'claim', claimId: 'k3', placeholder: 'k3', source: 'explicit' }],
    },
  },
};

describe('notes migration v2 → v3', () => {
  it('puts paper claim links in the bundled paper and user claim links in no document', () => {
    const migrated = notesV2toV3(structuredClone(v2File)) as typeof v2File;
    const links = migrated.items['n-a'].links;
    expect(links[0]).toEqual({ ...v2File.items['n-a'].links[0], documentId: BUNDLED_DOCUMENT_ID });
    expect(links[1]).toEqual({ ...v2File.items['n-a'].links[1], documentId: null });
    expect(migrated.items['n-b'].links[0]).toMatchObject({
      claimId: 'k3',
      documentId: BUNDLED_DOCUMENT_ID,
    });
  });

  it('loses nothing: every other field and link is kept as it was', () => {
    const migrated = notesV2toV3(structuredClone(v2File)) as typeof v2File;
    const strip = (file: typeof v2File) =>
      Object.values(file.items).map((n) => ({
        ...n,
        links: n.links.map((l) => {
          const { documentId: _d, ...rest } = l as { documentId?: unknown };
          return l.kind === 'claim' ? rest : l;
        }),
      }));
    expect(strip(migrated)).toEqual(strip(v2File));
    expect(migrated.items['n-a'].links[2]).toEqual(passage);
  });

  it('is idempotent on a link that already names its document', () => {
    const once = notesV2toV3(structuredClone(v2File));
    expect(notesV2toV3(structuredClone(once))).toEqual(once);
  });

  it('decodes a v2 file into valid v3 data', () => {
    const { data, migratedFrom } = decodeFile(
      JSON.stringify(v2File),
      notesFileSpec,
      'notes/00.json',
    );
    expect(migratedFrom).toBe(2);
    expect(data.schemaVersion).toBe(3);
    expect(Object.keys(data.items)).toEqual(['n-a', 'n-b']);
  });

  it('in the store: a v2 file is read as v3, written as v3 on save, the v2 copy kept', async () => {
    const storage = new MemoryStorage();
    const store = await UserDataStore.openInMemory({ storage });
    const path = store.notes.pathFor('n-a');
    const original = JSON.stringify({ ...v2File, items: { 'n-a': v2File.items['n-a'] } });
    storage.setRaw(path, original);

    const note = await store.notes.get('n-a');
    expect(note?.links.filter((l) => l.kind === 'claim')).toMatchObject([
      { claimId: 'k12', documentId: BUNDLED_DOCUMENT_ID },
      { claimId: 'uc-0123456789', documentId: null },
    ]);
    await store.notes.update('n-a', (items) => void (items['n-a']!.title = 'Renamed'));
    const saved = JSON.parse(storage.getRaw(path)!);
    expect(saved.schemaVersion).toBe(3);
    expect(saved.items['n-a'].links).toHaveLength(4);
    expect(storage.getRaw(preMigrationPath(path, 2))).toBe(original);
    await store.close();
  });
});
