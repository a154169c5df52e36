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
      // The engine's build, then a step per pair of works and output format.
      expect(steps.length).toBe(1 + (48 / 2) * 3);
      expect(engine.bibliography('text').entries).toEqual([]);
    }
  });

  it('gives year letters to its twins: the disambiguation path is warmed too', () => {
    const engine = styleEngine('apa', undefined, 'bibliography');
    const groups: string[][] = [];
    const steps = warmUpSteps('apa');
    steps.next(); // the engine's build
    // Each pair is rendered as text, HTML and RTF, a step each.
    while (!steps.next().done) {
      groups.push(engine.bibliography('text').entries);
      steps.next();
      steps.next();
    }
    expect(groups).toHaveLength(24);
    for (const texts of groups) expect(texts).toHaveLength(2);
    const lettered = groups.filter((texts) => texts.some((t) => /\(20\d\d[ab]/.test(t)));
    // 10 of the 24 pairs: those whose twins have the same authors and date.
    expect(lettered.length).toBe(10);
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
    expect(turns).toBe(1 + 1 + (48 / 2) * 3);
  });
});
