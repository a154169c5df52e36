// Data health over the contract: a damaged notes file is restored at start and reported until
// acknowledged; failed background saves are reported too.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { DataHealthMonitor } from '../../src/main/dataHealth';
import { shardPath, UserDataStore } from '../../src/store';
import { openTestApp, removeDataDirs } from './handlerHelpers';

afterAll(removeDataDirs);

describe('data health handlers', () => {
  it('reports nothing for a healthy folder', async () => {
    const app = await openTestApp();
    try {
      const health = await app.call('getDataHealth', {});
      expect(health).toEqual({ location: app.dataDir, recoveries: [], writeErrors: [] });
    } finally {
      await app.close();
    }
  });

  it('restores a damaged notes shard from its backup at start and reports it once', async () => {
    const first = await openTestApp();
    const note = await first.call('createNote', { title: 'Precious', body: 'version 1' });
    await first.call('updateNote', { id: note.id, body: 'version 2' }); // leaves a backup of v1
    await first.close();
    const shard = join(first.dataDir, shardPath('notes', note.id, 64));
    expect(JSON.parse(await readFile(shard, 'utf8')).items[note.id].body).toBe('version 2');
    await writeFile(shard, '{"schemaVersion": 2, "items": {"n-'); // torn write

    const app = await openTestApp(first.dataDir);
    try {
      const health = await app.call('getDataHealth', {});
      expect(health.recoveries).toHaveLength(1);
      const [event] = health.recoveries;
      expect(event).toMatchObject({
        kind: 'restored-from-backup',
        file: shardPath('notes', note.id, 64),
      });
      expect(event?.message).toMatch(
        /was damaged\. It was set aside as .* and restored from the backup/,
      );
      expect((await app.call('getNote', { id: note.id })).note.body).toBe('version 1');

      const after = await app.call('acknowledgeDataHealth', { ids: [event!.id] });
      expect(after.recoveries).toEqual([]);
      await app.restart();
      expect((await app.call('getDataHealth', {})).recoveries).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('reports a failed background save until acknowledged', async () => {
    const app = await openTestApp();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      app.services.userData.health.reportBackgroundError(new Error('The disk is full.'));
      expect(logged).toHaveBeenCalledTimes(1);
      const { writeErrors } = await app.call('getDataHealth', {});
      expect(writeErrors).toEqual([
        expect.objectContaining({
          message: expect.stringContaining(
            `could not save your latest changes in ${app.dataDir}: The disk is full.`,
          ),
        }),
      ]);
      const after = await app.call('acknowledgeDataHealth', { ids: [writeErrors[0]!.id] });
      expect(after.writeErrors).toEqual([]);
    } finally {
      logged.mockRestore();
      await app.close();
    }
  });

  it('answers the first report only once the notes files read at start are all checked', async () => {
    const health = new DataHealthMonitor();
    const store = await UserDataStore.openInMemory();
    health.attach(store);
    let finish: () => void = () => undefined;
    health.checking(new Promise<void>((resolve) => (finish = resolve)));
    let answered = false;
    const report = health.report().then((r) => ((answered = true), r));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(answered).toBe(false);
    finish();
    expect((await report).recoveries).toEqual([]);
    // A check that failed holds no report up (the failure is the search's to report).
    health.checking(Promise.reject(new Error('unreadable')));
    expect((await health.report()).recoveries).toEqual([]);
    await store.close();
  });
});
