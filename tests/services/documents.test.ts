// The documents service: the bundled paper first, adding a Markdown paper (reference list linked
// to the library's works, uncertain matches held for the user), trash, reparse, corrections.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_DOCUMENT_ID } from '../../src/core/documents';
import { DocumentService } from '../../src/services/documents';
import { readInThread, type PaperReader } from '../../src/services/documents/readInWorker';
import { LibraryService } from '../../src/services/library';
import { WorkService, renameWorkKey } from '../../src/services/works';
import { MemoryPaperFiles, MemoryStorage, UserDataStore } from '../../src/store';

const FIXTURE = new URL('../fixtures/documents/regional-processes.md', import.meta.url);
const bytes = () => new Uint8Array(readFileSync(FIXTURE));
const library = await LibraryService.open();
const DISCONTENTS = new URL(
  '../fixtures/added-papers/partnership and its discontents.md',
  import.meta.url,
);
const discontents = () => new Uint8Array(readFileSync(DISCONTENTS));

/** The service with a paper reader whose next reads wait as long as `delays` says (ms). */
function slowDocuments(store: UserDataStore) {
  const delays: number[] = [];
  const read: PaperReader = async (...args) => {
    await new Promise((resolve) => setTimeout(resolve, delays.shift() ?? 0));
    return readInThread(...args);
  };
  return { documents: new DocumentService(store, library, { read }), delays };
}

async function setup(storage = new MemoryStorage(), paperFiles = new MemoryPaperFiles()) {
  const store = await UserDataStore.openInMemory({ storage, paperFiles });
  let t = 0;
  const now = () => new Date(Date.UTC(2026, 0, 1, 0, 0, ++t));
  return { store, storage, paperFiles, documents: new DocumentService(store, library, { now }) };
}

