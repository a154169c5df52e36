// The search build's heap growth: set for the build's time only, given back to V8 after it, even
// when the build fails (V8's flags are the process's).
import { spawnSync } from 'node:child_process';
import type * as V8 from 'node:v8';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const flags: string[] = [];
vi.mock('node:v8', async (importOriginal) => ({
  ...(await importOriginal<typeof V8>()),
  setFlagsFromString: (flag: string) => flags.push(flag),
}));

const { BUILD_HEAP_GROWING_PERCENT, heapGrowingFlag, withHeapNearLive } =
  await import('../../src/main/heapGrowth');

beforeEach(() => {
  flags.length = 0;
});

describe('withHeapNearLive', () => {
  it('sets a fixed growth while the build runs and gives V8 its own choice after', async () => {
    const seen: string[][] = [];
    const answer = await withHeapNearLive(async () => {
      seen.push([...flags]);
      await Promise.resolve();
      return 42;
    });
    expect(answer).toBe(42);
    expect(seen).toEqual([[`--heap-growing-percent=${BUILD_HEAP_GROWING_PERCENT}`]]);
    expect(flags).toEqual([
      `--heap-growing-percent=${BUILD_HEAP_GROWING_PERCENT}`,
      '--heap-growing-percent=0',
    ]);
  });

  it('gives the growth back when the build fails, and passes the failure on', async () => {
    await expect(
      withHeapNearLive(async () => {
        throw new Error('disk gone');
      }),
    ).rejects.toThrow('disk gone');
    expect(flags.at(-1)).toBe('--heap-growing-percent=0');
  });

  it('is a flag this V8 knows (an unknown one is only complained of on stderr)', () => {
    const flag = heapGrowingFlag(BUILD_HEAP_GROWING_PERCENT);
    const script = `require('node:v8').setFlagsFromString(${JSON.stringify(flag)})`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    // The check can fail: a misspelt flag is complained of.
    const wrong = spawnSync(process.execPath, ['-e', script.replace('growing', 'growin')], {
      encoding: 'utf8',
    });
    expect(wrong.stderr).toMatch(/unrecognized flag/);
  });
});
