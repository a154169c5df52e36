// Added papers in numeric and notes styles (Markdown): the reference analysis reads them, each
// entry becomes (or links to) a work, each citation resolves to its entry's work in its claim.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocumentService } from '../../src/services/documents';
import { LibraryService } from '../../src/services/library';
import { UserDataStore } from '../../src/store';

const library = await LibraryService.open();
const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/papers/${name}`, import.meta.url)));

async function add(name: string) {
  const store = await UserDataStore.openInMemory();
  const documents = new DocumentService(store, library);
  const { document } = await documents.add({ fileName: name, bytes: fixture(name) });
  return { store, document, view: await documents.get(document.id) };
}

describe('adding papers in other citation styles', () => {
  it('reads a numeric Markdown paper (superscripts): numbers to entries to works', async () => {
    const { document, view, store } = await add('vancouver-superscript-hypertension.md');
    expect(document).toMatchObject({ kind: 'markdown', references: 16, citations: 18 });
    const works = await store.works.all();
    expect(works).toHaveLength(16);
    // Citation 2 ("2,3") cites entry 2, whose work is the one made from it.
    const entry = view.references[1]!;
    expect(entry.raw).toMatch(/^He FJ/);
    const second = view.citations.find((c) => view.citationReferences[c.id] === entry.id)!;
    expect(second.raw).toBe('2,3');
    expect(second.workId).toBe(entry.workId);
    expect(works.find((w) => w.citationKey === entry.workId)?.confidence?.source).toMatch(
      /reference list of Salt Reduction and Blood Pressure/,
    );
    expect(view.claims.some((k) => k.citationIds.includes(second.id))).toBe(true);
    expect(document.warnings.join(' ')).not.toMatch(/No citations were found/);
  });

  it('reads a notes-style Markdown paper: each note’s citation in the sentence it is attached to', async () => {
    const { document, view } = await add('chicago-notes-refugees.md');
    expect(document).toMatchObject({ references: 7, citations: 11 });
    const hathaway = view.citations[0]!;
    const entry = view.references.find((r) => r.id === view.citationReferences[hathaway.id])!;
    expect(entry.raw).toMatch(/^Hathaway/);
    expect(hathaway.workId).toBe(entry.workId);
    const claim = view.claims.find((k) => k.citationIds.includes(hathaway.id))!;
    expect(claim.text).toMatch(/^The refugee regime was built for people fleeing persecution/);
    // "Ibid., 102" cites what the note before it cites.
    const ibid = view.citations.find((c) => c.ibid)!;
    expect(ibid.workId).toBe(view.citations.find((c) => c.id === ibid.ibidOf)!.workId);
  });
});
