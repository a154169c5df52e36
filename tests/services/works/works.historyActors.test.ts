/**
 * Who a work's history names: an import's works say "import" (new ones, and what a merge
 * changed, with those fields marked as the import's), a paper's reference list's new works say
 * "parser", next to the user's own edits.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocumentService } from '../../../src/services/documents';
import { applyImport, libraryWorkStore, planImport } from '../../../src/services/import';
import { LibraryService } from '../../../src/services/library';
import { WorkService } from '../../../src/services/works';
import { UserDataStore } from '../../../src/store';

const at = () => new Date(Date.UTC(2026, 2, 1, 9, 0, 0));

const BIB = `@book{hollifield2004,
  author = {Hollifield, James F.},
  title = {The Emerging Migration State},
  year = {2004},
  publisher = {Princeton University Press}
}`;
const AGAIN = `@book{hollifield2004again,
  author = {Hollifield, James F.},
  title = {The Emerging Migration State},
  year = {2004},
  publisher = {Princeton University Press},
  address = {Princeton}
}`;

describe('history by who made the change', () => {
  it('records an import’s new works and what its merge changed as the import’s', async () => {
    const store = await UserDataStore.openInMemory();
    const works = libraryWorkStore(store, []);
    const first = await planImport(BIB, works, { file: 'mine.bib' });
    const added = await applyImport(first, 'skip', works, { now: at });
    const key = added.added[0]!;
    // A new work's first revision is derived from its provenance: the import writes no history.
    expect(await store.workHistory.get(key)).toBeUndefined();
    const service = new WorkService(store, []);
    expect(await service.history(key)).toEqual([
      {
        revision: 1,
        at: at().toISOString(),
        actor: 'import',
        action: 'import',
        changes: [],
        note: 'imported from mine.bib',
      },
    ]);
    await service.update(key, { fields: { note: 'my note' } });

    const second = await planImport(AGAIN, works, { file: 'theirs.bib' });
    await applyImport(second, 'merge', works, { now: at });
    const history = await service.history(key);
    expect(history.map((r) => [r.revision, r.actor, r.action, r.note ?? null])).toEqual([
      [1, 'import', 'import', 'imported from mine.bib'],
      [2, 'user', 'edit', null],
      [3, 'import', 'import', 'merged in from theirs.bib'],
    ]);
    expect(history[2]!.changes).toEqual([
      { field: 'publisher-place', before: null, after: 'Princeton' },
    ]);
    const record = await service.record(key);
    expect(record.work.revision).toBe(3);
    expect(record.work.edited?.['publisher-place']?.actor).toBe('import');
    expect(record.work.edited?.note?.actor).toBe('user');
    await store.close();
  });

  it('records works made from a paper’s reference list as the parser’s', async () => {
    const store = await UserDataStore.openInMemory();
    const library = await LibraryService.open();
    const documents = new DocumentService(store, library, { now: at });
    const bytes = new Uint8Array(
      readFileSync(
        new URL(
          '../../fixtures/added-papers/partnerships in migration governance.md',
          import.meta.url,
        ),
      ),
    );
    const { document } = await documents.add({ fileName: 'partnerships.md', bytes });
    const made = await store.works.all();
    expect(made.length).toBeGreaterThan(0);
    const service = new WorkService(store, library.works);
    for (const work of made) {
      expect(work.revision).toBe(1);
      expect(await service.history(work.citationKey)).toEqual([
        {
          revision: 1,
          at: at().toISOString(),
          actor: 'parser',
          action: 'create',
          changes: [],
          note: `from the reference list of “${document.title}”`,
        },
      ]);
    }
    await store.close();
  });
});
