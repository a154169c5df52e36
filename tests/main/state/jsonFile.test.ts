// The shell's small JSON files (window bounds): atomic writes through the app's one atomic write.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readJsonFile, writeJsonFileAtomic } from '../../../src/main/state/jsonFile';

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
