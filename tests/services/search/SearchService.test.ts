// SearchService over the real bundled library plus user works, notes and claims, kept current.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Work } from '../../../src/core/bibliography/model';
import { LibraryService } from '../../../src/services/library';
import {
  SearchService,
  type IndexableNote,
  type IndexableUserClaim,
} from '../../../src/services/search';

const userWork = (key: string, title: string, family: string): Work => ({
  citationKey: key,
  csl: { id: key, type: 'book', title, author: [{ family }], issued: { 'date-parts': [[2019]] } },
  provenance: { kind: 'user' },
  confidence: null,
  citedAs: [],
  aliases: [],
  tags: [],
});

const notes: IndexableNote[] = [
  {
    id: 'n1',
    title: 'Aleinikoff on norms',
    body: 'Substance, not architecture.',
    tags: [],
    deletedAt: null,
  },
  {
    id: 'n2',
    title: 'Old draft',
    body: 'Zanzibar ferries',
    tags: [],
    deletedAt: '2024-01-01T00:00:00Z',
  },
];

const claim: IndexableUserClaim = {
  id: 'uc-1',
  statement: 'Mobility partnerships favour destination countries.',
  links: [{ workKey: 'betts2011c', stance: 'supporting', placeholder: 'Betts 2011c' }],
  passage: null,
};

let library: LibraryService;
let service: SearchService;

beforeAll(async () => {
  library = await LibraryService.open();
  service = await SearchService.build({
    library,
    userWorks: [userWork('okafor2019', 'Remittance Corridors', 'Okafor')],
    notes,
    userClaims: [claim],
  });
});

describe('SearchService', () => {
  it('indexes the bundled works and paper, user works, live notes and user claims', () => {
    const counts = service.counts();
    expect(counts.work).toBe(library.works.length + 1);
    expect(counts.note).toBe(1);
    expect(counts.claim).toBe(library.paper.claims.length + 1);
    expect(counts.passage).toBeGreaterThan(10);
  });

  it('finds the paper passage, the paper claim and the note for one phrase', () => {
    const r = service.search('substance without architecture');
    expect(r.passages.length).toBeGreaterThan(0);
    expect(r.claims.some((h) => h.snippet.includes('Aleinikoff 2003'))).toBe(true);
    expect(service.search('substance architecture').notes.map((h) => h.id)).toEqual(['n1']);
  });

  it('finds a user work and a user claim with the works it links', () => {
    expect(service.search('remitt').works.map((h) => h.id)).toEqual(['okafor2019']);
    const hit = service.search('destination countr').claims.find((h) => h.id === 'uc-1');
    expect(hit?.snippet).toBe('Your claim · cites Betts 2011c');
  });

  it('leaves trashed notes out, and follows trash and restore', () => {
    expect(service.search('zanzibar').notes).toEqual([]);
    service.noteChanged({ ...notes[1]!, deletedAt: null });
    expect(service.search('zanzibar').notes.map((h) => h.id)).toEqual(['n2']);
    service.noteChanged({ ...notes[1]!, deletedAt: '2024-02-02T00:00:00Z' });
    expect(service.search('zanzibar').notes).toEqual([]);
  });

  it('follows work and claim edits and deletions', () => {
    service.workChanged(userWork('okafor2019', 'Diaspora Bonds', 'Okafor'));
    expect(service.search('remitt').works).toEqual([]);
    expect(service.search('diaspora bon').works.map((h) => h.id)).toEqual(['okafor2019']);
    service.workRemoved('okafor2019');
    expect(service.search('diaspora bon').works).toEqual([]);

    service.userClaimChanged({ ...claim, statement: 'Conditionality is back.' });
    expect(service.search('conditionality is back').claims.map((h) => h.id)).toEqual(['uc-1']);
    service.userClaimRemoved('uc-1');
    expect(service.search('conditionality is back').claims).toEqual([]);
  });

  it('replaces the paper claims and passages when the paper is re-analysed', () => {
    const before = service.counts();
    service.paperChanged(library.paper);
    expect(service.counts()).toEqual(before);
  });

  it('searches the paper at once and the rest as it is indexed', async () => {
    const started = SearchService.start({ library, notes }, { chunkSize: 5 });
    expect(started.building).toBe(true);
    expect(started.search('substance without architecture').passages.length).toBeGreaterThan(0);
    expect(started.counts().work).toBeLessThan(library.works.length);
    await started.ready;
    expect(started.building).toBe(false);
    expect(started.counts().work).toBe(library.works.length);
  });

  it('lets changes made during the build win over the sources it started from', async () => {
    const renamed = userWork('okafor2019', 'Diaspora Bonds', 'Okafor');
    const started = SearchService.start(
      { library, userWorks: [userWork('okafor2019', 'Remittance Corridors', 'Okafor')], notes },
      { chunkSize: 1 },
    );
    started.workChanged(renamed);
    started.noteRemoved('n1');
    await started.ready;
    expect(started.search('remitt').works).toEqual([]);
    expect(started.search('diaspora').works.map((h) => h.id)).toEqual(['okafor2019']);
    expect(started.search('aleinikoff on norms').notes).toEqual([]);
  });

  it('yields to the event loop while building', async () => {
    let ranDuringBuild = false;
    setImmediate(() => (ranDuringBuild = true));
    const built = await SearchService.build({ library }, { chunkSize: 5 });
    expect(ranDuringBuild).toBe(true);
    expect(built.counts().work).toBe(library.works.length);
  });
});
