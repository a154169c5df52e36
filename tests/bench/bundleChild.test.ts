import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundleChild } from '../../bench/bundleChild';

describe('bench children bundled as the app is built', () => {
  it('builds sizeChild into one module that plain node loads, without tsx', async () => {
    const file = await bundleChild('sizeChild');
    expect(file).toMatch(/out[/\\]bench[/\\]sizeChild\.mjs$/);
    const text = readFileSync(file, 'utf8');
    // The project's sources are inside; only packages stay imports.
    expect(text).not.toMatch(/from ["']\.\.?\/[^"']*["']/);
    expect(text).toContain('openServices');
    // Every import resolves under plain node: the child gets as far as its usage check.
    const run = spawnSync(process.execPath, [file], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('usage: sizeChild.ts');
  }, 120_000);
});