describe('DocumentService', () => {
  it('lists the bundled paper first, as a document like any other', async () => {
    const { documents } = await setup();
    const [bundled, ...rest] = await documents.list();
    expect(rest).toEqual([]);
    expect(bundled).toMatchObject({ id: BUNDLED_DOCUMENT_ID, kind: 'bundled', fileName: null });
    expect(bundled!.citations).toBe(library.paper.citations.length);
    const view = await documents.get(BUNDLED_DOCUMENT_ID);
    expect(view.documentId).toBe(BUNDLED_DOCUMENT_ID);
    expect(view.claims).toBe(library.paper.claims);
  });

  it('adds a Markdown paper: document model, reference list, citations linked to works', async () => {
    const { documents, store } = await setup();
    const phases: string[] = [];
    const { document, added } = await documents.add({
      fileName: 'regional-processes.md',
      bytes: bytes(),
      onProgress: (p) => phases.push(p.phase),
    });
    expect(added).toBe(true);
    // Each stage of the parse is a 'parsing' report of its own (documents.progress.test.ts).
    expect([...new Set(phases)]).toEqual(['reading', 'parsing', 'linking', 'writing', 'done']);
    expect(document).toMatchObject({
      title: 'Regional Consultative Processes and the Partnership Approach',
      authors: ['Ana Ortiz', 'Tomas Berg'],
      kind: 'markdown',
      references: 4,
      citations: 7,
      fileName: 'regional-processes.md',
    });
    const view = await documents.get(document.id);
    expect(view.document.abstract).toMatch(/regional consultative processes/);
    expect(view.document.blocks.some((b) => b.kind === 'blockquote')).toBe(true);
    expect(view.document.footnotes).toHaveLength(1);
    expect(view.referenceSectionId).not.toBeNull();
    // Same title, year and first author as bundled works: linked to them, not copied.
    const workOf = (raw: string) => view.citations.find((c) => c.raw === raw)?.workId;
    expect(workOf('Betts 2011c')).toBe('betts2011c');
    expect(workOf('Köhler 2011: 12')).toBe('kohler2011');
    expect(workOf('Lavenex and Panizzon 2013')).toBe('lavenex2013');
    // "Betts 2011" names two entries: left unlinked rather than guessed.
    expect(workOf('Betts 2011')).toBeNull();
    // Same first author and year, similar title to betts2011a: held for the user.
    const critics = view.references.find((r) => r.raw.includes('Its Critics'))!;
    expect(critics.workId).toBeNull();
    expect(critics.candidate).toEqual({
      workKey: 'betts2011a',
      reason: 'same first author and year, similar title',
    });
    expect(document.warnings.join(' ')).toMatch(/confirm or reject/);
    // Citations of the entry held for the user are not also counted as unlinked.
    expect(document.warnings).toContain('1 of 7 citations match no entry of the reference list.');
    expect(document.warnings.join(' ')).not.toMatch(/not linked to a work/);
    expect(await store.works.all()).toEqual([]); // nothing merged, nothing copied
    expect(view.claims.length).toBeGreaterThan(0);
  });

  it('makes a work from an entry the library lacks, saying which paper it came from', async () => {
    const { documents, store } = await setup();
    const { document } = await documents.add({ fileName: 'p.md', bytes: bytes() });
    // Rejecting a suggestion may bring the next similar work (never a rejected one again).
    const suggested: string[] = [];
    for (let entry = (await documents.get(document.id)).references[0]!; entry.candidate;) {
      suggested.push(entry.candidate.workKey);
      await documents.answerMatch(document.id, entry.key, false);
      entry = (await documents.get(document.id)).references[0]!;
    }
    expect(suggested[0]).toBe('betts2011a');
    expect(new Set(suggested).size).toBe(suggested.length);
    const made = await store.works.all();
    expect(made).toHaveLength(1);
    expect(made[0]!.provenance).toMatchObject({
      kind: 'reference-list',
      documentId: document.id,
      document: document.title,
    });
    expect(made[0]!.confidence?.source).toBe(`reference list of ${document.title}`);
    const view = await documents.get(document.id);
    expect(view.references[0]!.workId).toBe(made[0]!.citationKey);
    expect(view.references[0]!.candidate).toBeNull();
  });

  it('links a confirmed match to the library work', async () => {
    const { documents, store } = await setup();
    const { document } = await documents.add({ fileName: 'p.md', bytes: bytes() });
    const key = (await documents.get(document.id)).references[0]!.key;
    await documents.answerMatch(document.id, key, true);
    expect((await documents.get(document.id)).references[0]!.workId).toBe('betts2011a');
    expect(await store.works.all()).toEqual([]);
  });

  it('keeps both answers when the second is given while the first is being applied', async () => {
    const { store, storage, paperFiles } = await setup();
    const { documents, delays } = slowDocuments(store);
    const { document } = await documents.add({ fileName: 'd.md', bytes: discontents() });
    const madeAtAdd = (await store.works.all()).map((w) => w.citationKey);
    const entries = (await documents.get(document.id)).references;
    const abrahamsen = entries.find((r) => r.raw.startsWith('Abrahamsen'))!;
    const hollifield = entries.find((r) => r.raw.startsWith('Hollifield'))!;
    expect([abrahamsen.candidate?.workKey, hollifield.candidate?.workKey]).toEqual([
      'abrahamsen2004',
      'hollifield1998',
    ]);
    // The first answer's reparse reads the paper slowly; the second answer comes meanwhile.
    delays.push(80);
    const first = documents.answerMatch(document.id, abrahamsen.key, true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await Promise.all([first, documents.answerMatch(document.id, hollifield.key, false)]);
    for (const service of [documents, new DocumentService(store, library)]) {
      const view = await service.get(document.id);
      const answered = (raw: string) => view.references.find((r) => r.raw.startsWith(raw))!;
      expect(answered('Abrahamsen').workId).toBe('abrahamsen2004');
      expect(answered('Hollifield').candidate).toBeNull();
      expect(answered('Hollifield').workId).not.toBe('hollifield1998');
      expect(answered('Hollifield').workId).not.toBeNull();
    }
    const reopened = new DocumentService((await setup(storage, paperFiles)).store, library);
    const links = (await reopened.get(document.id)).references;
    expect(links.find((r) => r.raw.startsWith('Hollifield'))!.candidate).toBeNull();
    // One work made from Hollifield's entry, beside those made when the paper was added.
    expect((await store.works.all()).map((w) => w.citationKey).sort()).toEqual(
      [...madeAtAdd, 'hollifield1998a'].sort(),
    );
  });

  it('never keeps a paper opened from links an answer has since changed', async () => {
    const { store } = await setup();
    const { document } = await new DocumentService(store, library).add({
      fileName: 'd.md',
      bytes: discontents(),
    });
    const { documents, delays } = slowDocuments(store); // nothing opened yet
    // An open (a search re-index, say) reads the links, then is slow; an answer lands meanwhile.
    delays.push(80);
    const opening = documents.get(document.id);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const key = (await new DocumentService(store, library).get(document.id)).references.find((r) =>
      r.raw.startsWith('Hollifield'),
    )!.key;
    await documents.answerMatch(document.id, key, false);
    await opening;
    const answered = (await documents.get(document.id)).references.find((r) => r.key === key)!;
    expect(answered.candidate).toBeNull();
    expect(answered.workId).toBe((await store.works.all())[0]!.citationKey); // the work made
  });

  it('a work renamed while the paper is read again keeps its link (the reparse reads again)', async () => {
    const { store } = await setup();
    const { documents, delays } = slowDocuments(store);
    const { document } = await documents.add({ fileName: 'd.md', bytes: discontents() });
    const reslow = (await documents.get(document.id)).references.find((r) =>
      r.raw.startsWith('Reslow'),
    )!;
    const made = reslow.workId!;
    expect(await store.works.get(made)).toBeDefined();
    delays.push(80);
    const reparse = documents.reparse(document.id);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await renameWorkKey(new WorkService(store, library.works), made, 'reslowmobility', new Date());
    await reparse;
    const linked = (await new DocumentService(store, library).get(document.id)).references;
    expect(linked.find((r) => r.key === reslow.key)!.workId).toBe('reslowmobility');
    // Still the work made from the entry (a correction of the entry goes on reaching it).
    const stored = (await store.documentLinks.get(document.id))!.references[reslow.key];
    expect(stored).toMatchObject({ workKey: 'reslowmobility', how: 'created' });
    expect(await store.works.get(made)).toBeUndefined();
  });

  it('says so, and loses nothing, when the links change under every attempt of a reparse', async () => {
    const { store } = await setup();
    let writes = 0;
    const read: PaperReader = async (...args) => {
      // Another writer (a second window, say) changes the links while each read runs.
      await store.documentLinks.update(args[1], (items) => {
        items[args[1]]!.corrections.citations[`other ${++writes}`] = { notCitation: true };
      });
      return readInThread(...args);
    };
    const { document } = await new DocumentService(store, library).add({
      fileName: 'd.md',
      bytes: discontents(),
    });
    const documents = new DocumentService(store, library, { read });
    await expect(documents.reparse(document.id)).rejects.toMatchObject({
      code: 'busy',
      message: expect.stringMatching(/kept changing while it was read again; nothing was lost/),
    });
    const citations = (await store.documentLinks.get(document.id))!.corrections.citations;
    expect(Object.keys(citations)).toEqual(['other 1', 'other 2', 'other 3']);
  });

  it('detects the same file added twice by its content', async () => {
    const { documents } = await setup();
    const first = await documents.add({ fileName: 'a.md', bytes: bytes() });
    const second = await documents.add({ fileName: 'copy of a.md', bytes: bytes() });
    expect(second).toEqual({ document: first.document, added: false });
    expect(await documents.list()).toHaveLength(2);
  });

  it(
    'refuses what is not a paper with one line naming it, and writes nothing',
    { timeout: 90_000 },
    async () => {
      const { documents, storage, paperFiles } = await setup();
      const pdf = new TextEncoder().encode('%PDF-1.7\n...');
      await expect(documents.add({ fileName: 'x.pdf', bytes: pdf })).rejects.toMatchObject({
        code: 'not-a-paper',
        message: expect.stringMatching(/^x\.pdf is not a readable PDF \(damaged or truncated\)/),
      });
      const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]);
      await expect(documents.add({ fileName: 'x.png', bytes: png })).rejects.toThrow(/PNG image/);
      await expect(
        documents.add({ fileName: 'empty.md', bytes: new TextEncoder().encode(' \n\n ') }),
      ).rejects.toMatchObject({ code: 'empty-document' });
      expect(storage.paths().filter((p) => !p.startsWith('meta'))).toEqual([]);
      expect(paperFiles.files.size).toBe(0);
    },
  );

  it('reads a Windows-1252 file and says so', async () => {
    const { documents } = await setup();
    const text =
      '# Über Migration\n\nSee Köhler (2011).\n\n## References\n\nKoehler, J. (2011). Networks. Bern.\n';
    const latin = new Uint8Array([...text].map((c) => c.charCodeAt(0)));
    const { document } = await documents.add({ fileName: 'latin.txt', bytes: latin });
    expect(document.title).toBe('Über Migration');
    expect(document.kind).toBe('text');
    expect(document.warnings).toContain('Read as windows-1252 text (not UTF-8).');
  });

  it('a cancelled add leaves the library exactly as it was', async () => {
    const { documents, storage, paperFiles } = await setup();
    const controller = new AbortController();
    const add = documents.add({
      fileName: 'p.md',
      bytes: bytes(),
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'linking') controller.abort();
      },
    });
    await expect(add).rejects.toMatchObject({ code: 'cancelled' });
    expect(storage.paths().filter((p) => !p.startsWith('meta'))).toEqual([]);
    expect(paperFiles.files.size).toBe(0);
  });

  it('a failed write is undone: no file, no work, no links, no record', async () => {
    const { documents, storage, paperFiles, store } = await setup();
    const { document } = await documents.add({ fileName: 'p.md', bytes: bytes() });
    await documents.remove(document.id);
    const before = JSON.stringify(await store.documentRecords.all());
    // A second paper whose record cannot be written (the disk fills on the last file).
    const other = new TextEncoder().encode(
      '# Other\n\nAs Nowhere (1999) says.\n\n## References\n\nNowhere, N. (1999). A Title Nobody Has. Place.\n',
    );
    const realUpdate = store.documentRecords.update.bind(store.documentRecords);
    store.documentRecords.update = (async () => {
      throw new Error('ENOSPC: no space left on device');
    }) as typeof realUpdate;
    await expect(documents.add({ fileName: 'o.md', bytes: other })).rejects.toMatchObject({
      code: 'add-failed',
      message: expect.stringMatching(/the library is unchanged/),
    });
    store.documentRecords.update = realUpdate;
    expect(JSON.stringify(await store.documentRecords.all())).toBe(before);
    expect(await store.works.all()).toEqual([]);
    expect(paperFiles.files.size).toBe(1); // the first paper's kept file only
    expect(storage.paths().some((p) => p.startsWith('document-links/'))).toBe(true);
  });

  it('moves a paper to the trash and back; the bundled paper stays', async () => {
    const { documents } = await setup();
    const { document } = await documents.add({ fileName: 'p.md', bytes: bytes() });
    await documents.remove(document.id);
    expect((await documents.list()).map((d) => d.id)).toEqual([BUNDLED_DOCUMENT_ID]);
    expect((await documents.list('trash')).map((d) => d.id)).toEqual([document.id]);
    await documents.restore(document.id);
    expect((await documents.list()).map((d) => d.id)).toEqual([BUNDLED_DOCUMENT_ID, document.id]);
    await expect(documents.remove(BUNDLED_DOCUMENT_ID)).rejects.toMatchObject({
      code: 'bundled-document',
    });
  });

  it('keeps corrections apart from the parse: they survive reparse and reopening', async () => {
    const { documents, storage, paperFiles } = await setup();
    const { document } = await documents.add({ fileName: 'p.md', bytes: bytes() });
    let view = await documents.get(document.id);
    const nowhere = view.citations.find((c) => c.raw === 'Nowhere 1999')!;
    const ambiguous = view.citations.find((c) => c.raw === 'Betts 2011')!;
    const betts = view.references.find((r) => r.raw.includes('Trans-regionalism'))!;
    await documents.correctCitation(document.id, nowhere.id, { kind: 'not-a-citation' });
    await documents.correctCitation(document.id, ambiguous.id, {
      kind: 'reference',
      referenceKey: betts.key,
    });
    await documents.reparse(document.id);
    const reopened = new DocumentService((await setup(storage, paperFiles)).store, library);
    view = await reopened.get(document.id);
    expect(view.citations.some((c) => c.raw === 'Nowhere 1999')).toBe(false);
    expect(view.citations.find((c) => c.raw === 'Betts 2011')?.workId).toBe('betts2011c');
    await expect(
      reopened.correctCitation(document.id, ambiguous.id, { kind: 'work', workKey: 'nobody' }),
    ).rejects.toMatchObject({ code: 'not-found' });
  });
});
