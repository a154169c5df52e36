// Another process's writes reach the open app's bus (and so its search index) through the journal.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { followJournal } from '../../src/services/changes';
import { LibraryService } from '../../src/services/library';
import { followChanges, SearchService } from '../../src/services/search';
import { UserDataStore, type DataChange } from '../../src/store';
import type { Note } from '../../src/core/userData/notes';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

const note = (id: string, title: string): Note => ({
  id,
  title,
  body: '',
  tags: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  deletedAt: null,
  links: [],
});

describe('following the change journal', () => {
  it('announces another store’s writes as external changes, never its own twice', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scholion-follow-'));
    dirs.push(dir);
    const app = await UserDataStore.openDir(dir);
    const cli = await UserDataStore.openDir(dir, { debounceMs: 0 });
    const library = await LibraryService.open();
    const search = await SearchService.build({ library });
    const stopSearch = followChanges(search, app, library.works);
    const heard: DataChange[] = [];
    app.changes.subscribe((c) => void heard.push(c));
    const follower = await followJournal(app, { intervalMs: 60_000 });

    await app.notes.update('n-own', (items) => void (items['n-own'] = note('n-own', 'Own note')));
    await cli.notes.update('n-cli', (items) => void (items['n-cli'] = note('n-cli', 'Zanzibar')));
    await follower.poll();
    expect(heard).toEqual([
      { collection: 'notes', ids: ['n-own'], origin: 'local' },
      { collection: 'notes', ids: ['n-cli'], origin: 'external' },
    ]);
    expect(search.search('Zanzibar').notes.map((h) => h.id)).toEqual(['n-cli']);

    await cli.notes.removeMany(['n-cli']);
    await follower.poll();
    expect(search.search('Zanzibar').notes).toEqual([]);
    follower.stop();
    stopSearch();
    await cli.close();
    await app.close();
  });
});
