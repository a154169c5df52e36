// The shell's small JSON files: atomic writes, corrupt files moved aside rather than overwritten.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  jsonFileStorage,
  readJsonFile,
  writeJsonFileAtomic,
} from '../../../src/main/state/jsonFile';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scholion-json-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeJsonFileAtomic', () => {
  it('writes the value, creating folders, and leaves no temporary file', async () => {
    const file = join(dir, 'a/b/settings.json');
    await writeJsonFileAtomic(file, { n: 1 });
    await writeJsonFileAtomic(file, { n: 2 });
    expect(await readJsonFile(file)).toEqual({ n: 2 });
    expect(await readdir(join(dir, 'a/b'))).toEqual(['settings.json']);
  });

  it('leaves the old file intact when the value cannot be serialised', async () => {
    const file = join(dir, 'settings.json');
    await writeJsonFileAtomic(file, { n: 1 });
    await expect(writeJsonFileAtomic(file, { n: 10n })).rejects.toThrow();
    expect(await readJsonFile(file)).toEqual({ n: 1 });
  });
});

describe('jsonFileStorage', () => {
  it('reads a missing file as undefined', async () => {
    await expect(jsonFileStorage(join(dir, 'none.json')).read()).resolves.toBeUndefined();
  });

  it('moves a corrupt file aside instead of overwriting it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const file = join(dir, 'settings.json');
    await writeFile(file, '{"broken":');
    const storage = jsonFileStorage(file);
    await expect(storage.read()).resolves.toBeUndefined();
    await storage.write({ fresh: true });
    const names = await readdir(dir);
    const aside = names.find((n) => n.startsWith('settings.json.corrupt-'));
    expect(aside).toBeDefined();
    expect(await readFile(join(dir, aside!), 'utf8')).toBe('{"broken":');
    expect(await readJsonFile(file)).toEqual({ fresh: true });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('moved it to'));
    warn.mockRestore();
  });
});
