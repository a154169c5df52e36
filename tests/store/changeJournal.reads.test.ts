// The journal is polled every half second: each poll must read only what was appended since.
import { appendFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type * as FsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { FileChangeJournal } from '../../src/store';

/** Bytes the store read from files through node:fs/promises (readFile and file handles). */
const read = vi.hoisted(() => ({ bytes: 0 }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof FsPromises>();
  const readFile = async (...args: Parameters<typeof fs.readFile>) => {
    const out = await fs.readFile(...args);
    read.bytes += out.length;
    return out;
  };
  const open: typeof fs.open = async (...args: Parameters<typeof fs.open>) => {
    const handle = await fs.open(...args);
    const readFrom = handle.read.bind(handle) as (
      ...a: unknown[]
    ) => Promise<{ bytesRead: number }>;
    Object.assign(handle, {
      read: async (...a: unknown[]) => {
        const out = await readFrom(...a);
        read.bytes += out.bytesRead;
        return out;
      },
    });
    return handle;
  };
  return { ...fs, default: { ...fs, readFile, open }, readFile, open };
});

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('reading the journal file', () => {
  it('reads only the lines appended since the cursor, not the journal before it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scholion-journal-reads-'));
    dirs.push(dir);
    const journal = new FileChangeJournal(dir);
    const line = (i: number) =>
      `${JSON.stringify({ session: 'cli', collection: 'works', ids: [`w-${i}`] })}\n`;
    await writeFile(journal.file, Array.from({ length: 5000 }, (_, i) => line(i)).join(''));
    const cursor = await journal.end();
    expect(cursor).toBeGreaterThan(200_000);

    read.bytes = 0;
    expect(await journal.readSince(cursor)).toEqual({ entries: [], cursor, reset: false });
    expect(read.bytes).toBe(0);

    await appendFile(journal.file, line(5000));
    read.bytes = 0;
    const since = await journal.readSince(cursor);
    expect(since.entries).toEqual([{ session: 'cli', collection: 'works', ids: ['w-5000'] }]);
    expect(since.cursor).toBe(cursor + line(5000).length);
    expect(read.bytes).toBe(line(5000).length);
  });
});
