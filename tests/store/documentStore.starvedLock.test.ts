/**
 * A writer whose lock looks stale while it is still writing (on a loaded machine its event loop,
 * and with it the lock's refresh, stalled for 16 s mid-write): another writer must wait for it,
 * not break the lock and have its write renamed over (the lost CLI edit of concurrentCli.test.ts).
 */
import * as fsp from 'node:fs/promises';
import { utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DocumentStore, NodeStorage, type StorageFs } from '../../src/store';
import { removeTempDirs, sleep, tempDir } from './helpers';
import { counterSpec } from './testSpec';

afterAll(removeTempDirs);

/** Both writers see a lock as stale after a minute; the holder refreshes it every 20 s. */
const LOCK = { staleMs: 60_000, timeoutMs: 30_000 };

/** A file system whose next staging write (a temporary file opened 'wx') waits for `release`. */
function stallingFs() {
  let release = () => {};
  const released = new Promise<void>((r) => (release = r));
  let reached = () => {};
  const stalled = new Promise<void>((r) => (reached = r));
  let armed = true;
  const fs: StorageFs = {
    ...fsp,
    open: (async (path: string, flags?: string) => {
      if (armed && flags === 'wx') {
        armed = false;
        reached();
        await released;
      }
      return fsp.open(path, flags);
    }) as StorageFs['open'],
  };
  return { fs, stalled, release };
}

/** A file system that tells when its store first asks for the lock (NodeStorage.lock's mkdir). */
function watchedFs() {
  let asked = () => {};
  const askedForLock = new Promise<void>((r) => (asked = r));
  const fs: StorageFs = {
    ...fsp,
    mkdir: (async (...args: Parameters<typeof fsp.mkdir>) => {
      asked();
      return fsp.mkdir(...args);
    }) as StorageFs['mkdir'],
  };
  return { fs, askedForLock };
}

describe('a writer stalled while it holds the lock', () => {
  it('is waited for, so the write made meanwhile elsewhere is not lost', async () => {
    const dir = await tempDir();
    const stall = stallingFs();
    const app = await DocumentStore.open({ storage: new NodeStorage(dir, { lock: LOCK }) });
    await app.update('works.json', counterSpec, (f) => void f.words.push('created'));
    const slow = await DocumentStore.open({
      storage: new NodeStorage(dir, { lock: LOCK, fs: stall.fs }),
    });
    const watched = watchedFs();
    const cli = await DocumentStore.open({
      storage: new NodeStorage(dir, { lock: LOCK, fs: watched.fs }),
    });

    // The app's write has read the file and holds the lock, then stalls before staging; its
    // lock's mtime falls two minutes behind (the refresh timer could not run).
    const appWrite = slow.update('works.json', counterSpec, (f) => void f.words.push('app'));
    await stall.stalled;
    const old = new Date(Date.now() - 120_000);
    await utimes(join(dir, '.lock'), old, old);

    // The CLI writes meanwhile. It must not get in while the app is mid-write: give it time to
    // (wrongly) break the lock, then let the app go on.
    let cliDone = false;
    const cliWrite = cli
      .update('works.json', counterSpec, (f) => void f.words.push('cli'))
      .then(() => (cliDone = true));
    await watched.askedForLock;
    await Promise.race([cliWrite, sleep(1500)]);
    expect(cliDone, 'the CLI wrote while the app held the lock').toBe(false);
    stall.release();
    await Promise.all([appWrite, cliWrite]);

    const reader = await DocumentStore.open({ storage: new NodeStorage(dir) });
    const file = await reader.read('works.json', counterSpec);
    expect([...file.words].sort()).toEqual(['app', 'cli', 'created']);
    for (const store of [app, slow, cli, reader]) await store.close();
  }, 60_000);
});
