/**
 * The citation engine's warm-up in steps (warmUpSteps): many short steps after the engine's
 * build, sample works given year letters, the registry left empty, and bibliographies formatted
 * after it exactly as without it; the library service takes a turn before each step.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { formatBibliography, STYLE_IDS, warmUpSteps } from '../../../src/core/formats';
import { styleEngine } from '../../../src/core/formats/csl/engine';
import { loadBundledCsl } from '../../../src/services/export';
import { LibraryService } from '../../../src/services/library';
import { bundled } from '../../fixtures/works';

beforeAll(() => loadBundledCsl());

describe('the citation engine warm-up', () => {
  it('runs in many steps, every format of every sample rendered, the registry left empty', () => {
    for (const style of STYLE_IDS) {
      const engine = styleEngine(style, undefined, 'bibliography');
      const steps = [...warmUpSteps(style)];
      // The engine's build, then a step per group of eight works and output format.
      expect(steps.length).toBe(1 + (48 / 8) * 3);
      expect(engine.bibliography('text').entries).toEqual([]);
    }
  });

  it('gives year letters to its twins: the disambiguation path is warmed too', () => {
    const engine = styleEngine('apa', undefined, 'bibliography');
    const texts: string[] = [];
    const steps = warmUpSteps('apa');
    steps.next(); // the engine's build
    steps.next(); // the first group, as text
    texts.push(...engine.bibliography('text').entries);
    for (const _ of steps) void _;
    expect(texts).toHaveLength(8);
    expect(texts.some((t) => /\(20\d\d[ab]/.test(t))).toBe(true);
  });

  it('leaves every bibliography as it is formatted without it', () => {
    const works = bundled();
    const before = STYLE_IDS.map((style) => formatBibliography(works, { style, format: 'html' }));
    for (const style of STYLE_IDS) for (const _ of warmUpSteps(style)) void _;
    const after = STYLE_IDS.map((style) => formatBibliography(works, { style, format: 'html' }));
    expect(after).toEqual(before);
  });

  it('waits for a turn before each step in the library service', async () => {
    const library = await LibraryService.open();
    let turns = 0;
    await library.warmUpFormatting('apa', async () => {
      turns++;
      await new Promise((resolve) => setImmediate(resolve));
    });
    expect(turns).toBe(1 + 1 + (48 / 8) * 3);
  });
});
