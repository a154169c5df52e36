// SettingsService: the reading position, its file format, and failures a user can act on.
import { describe, expect, it } from 'vitest';
import { BUNDLED_DOCUMENT_ID } from '../../../src/core/documents';
import { SettingsService, type JsonStorage } from '../../../src/services/settings';

function memoryStorage(initial?: unknown): JsonStorage & { saved: unknown[] } {
  const saved: unknown[] = [];
  let current = initial;
  return {
    saved,
    read: async () => current,
    write: async (value) => {
      current = structuredClone(value);
      saved.push(current);
    },
  };
}

describe('SettingsService', () => {
  it('starts with no reading position', async () => {
    const settings = await SettingsService.open(memoryStorage());
    expect(settings.getReadingPosition('d-1')).toBeNull();
  });

  it('saves the position with its time and reads it back after reopening', async () => {
    const storage = memoryStorage();
    const settings = await SettingsService.open(storage);
    const when = new Date('2026-01-02T03:04:05Z');
    const saved = await settings.setReadingPosition(
      'd-1',
      { blockId: 'b12', fraction: 0.25, offset: 420 },
      when,
    );
    expect(saved).toEqual({
      blockId: 'b12',
      fraction: 0.25,
      offset: 420,
      savedAt: '2026-01-02T03:04:05.000Z',
    });
    expect(storage.saved.at(-1)).toEqual({ schemaVersion: 2, readingPositions: { 'd-1': saved } });
    const reopened = await SettingsService.open(storage);
    expect(reopened.getReadingPosition('d-1')).toEqual(saved);
  });

  it('writes quick successive saves in order', async () => {
    const storage = memoryStorage();
    const settings = await SettingsService.open(storage);
    await Promise.all(
      [1, 2, 3].map((offset) =>
        settings.setReadingPosition('d-1', { blockId: 'b1', fraction: 0, offset }),
      ),
    );
    expect(
      storage.saved.map(
        (s) =>
          (s as { readingPositions: Record<string, { offset: number }> }).readingPositions['d-1']!
            .offset,
      ),
    ).toEqual([1, 2, 3]);
  });

  it('opens with defaults when the stored file has an unknown shape', async () => {
    const settings = await SettingsService.open(
      memoryStorage({ schemaVersion: 99, readingPosition: 'x' }),
    );
    expect(settings.getReadingPosition('d-1')).toBeNull();
  });

  it('keeps one position per document', async () => {
    const settings = await SettingsService.open(memoryStorage());
    await settings.setReadingPosition('d-1', { blockId: 'b3', fraction: 0, offset: 30 });
    await settings.setReadingPosition('d-2', { blockId: 'b9', fraction: 0.5, offset: 90 });
    expect(settings.getReadingPosition('d-1')?.blockId).toBe('b3');
    expect(settings.getReadingPosition('d-2')?.blockId).toBe('b9');
    expect(settings.getReadingPosition('constructor')).toBeNull();
  });

  it('reads a v1 file: its one position was the bundled paper’s', async () => {
    const position = {
      blockId: 'b12',
      fraction: 0.25,
      offset: 420,
      savedAt: '2026-01-02T03:04:05.000Z',
    };
    const settings = await SettingsService.open(
      memoryStorage({ schemaVersion: 1, readingPosition: position }),
    );
    expect(settings.getReadingPosition(BUNDLED_DOCUMENT_ID)).toEqual(position);
    expect(settings.getReadingPosition('d-1')).toBeNull();
  });

  it('reports a failed save as a storage error naming the reason', async () => {
    const failing: JsonStorage = {
      read: async () => undefined,
      write: async () => {
        throw new Error('ENOSPC: no space left on device');
      },
    };
    const settings = await SettingsService.open(failing);
    await expect(
      settings.setReadingPosition('d-1', { blockId: 'b1', fraction: 0, offset: 1 }),
    ).rejects.toMatchObject({
      code: 'storage',
      message: expect.stringMatching(/reading position.*no space left/),
    });
  });
});
