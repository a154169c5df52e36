/**
 * A small JSON file for the shell's own state (window bounds), written through the app's one
 * atomic write (temp file, fsync, rename, folder fsync). Electron-free so the e2e harness uses it
 * too. The user's data (settings, synced files) lives in the store instead.
 */
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../../store';

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
  await writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`, { createFolders: true });
}
