// e2e: the UI benchmark (bench/ui.ts) runs on a small library and gives every figure the bench
// writes into results.json. Only that it measures: its figures are never asserted on.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { benchUi } from '../../bench/ui';

it('measures every UI figure on a small library', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'scholion-uibench-'));
  try {
    const figures = await benchUi(dataDir, 0, { keysPerField: 4 });
    for (const field of [
      'openPaintMs',
      'filterKeyMedianMs',
      'filterKeyP95Ms',
      'filterKeyMaxMs',
      'searchKeyP95Ms',
      'paletteKeyP95Ms',
      'scrollFrameP95Ms',
      'longTasks',
      'switchViewMs',
      'cardOpenMs',
    ] as const) {
      expect(Number.isFinite(figures[field]), field).toBe(true);
      expect(figures[field], field).toBeGreaterThanOrEqual(0);
    }
    expect(figures.keysPerField).toBe(4);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}, 240_000);
