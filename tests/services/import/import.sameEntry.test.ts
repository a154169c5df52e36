/**
 * Importing a file twice matches every entry with itself (same key, same content), @set entries
 * included, even where another library work has the same title, year and authors.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { workListing } from '../../../src/core/bibliography/listing';
import { applyImport, MemoryWorkStore, planImport } from '../../../src/services/import';
import { biblatexExamplesPath } from '../../fixtures/works';

const examples = biblatexExamplesPath();

describe.skipIf(!examples)('importing biblatex-examples.bib twice', () => {
  it('matches each entry with itself, and offers nothing as new', async () => {
    const text = readFileSync(examples!, 'utf8');
    const store = new MemoryWorkStore();
    const first = await planImport(text, store);
    await applyImport(first, 'skip', store);
    const again = await planImport(text, store);
    const wrong = again.items.filter(
      (i) => i.status !== 'duplicate' || i.duplicateOf !== i.entry.key,
    );
    expect(wrong.map((i) => i.entry.key)).toEqual([]);
    const baez = again.items.find((i) => i.entry.key === 'baez/online')!;
    expect(baez).toMatchObject({
      status: 'duplicate',
      duplicateOf: 'baez/online',
      reason: 'same-entry',
    });
  });

  it('shows an @set as the set it is, not as an untitled anonymous work', async () => {
    const store = new MemoryWorkStore();
    await applyImport(await planImport(readFileSync(examples!, 'utf8'), store), 'skip', store);
    const set = (await store.allWorks()).find((w) => w.citationKey === 'stdmodel')!;
    expect(workListing(set).title).toBe('Entry set: glashow, weinberg, salam');
  });
});

describe('an entry whose key is in the library with other content', () => {
  it('is matched with that work when it is the same work (same DOI)', async () => {
    const store = new MemoryWorkStore();
    const v1 = '@article{k, title={Old title}, journal={J}, year=2001, doi={10.1000/k}}';
    const v2 =
      '@article{k, title={New title}, journal={J}, year=2001, doi={10.1000/k}, pages={1--2}}';
    await applyImport(await planImport(v1, store), 'skip', store);
    const plan = await planImport(v2, store);
    expect(plan.items[0]).toMatchObject({ status: 'duplicate', duplicateOf: 'k', reason: 'doi' });
  });
});
