/**
 * A small JSON file for the shell's own state (window bounds, settings), written through the
 * store's atomic write (temp file, fsync, rename, folder fsync). Electron-free so the e2e
 * harness uses it too.
 */
import { readFile, rename } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { JsonStorage } from '../../services/settings';
import { NodeStorage } from '../../store';

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

/**
 * Writes `value` as JSON so that readers see the old file or the new one, never half of one.
 * Throws the store's StoreWriteError (with a message a user can act on) when the disk refuses.
 */
export async function writeJsonFileAtomic(path: string, value: unknown): Promise<void> {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  await new NodeStorage(dirname(path)).writeAtomic(basename(path), text);
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
