// Search over the contract: the paper, works, claims and notes; the index follows every change.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Hit, SearchResultsView } from '../../src/shared/contract';
import { openTestApp, removeDataDirs, type TestApp } from './handlerHelpers';

let app: TestApp;
beforeEach(async () => {
  app = await openTestApp();
  await app.services.search.ready;
});
afterEach(() => app.close());
afterAll(removeDataDirs);

const search = (query: string, more: object = {}): Promise<SearchResultsView> =>
  app.call('search', { query, ...more });

/** The text a hit's highlights mark, per field. */
const marked = (hit: Hit): string[] =>
  hit.highlights.map((h) => (h.field === 'title' ? hit.title : hit.snippet).slice(h.start, h.end));

describe('search', () => {
  it('finds Köhler 2011 typed without the umlaut: the work, the claim and the passage', async () => {
    const results = await search('Kohler');
    expect(results.building).toBe(false);
    expect(results.works.map((h) => h.id)).toEqual(['kohler2011']);
    expect(marked(results.works[0]!)).toContain('Koehler');
    expect(results.passages[0]?.id).toBe('lavenex-panizzon-2013#b17');
    expect(marked(results.passages[0]!)).toEqual(['Köhler']);
    expect(results.passages[0]?.anchor).toMatchObject({
      documentId: 'lavenex-panizzon-2013',
      blockId: 'b17',
    });
    expect(results.claims[0]?.title).toContain('Köhler 2011');
    expect(results.totals).toMatchObject({ work: 1, note: 0 });
    expect(results.order[0]).toBe('work');
  });

  it('limits hits per kind and kinds, and refuses what is not a search', async () => {
    const results = await search('migration', { limitPerKind: 2, kinds: ['passage'] });
    expect(results.passages).toHaveLength(2);
    expect(results.totals.passage).toBeGreaterThan(2);
    expect(results.works).toEqual([]);
    expect(results.claims).toEqual([]);
    const expanded = await search('migration', { limitPerKind: 2, limitsByKind: { passage: 7 } });
    expect(expanded.passages).toHaveLength(7);
    expect(expanded.claims).toHaveLength(2);
    // A first screenful: `limitInAll` hits in all, the groups after the first their best one.
    const first = await search('migration', { limitPerKind: 4, limitInAll: 4 });
    const [top, ...rest] = first.order.filter((kind) => first.totals[kind] > 0);
    const lists = { work: 'works', claim: 'claims', note: 'notes', passage: 'passages' } as const;
    expect(first[lists[top!]]).toHaveLength(4);
    for (const kind of rest) expect(first[lists[kind]]).toHaveLength(1);
    expect((await app.fail('search', { query: 'x', limitInAll: 0 })).code).toBe('invalid-payload');
    expect((await app.fail('search', { query: 'x', limitsByKind: { tweets: 3 } })).code).toBe(
      'invalid-payload',
    );
    expect((await app.fail('search', { query: 'x', limitPerKind: 0 })).code).toBe(
      'invalid-payload',
    );
    expect((await app.fail('search', { query: 'x', kinds: ['tweets'] })).code).toBe(
      'invalid-payload',
    );
  });

  it('finds a note by its title as soon as it is saved, and follows edits, trash and restore', async () => {
    expect((await search('zanzibar')).notes).toEqual([]);
    const note = await app.call('createNote', { title: 'Zanzibar ferries', body: 'Dhows.' });
    expect((await search('zanzib')).notes.map((h) => h.id)).toEqual([note.id]);

    await app.call('updateNote', { id: note.id, title: 'Pemba crossings', autosave: true });
    expect((await search('zanzibar')).notes).toEqual([]);
    expect((await search('pemba')).notes.map((h) => h.id)).toEqual([note.id]);

    await app.call('deleteNote', { id: note.id });
    expect((await search('pemba')).notes).toEqual([]);
    await app.call('restoreNote', { id: note.id });
    expect((await search('pemba')).notes.map((h) => h.title)).toEqual(['Pemba crossings']);
  });

  it('indexes the user’s claims as they are recorded, edited and deleted', async () => {
    const claim = await app.call('createUserClaim', {
      statement: 'Readmission clauses travel through mobility partnerships.',
      links: [{ workKey: 'kohler2011', stance: 'supporting' }],
    });
    const found = (await search('readmission clauses')).claims.find((h) => h.id === claim.id);
    expect(found?.snippet).toMatch(/^Your claim · cites /);
    await app.call('updateUserClaim', { id: claim.id, statement: 'Visa facilitation is traded.' });
    expect((await search('readmission clauses')).claims.some((h) => h.id === claim.id)).toBe(false);
    expect((await search('visa facilitation')).claims[0]?.id).toBe(claim.id);
    await app.call('deleteUserClaim', { id: claim.id });
    expect((await search('visa facilitation')).claims.some((h) => h.id === claim.id)).toBe(false);
    await app.call('restoreUserClaim', { id: claim.id });
    expect((await search('visa facilitation')).claims[0]?.id).toBe(claim.id);
  });

  it('finds imported works right after the import', async () => {
    const text = await readFile(
      join(
        import.meta.dirname,
        '../fixtures/import/two new works, a duplicate and a broken entry.bib',
      ),
      'utf8',
    );
    expect((await search('boswell')).works).toEqual([]);
    const plan = await app.call('planImport', { text, fileName: 'refs.bib' });
    await app.call('applyImport', { planId: plan.planId, decisions: {}, allowPartial: true });
    expect((await search('boswell')).works.map((h) => h.id)).toEqual(['boswell2007']);
    expect((await search('theorizing migration policy')).works[0]?.id).toBe('boswell2007');
  });

  it('indexes what the data folder holds when the app starts', async () => {
    const note = await app.call('createNote', { title: 'Quokka sightings', body: '' });
    await app.restart();
    await app.services.search.ready;
    expect((await search('quokka')).notes.map((h) => h.id)).toEqual([note.id]);
  });
});
