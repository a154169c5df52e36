/**
 * The review's choices reach the store: entries the user left out are not written, and a merge
 * keeps, field by field, the value the user picked (the default merge only fills missing fields).
 */
import { describe, expect, it } from 'vitest';
import { applyImport, MemoryWorkStore, planImport } from '../../../src/services/import';
import { importInputs } from '../../../src/shared/contract';
import { exportWorks } from '../../../src/core/formats';

const LIBRARY =
  '@article{k, title={Old title}, author={Doe, Jane}, journal={J}, year=2001, doi={10.1000/k}, volume={3}}';
const FILE = [
  '@article{k2, title={New title}, author={Doe, Jane}, journal={J}, year=2001, doi={10.1000/k}, volume={4}, pages={1--2}}',
  '@book{roe2020, title={A Book}, author={Roe, Rick}, publisher={P}, year=2020}',
  '@book{poe2021, title={Another Book}, author={Poe, Pat}, publisher={P}, year=2021}',
].join('\n');

async function libraryAndPlan() {
  const store = new MemoryWorkStore();
  await applyImport(await planImport(LIBRARY, store), 'skip', store);
  return { store, plan: await planImport(FILE, store) };
}

describe('applying an import with the review’s choices', () => {
  it('writes no entry that was left out, new or duplicate', async () => {
    const { store, plan } = await libraryAndPlan();
    expect(plan.items.map((i) => i.status)).toEqual(['duplicate', 'new', 'new']);
    const result = await applyImport(
      plan,
      { perItem: { 0: 'keep-both' }, otherwise: 'skip', exclude: [0, 1] },
      store,
    );
    expect(result.added).toEqual(['poe2021']);
    expect(result.excluded).toEqual([1, 2]);
    const keys = (await store.allWorks()).map((w) => w.citationKey).sort();
    expect(keys).toEqual(['k', 'poe2021']);
  });

  it('keeps the value picked for each field when merging a duplicate', async () => {
    const { store, plan } = await libraryAndPlan();
    const result = await applyImport(
      plan,
      {
        perItem: { 0: 'merge' },
        otherwise: 'skip',
        exclude: [1, 2],
        fields: { 0: { title: 'file', volume: 'library', page: 'library' } },
      },
      store,
    );
    expect(result.merged).toEqual(['k']);
    const merged = (await store.allWorks()).find((w) => w.citationKey === 'k')!;
    expect(merged.csl.title).toBe('New title');
    expect(merged.csl.volume).toBe('3');
    // The library had no pages and the user kept the library's (none).
    expect(merged.csl.page).toBeUndefined();
    expect(merged.csl.DOI).toBe('10.1000/k');
    // The .bib export says what the record says, not the original entry's old title.
    const bib = exportWorks([merged], 'bibtex');
    expect(bib).toMatch(/title\s*=\s*\{+New title\}+/);
    expect(bib).not.toContain('Old title');
    expect(bib).toMatch(/volume\s*=\s*\{3\}/);
  });

  it('without choices, a merge still only fills the missing fields', async () => {
    const { store, plan } = await libraryAndPlan();
    await applyImport(plan, { perItem: { 0: 'merge' }, otherwise: 'skip', exclude: [1, 2] }, store);
    const merged = (await store.allWorks()).find((w) => w.citationKey === 'k')!;
    expect([merged.csl.title, merged.csl.volume, merged.csl.page]).toEqual([
      'Old title',
      '3',
      '1-2',
    ]);
  });

  it('refuses a field choice other than library or file, and a negative index to leave out', () => {
    const input = (decisions: object) =>
      importInputs.applyImport.safeParse({ planId: 'imp-1', decisions });
    expect(input({ fields: { 0: { title: 'file' } }, exclude: [2] }).success).toBe(true);
    expect(input({ fields: { 0: { title: 'mine' } } }).success).toBe(false);
    expect(input({ exclude: [-1] }).success).toBe(false);
  });
});
