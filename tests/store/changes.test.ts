// Change events: every write announces { collection, ids }, locally and through the journal.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ChangeBus,
  FileChangeJournal,
  MemoryChangeJournal,
  MemoryStorage,
  UserDataStore,
  type DataChange,
} from '../../src/store';
import type { Note } from '../../src/core/userData/notes';

const note = (id: string, title = id): Note => ({
  id,
  title,
  body: '',
  tags: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  deletedAt: null,
  links: [],
});

function record(store: UserDataStore): DataChange[] {
  const seen: DataChange[] = [];
  store.changes.subscribe((c) => void seen.push(c));
  return seen;
}

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('change events', () => {
  it('announce the ids each write touched, after it is saved', async () => {
    const store = await UserDataStore.openInMemory();
    const seen = record(store);
    await store.notes.update('n-1', (items) => void (items['n-1'] = note('n-1')));
    await store.notes.putMany([note('n-2'), note('n-3')], (n) => n.id);
    await store.notes.removeMany(['n-2', 'n-404']);
    expect(seen).toEqual([
      { collection: 'notes', ids: ['n-1'], origin: 'local' },
      { collection: 'notes', ids: ['n-2', 'n-3'], origin: 'local' },
      { collection: 'notes', ids: ['n-2'], origin: 'local' },
    ]);
    await store.close();
  });

  it('name only the items a single-file write changed', async () => {
    const store = await UserDataStore.openInMemory();
    const seen = record(store);
    const claim = (id: string, statement: string) => ({
      id,
      statement,
      links: [],
      passage: null,
      noteIds: [],
      createdAt: '',
      updatedAt: '',
    });
    await store.userClaims.updateAll((items) => {
      items['uc-a'] = claim('uc-a', 'A');
      items['uc-b'] = claim('uc-b', 'B');
    });
    await store.userClaims.updateAll((items) => void (items['uc-b']!.statement = 'B2'));
    await store.userClaims.updateAll((items) => void delete items['uc-a']);
    await store.userClaims.updateAll(() => undefined);
    expect(seen.map((c) => c.ids)).toEqual([['uc-a', 'uc-b'], ['uc-b'], ['uc-a']]);
    await store.close();
  });

  it('announce nothing for a write that failed', async () => {
    const store = await UserDataStore.openInMemory();
    const seen = record(store);
    await expect(
      store.notes.update('n-1', () => {
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect(seen).toEqual([]);
    await store.close();
  });

  it('resolve the write only once every listener has settled; a failing listener is reported', async () => {
    const errors: unknown[] = [];
    const bus = new ChangeBus((e) => void errors.push(e));
    const order: string[] = [];
    bus.subscribe(async () => {
      await new Promise((r) => setTimeout(r, 5));
      order.push('slow listener');
    });
    bus.subscribe(() => {
      throw new Error('listener broke');
    });
    await bus.emit({ collection: 'works', ids: ['k'], origin: 'local' });
    order.push('write resolved');
    expect(order).toEqual(['slow listener', 'write resolved']);
    expect(errors).toHaveLength(1);
  });

  it('reach another store on the same folder through the journal, with its session', async () => {
    const storage = new MemoryStorage();
    const journal = new MemoryChangeJournal();
    const app = await UserDataStore.openInMemory({ storage, journal });
    const cli = await UserDataStore.openInMemory({ storage, journal });
    const start = await journal.end();
    await cli.works.removeMany(['nothing']); // removes nothing: no entry
    await cli.notes.update('n-9', (items) => void (items['n-9'] = note('n-9')));
    const read = await journal.readSince(start);
    expect(read.entries).toEqual([{ session: cli.session, collection: 'notes', ids: ['n-9'] }]);
    expect(cli.session).not.toBe(app.session);
    await app.close();
    await cli.close();
  });
});

describe('the journal file', () => {
  it('reads whole lines from a cursor, skips a torn line, and notices a restart', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scholion-journal-'));
    dirs.push(dir);
    const journal = new FileChangeJournal(dir);
    expect(await journal.readSince(0)).toEqual({ entries: [], cursor: 0, reset: false });
    await journal.append({ session: 's1', collection: 'notes', ids: ['n-1'] });
    const first = await journal.readSince(0);
    expect(first.entries).toEqual([{ session: 's1', collection: 'notes', ids: ['n-1'] }]);
    await journal.append({ session: 's2', collection: 'works', ids: ['a', 'b'] });
    const second = await journal.readSince(first.cursor);
    expect(second.entries.map((e) => e.session)).toEqual(['s2']);
    const { writeFile } = await import('node:fs/promises');
    await writeFile(journal.file, '{"session":"s3","collection":"lists","ids":["l-1"]}\n{"sess');
    const cut = await journal.readSince(second.cursor);
    expect(cut.reset).toBe(true);
    expect(cut.entries.map((e) => e.session)).toEqual(['s3']);
  });
});
