// Adding plain-text papers: saved as UTF-8, Windows-1252, Latin-1 or UTF-16 (with its byte-order
// mark), each reads to the same document as its UTF-8 twin, with its reference list as a section
// and its entries linked.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocumentService } from '../../src/services/documents';
import { LibraryService } from '../../src/services/library';
import { UserDataStore } from '../../src/store';

const library = await LibraryService.open();
const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/text-papers/${name}`, import.meta.url)));

async function add(name: string) {
  const store = await UserDataStore.openInMemory();
  const documents = new DocumentService(store, library);
  const { document } = await documents.add({ fileName: name, bytes: fixture(name) });
  return { document, view: await documents.get(document.id) };
}

describe('plain-text papers in other encodings', () => {
  it.each([
    ['asylum cooperation in switzerland', 'windows-1252', 'Read as windows-1252 text (not UTF-8).'],
    ['remittances and development works cited', 'utf-16le', null],
    ['labour mobility numbered literature', 'utf-16be', null],
  ])('reads “%s” saved as %s as it reads the UTF-8 file', async (paper, encoding, warning) => {
    const utf8 = await add(`${paper}.txt`);
    const other = await add(`${paper} (${encoding}).txt`);
    expect(other.view.document.text).toBe(utf8.view.document.text);
    expect(other.document).toMatchObject({
      kind: 'text',
      title: utf8.document.title,
      authors: utf8.document.authors,
      citations: utf8.document.citations,
      references: utf8.document.references,
    });
    expect(other.view.referenceSectionId).not.toBeNull();
    if (warning) expect(other.document.warnings).toContain(warning);
  });

  it('reads a Latin-1 file’s accents (Genève, Müller, Maliens) and its “Works Cited” list', async () => {
    const { document, view } = await add('remittances and development works cited (latin-1).txt');
    expect(document).toMatchObject({
      kind: 'text',
      title: 'Remittances and Development in West Africa',
      authors: ['Amadou Diallo'],
      references: 4,
    });
    expect(view.document.text).toContain('Les associations de Maliens en France');
    expect(view.document.text).not.toContain('\uFFFD');
    const section = view.document.sections.find((s) => s.id === view.referenceSectionId);
    expect(section?.title).toBe('Works Cited');
    // Every citation of the essay finds its entry.
    expect(view.citations.every((c) => view.citationReferences[c.id])).toBe(true);
  });

  it('takes the authors from the line under the title, not the affiliation under them', async () => {
    const { document, view } = await add('asylum cooperation in switzerland (windows-1252).txt');
    expect(document.authors).toEqual(['Françoise Müller', 'Jürg Zürcher']);
    expect(view.document.text).toContain('“reluctant Europeanisation”');
    expect(view.document.text).toContain('Wichmann, N., M. Hermann, D. D’Amato');
  });
});
