// An import is all or nothing on disk: a write refused at any step of applying it (staging a
// works shard, the journal, a rename) leaves the library, the search index and the duplicate
// check as before, so a retry imports the same works as new.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { writeErrorFrom, type Storage } from '../../src/store';
import { openTestApp, removeDataDirs } from './handlerHelpers';

afterAll(removeDataDirs);

const FIXTURE = join(
  import.meta.dirname,
  '../fixtures/import/two new works, a duplicate and a broken entry.bib',
);

/** Makes the `n`-th call of `method` on the store's storage fail as a full disk would. */
function failNth(storage: Storage, method: 'stage' | 'writeAtomic' | 'move', n: number) {
  const original = storage[method].bind(storage) as (...args: string[]) => Promise<unknown>;
  let calls = 0;
  (storage as unknown as Record<string, unknown>)[method] = async (...args: string[]) => {
    if (++calls === n) {
      const errno = Object.assign(new Error('ENOSPC: no space left'), { code: 'ENOSPC' });
      throw writeErrorFrom(errno, args[0] ?? '', storage.location);
    }
    return original(...args);
  };
  return () => void ((storage as unknown as Record<string, unknown>)[method] = original);
}

it.each([
  ['staging the second works shard', 'stage', 2],
  ['writing the journal', 'writeAtomic', 1],
  ['renaming the second works shard into place', 'move', 2],
] as const)('a failure while %s imports nothing, and a retry imports all', async (_, method, n) => {
  const text = await readFile(FIXTURE, 'utf8');
  const app = await openTestApp();
  try {
    await app.services.search.ready;
    // The search index is kept in .cache after it is built: that write must not be the one failed.
    await app.services.search.kept;
    const plan = await app.call('planImport', { text, fileName: 'refs.bib' });
    const apply = { planId: plan.planId, decisions: { otherwise: 'skip' }, allowPartial: true };
    const storage = app.services.userData.store.documents.storage;
    const heal = failNth(storage, method, n);
    const error = await app.fail('applyImport', apply);
    heal();
    expect(error.message).toMatch(/full/);
    // Nothing of the file is in the library, in search, or on disk after a restart.
    expect(await app.call('listWorks', {})).toHaveLength(29);
    expect((await app.call('search', { query: 'Geddes' })).works).toEqual([]);
    await app.restart();
    await app.services.search.ready;
    expect(await app.call('listWorks', {})).toHaveLength(29);
    expect((await app.call('search', { query: 'Geddes' })).works).toEqual([]);
    // The duplicate check still sees the two works as new, and a retry imports both.
    const again = await app.call('planImport', { text, fileName: 'refs.bib' });
    expect(again.counts).toMatchObject({ new: 2, duplicates: 1 });
    const result = await app.call('applyImport', { ...apply, planId: again.planId });
    expect(result.added).toEqual(['geddes2016', 'boswell2007']);
    expect((await app.call('search', { query: 'Geddes' })).works).toHaveLength(1);
  } finally {
    await app.close();
  }
});
