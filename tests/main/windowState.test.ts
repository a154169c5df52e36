// Remembered window bounds: fitting saved bounds to today's displays and reading the file.
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  fitToDisplays,
  loadWindowState,
  MIN_WINDOW_SIZE,
} from '../../src/main/windowState';

const laptop = { x: 0, y: 0, width: 1440, height: 870 };
const external = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('fitToDisplays', () => {
  it('keeps a window that is visible', () => {
    const state = { x: 100, y: 80, width: 1200, height: 800, maximized: true };
    expect(fitToDisplays(state, [laptop])).toEqual(state);
  });

  it('centres a window whose display is gone, keeping its size where it fits', () => {
    const onExternal = { x: 2000, y: 100, width: 1200, height: 800, maximized: false };
    expect(fitToDisplays(onExternal, [laptop, external])).toEqual(onExternal);
    expect(fitToDisplays(onExternal, [laptop])).toEqual({
      width: 1200,
      height: 800,
      maximized: false,
    });
  });

  it('clamps the size between the minimum and the largest display', () => {
    const huge = fitToDisplays({ width: 9000, height: 9000, maximized: false }, [laptop]);
    expect(huge).toMatchObject({ width: laptop.width, height: laptop.height });
    const tiny = fitToDisplays({ width: 10, height: 10, maximized: false }, [laptop]);
    expect(tiny).toMatchObject(MIN_WINDOW_SIZE);
  });

  it('centres a window whose title bar is above the screen', () => {
    const state = { x: 100, y: -600, width: 1000, height: 700, maximized: false };
    expect(fitToDisplays(state, [laptop])).not.toHaveProperty('x');
  });
});

describe('loadWindowState', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scholion-ws-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads a saved state', async () => {
    const file = join(dir, 'window-state.json');
    await writeFile(
      file,
      JSON.stringify({ schemaVersion: 1, x: 5, y: 6, width: 900, height: 600, maximized: false }),
    );
    expect(await loadWindowState(file)).toEqual({
      x: 5,
      y: 6,
      width: 900,
      height: 600,
      maximized: false,
    });
  });

  it('falls back to defaults for a missing, corrupt or foreign file', async () => {
    expect(await loadWindowState(join(dir, 'absent.json'))).toEqual(DEFAULT_WINDOW_STATE);
    const corrupt = join(dir, 'corrupt.json');
    await writeFile(corrupt, '{"schemaVersion":1,"x":');
    expect(await loadWindowState(corrupt)).toEqual(DEFAULT_WINDOW_STATE);
    const foreign = join(dir, 'foreign.json');
    await writeFile(foreign, JSON.stringify({ schemaVersion: 9, width: 'wide' }));
    expect(await loadWindowState(foreign)).toEqual(DEFAULT_WINDOW_STATE);
    expect((await readdir(dir)).sort()).toEqual(['corrupt.json', 'foreign.json']);
  });
});
