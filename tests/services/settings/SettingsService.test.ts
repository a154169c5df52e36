// SettingsService: the reading position, kept in the store's settings.json (versions, backups,
// recovery), and failures a user can act on.
import { describe, expect, it } from 'vitest';
import { SettingsService } from '../../../src/services/settings';
import { MemoryStorage, SETTINGS_FILE, UserDataStore } from '../../../src/store';

async function open(storage = new MemoryStorage()) {
  const store = await UserDataStore.openInMemory({ storage });
  return { storage, store, settings: await SettingsService.open(store.settings) };
}

describe('SettingsService', () => {
  it('starts with no reading position', async () => {
    const { settings } = await open();
    expect(settings.getReadingPosition('lavenex-panizzon-2013')).toBeNull();
    expect(settings.notice).toBeNull();
  });

  it('saves the position with its time and reads it back after reopening', async () => {
    const { storage, settings } = await open();
    const when = new Date('2026-01-02T03:04:05Z');
    const saved = await settings.setReadingPosition(
      'lavenex-panizzon-2013',
      { blockId: 'b12', fraction: 0.25, offset: 420 },
      when,
    );
    expect(saved).toEqual({
      blockId: 'b12',
      fraction: 0.25,
      offset: 420,
      savedAt: '2026-01-02T03:04:05.000Z',
    });
    expect(JSON.parse(storage.getRaw(SETTINGS_FILE)!)).toEqual({
      schemaVersion: 3,
      kind: 'settings',
      readingPositions: { 'lavenex-panizzon-2013': saved },
      bibliography: null,
      savedFilters: [],
    });
    const reopened = await open(storage);
    expect(reopened.settings.getReadingPosition('lavenex-panizzon-2013')).toEqual(saved);
  });

  it('writes quick successive saves in order', async () => {
    const { storage, settings } = await open();
    await Promise.all(
      [1, 2, 3].map((offset) =>
        settings.setReadingPosition('lavenex-panizzon-2013', {
          blockId: 'b1',
          fraction: 0,
          offset,
        }),
      ),
    );
    expect(
      JSON.parse(storage.getRaw(SETTINGS_FILE)!).readingPositions['lavenex-panizzon-2013'].offset,
    ).toBe(3);
  });

  it('reads a settings.json written before settings joined the store', async () => {
    const storage = new MemoryStorage();
    const position = { blockId: 'b3', fraction: 0.5, offset: 9, savedAt: '2026-01-01T00:00:00Z' };
    storage.setRaw(SETTINGS_FILE, JSON.stringify({ schemaVersion: 1, readingPosition: position }));
    expect((await open(storage)).settings.getReadingPosition('lavenex-panizzon-2013')).toEqual(
      position,
    );
  });

  it('never overwrites a file of a newer Scholion, and says so', async () => {
    const storage = new MemoryStorage();
    const newer = JSON.stringify({ schemaVersion: 7, kind: 'settings', theme: 'sepia' });
    storage.setRaw(SETTINGS_FILE, newer);
    const { settings } = await open(storage);
    expect(settings.getReadingPosition('lavenex-panizzon-2013')).toBeNull();
    expect(settings.notice).toMatch(/settings\.json was saved by a newer version of Scholion/);
    await expect(
      settings.setReadingPosition('lavenex-panizzon-2013', {
        blockId: 'b1',
        fraction: 0,
        offset: 1,
      }),
    ).rejects.toMatchObject({ code: 'storage', message: expect.stringMatching(/newer version/) });
    expect(storage.getRaw(SETTINGS_FILE)).toBe(newer);
  });

  it('restores a damaged file from its backup and reports it', async () => {
    const { storage, settings } = await open();
    await settings.setReadingPosition('lavenex-panizzon-2013', {
      blockId: 'b1',
      fraction: 0,
      offset: 1,
    });
    await settings.setReadingPosition('lavenex-panizzon-2013', {
      blockId: 'b2',
      fraction: 0,
      offset: 2,
    });
    storage.setRaw(SETTINGS_FILE, '{"schemaVersion": 1, "readingPos');
    const reopened = await open(storage);
    expect(reopened.settings.getReadingPosition('lavenex-panizzon-2013')?.blockId).toBe('b1');
    const [event] = await reopened.store.recoveryReport();
    expect(event).toMatchObject({ kind: 'restored-from-backup', file: SETTINGS_FILE });
  });

  it('reports a failed save as a storage error naming the reason, keeping the old file', async () => {
    const { storage, settings } = await open();
    await settings.setReadingPosition('lavenex-panizzon-2013', {
      blockId: 'b1',
      fraction: 0,
      offset: 1,
    });
    const before = storage.getRaw(SETTINGS_FILE);
    storage.failNextWrite('ENOSPC');
    await expect(
      settings.setReadingPosition('lavenex-panizzon-2013', {
        blockId: 'b1',
        fraction: 0,
        offset: 2,
      }),
    ).rejects.toMatchObject({
      code: 'storage',
      message: expect.stringMatching(/reading position.*is full/),
    });
    expect(storage.getRaw(SETTINGS_FILE)).toBe(before);
  });
});
