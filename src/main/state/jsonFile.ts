/**
 * A small JSON file written atomically (temp file, fsync, rename), for the shell's own state
 * (window bounds, settings). Electron-free so the e2e harness uses it too.
 * TODO(lead): switch to src/store's atomic writer once it exists — one write path for all data.
 */
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { JsonStorage } from '../../services/settings';

/** Reads and parses a JSON file; undefined when it does not exist. Throws on unreadable JSON. */
export async function readJsonFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  return JSON.parse(text) as unknown;
}

/** Writes `value` as JSON so that readers see the old file or the new one, never half of one. */
export async function writeJsonFileAtomic(path: string, value: unknown): Promise<void> {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

/**
 * A JsonStorage over one file. A missing file reads as undefined; a corrupt one is moved aside
 * (`<name>.corrupt-<time>`, never overwritten) and also reads as undefined, so the app starts
 * from defaults.
 */
export function jsonFileStorage(path: string): JsonStorage {
  return {
    read: async () => {
      try {
        return await readJsonFile(path);
      } catch (err) {
        if (!(err instanceof SyntaxError)) throw err;
        const aside = `${path}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
        await rename(path, aside);
        console.warn(`Scholion: ${path} was not valid JSON; moved it to ${aside}.`);
        return undefined;
      }
    },
    write: (value) => writeJsonFileAtomic(path, value),
  };
}
