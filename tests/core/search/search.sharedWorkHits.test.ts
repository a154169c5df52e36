// Works' hits read from the works list's listings (SearchIndex.shareWorkHits): the index keeps no
// hit text of a work whose listing gives the same, answers exactly as an index keeping them all,
// keeps its own text where the listing differs, and reads back a kept index without the texts.
import { describe, expect, it } from 'vitest';
import { generateLibrary } from '../../../bench/generate';
import { UNTITLED, workListing, type WorkListing } from '../../../src/core/bibliography';
import type { Work } from '../../../src/core/bibliography/model';
import { createSearchIndex, type SearchIndex, type WorkHitSource } from '../../../src/core/search';
import { NOTES, WORKS, work } from './fixtures';
import { joined } from './joinedChunks';

const QUERIES = ['m', 'mi', 'migra', 'governance', 'lavenex 2011', 'köhler', 'rcp', 'zzz', 'é'];

const everything = (index: SearchIndex, q: string) => index.search(q, { limitPerKind: 200 });

/** Works with every kind of name, year, container and tag the generator makes. */
const LIBRARY: Work[] = [...WORKS, ...generateLibrary(300, { notesPerWork: 0, seed: 7 }).works];

/** The listings of `works`, by key, as the works list holds them. */
function listings(works: readonly Work[]): Map<string, WorkListing> {
  return new Map(works.map((w) => [w.citationKey, workListing(w)]));
}

const sourceOf =
  (rows: Map<string, WorkListing>): WorkHitSource =>
  (key) =>
    rows.get(key) ?? null;

function indexOf(works: readonly Work[], source?: WorkHitSource, packed = false): SearchIndex {
  const index = createSearchIndex();
  if (source) index.shareWorkHits(source);
  index.packItems(packed);
  index.addWorks(works);
  index.addNotes(NOTES);
  index.packItems(false);
  return index;
}

const bytesOf = (index: SearchIndex): Uint8Array => joined(index.toBytes());

function restored(bytes: Uint8Array, source?: WorkHitSource): SearchIndex {
  const index = createSearchIndex();
  if (source) index.shareWorkHits(source);
  index.restoreBytes(bytes);
  return index;
}

describe("works' hits read from the works list", () => {
  it('answers every query exactly as an index keeping every hit text, packed or not', () => {
    const rows = listings(LIBRARY);
    const plain = indexOf(LIBRARY);
    for (const packed of [false, true]) {
      const shared = indexOf(LIBRARY, sourceOf(rows), packed);
      for (const q of QUERIES) expect(everything(shared, q), q).toEqual(everything(plain, q));
    }
  });

  it('keeps no hit text of the works the listings give, in memory or in the kept bytes', () => {
    const rows = listings(LIBRARY);
    const plainBytes = bytesOf(indexOf(LIBRARY)).byteLength;
    const sharedBytes = bytesOf(indexOf(LIBRARY, sourceOf(rows))).byteLength;
    // Every hit text is at least its key, title and snippet as JSON.
    const texts = LIBRARY.reduce(
      (n, w) => n + w.citationKey.length + (w.csl.title ?? '').length,
      0,
    );
    expect(plainBytes - sharedBytes).toBeGreaterThan(texts);
  });

  it('reads a kept index back without the texts, with the same answers', () => {
    const rows = listings(LIBRARY);
    const plain = indexOf(LIBRARY);
    const back = restored(bytesOf(indexOf(LIBRARY, sourceOf(rows), true)), sourceOf(rows));
    for (const q of QUERIES) expect(everything(back, q), q).toEqual(everything(plain, q));
    // Written again as read, it is the same bytes.
    expect(Buffer.from(bytesOf(back)).equals(bytesOf(indexOf(LIBRARY, sourceOf(rows))))).toBe(true);
  });

  it('keeps its own text for a work the listings give otherwise or do not know', () => {
    const rows = listings(LIBRARY);
    const [first, second, third] = WORKS;
    // A listing behind its work (not yet brought up to date), one missing; and an untitled work,
    // whose hit is titled as its listing is (shared with it).
    rows.set(first!.citationKey, { ...rows.get(first!.citationKey)!, title: 'An older title' });
    rows.delete(second!.citationKey);
    const untitled: Work = { ...work('untitled1', { title: '' }), csl: { id: 'u', type: 'book' } };
    rows.set('untitled1', workListing(untitled));
    const works = [...LIBRARY, untitled];
    const shared = indexOf(works, sourceOf(rows));
    const plain = indexOf(works);
    for (const q of [...QUERIES, first!.csl.title!, 'untitled1', third!.citationKey]) {
      expect(everything(shared, q), q).toEqual(everything(plain, q));
    }
    const titleOf = (key: string) => everything(shared, key).works.find((h) => h.id === key)?.title;
    expect(titleOf(first!.citationKey)).toBe(first!.csl.title);
    expect(titleOf('untitled1')).toBe(UNTITLED);
    expect(titleOf('untitled1')).toBe(workListing(untitled).title);
    // Its text is not kept twice: the index of it alone is smaller with the listing.
    const alone = new Map([['untitled1', workListing(untitled)]]);
    const aloneShared = bytesOf(indexOf([untitled], sourceOf(alone))).byteLength;
    expect(aloneShared).toBeLessThan(bytesOf(indexOf([untitled])).byteLength);
  });

  it('checks each edit: a work changed after the listings keeps its own new text', () => {
    const rows = listings(LIBRARY);
    const shared = indexOf(LIBRARY, sourceOf(rows));
    const edited = { ...WORKS[0]!, csl: { ...WORKS[0]!.csl, title: 'Renamed migration record' } };
    shared.upsertWork(edited); // the listing still has the old title
    const hit = everything(shared, 'renamed').works.find((h) => h.id === edited.citationKey);
    expect(hit?.title).toBe('Renamed migration record');
    // Listed anew, the next edit reads it from there again; the hit shows the same.
    rows.set(edited.citationKey, workListing(edited));
    shared.upsertWork(edited);
    const again = everything(shared, 'renamed').works.find((h) => h.id === edited.citationKey);
    expect([again?.title, again?.snippet, again?.highlights]).toEqual([
      hit?.title,
      hit?.snippet,
      hit?.highlights,
    ]);
  });

  it('leaves out a work the listings no longer hold; shows its key without any listings', () => {
    const rows = listings(LIBRARY);
    const bytes = bytesOf(indexOf(LIBRARY, sourceOf(rows)));
    const gone = WORKS[0]!.citationKey;
    rows.delete(gone);
    const back = restored(bytes, sourceOf(rows));
    const ids = (index: SearchIndex) => everything(index, gone).works.map((h) => h.id);
    expect(ids(back)).not.toContain(gone);
    // Read back by a reader without the listings: the key stands for the title.
    const bare = everything(restored(bytes), gone).works.find((h) => h.id === gone);
    expect(bare).toMatchObject({ id: gone, title: gone, snippet: '' });
  });
});
