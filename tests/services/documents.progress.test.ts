// Adding a paper reports real progress: each stage of the parse as it starts (reference list,
// citations, layout, placing), then linking and saving, on a bar that only moves forward — not
// one value for the whole parse.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocumentService, type AddProgress } from '../../src/services/documents';
import { LibraryService } from '../../src/services/library';
import { UserDataStore } from '../../src/store';

const library = await LibraryService.open();
const bytes = new Uint8Array(
  readFileSync(new URL('../fixtures/papers/apa7-school-meals.md', import.meta.url)),
);

/** "phase" or "phase:stage" of each report, and the bar's values, as they arrived. */
function progressTrail(seen: readonly AddProgress[]) {
  return {
    steps: seen.map((p) => (p.stage ? `${p.phase}:${p.stage}` : p.phase)),
    fractions: seen.map((p) => p.fraction),
  };
}

describe('the progress of an add', () => {
  it('reports every stage in order, on a bar that only moves forward', async () => {
    const store = await UserDataStore.openInMemory();
    const documents = new DocumentService(store, library);
    const seen: AddProgress[] = [];
    await documents.add({ fileName: 'meals.md', bytes, onProgress: (p) => seen.push(p) });
    const { steps, fractions } = progressTrail(seen);
    expect(steps).toEqual([
      'reading',
      'parsing',
      'parsing:reference-list',
      'parsing:citations',
      'parsing:layout',
      'parsing:placing',
      'linking',
      'writing',
      'done',
    ]);
    for (let k = 1; k < fractions.length; k++) {
      expect(fractions[k]!, steps[k]).toBeGreaterThan(fractions[k - 1]!);
    }
    expect(fractions[0]).toBe(0);
    expect(fractions.at(-1)).toBe(1);
  });
});
