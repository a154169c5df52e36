import { describe, expect, it } from 'vitest';
import { NotTextError, readSourceText } from '../../../src/core/documents/sourceText';
import { bibliographyFileText } from '../../../src/core/formats/fileText';

const bytes = (...b: number[]) => new Uint8Array(b);
const sevenZip = bytes(0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4, 1, 2);
const sqlite = new TextEncoder().encode('SQLite format 3\0 rest of the header');

describe('one list of file signatures (core/files) for papers and bibliographies', () => {
  it('names a 7-Zip archive, which only core/files knows, as a paper and as a bibliography', () => {
    expect(() => readSourceText(sevenZip, 'papers.7z')).toThrow(NotTextError);
    expect(() => readSourceText(sevenZip, 'papers.7z')).toThrow(/^papers\.7z is a 7-Zip archive/);
    expect(bibliographyFileText(sevenZip)).toEqual({
      ok: false,
      message: 'this is a 7-Zip archive, not a bibliography file (.bib, .ris or CSL-JSON)',
    });
  });

  it('names a Zotero database the same way in both', () => {
    expect(() => readSourceText(sqlite, 'zotero.sqlite')).toThrow(/SQLite database/);
    expect(bibliographyFileText(sqlite)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/SQLite database \(a Zotero library file\?\)/),
    });
  });

  it('sends a PDF to the PDF reader and still reads Windows-1252 text', () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj');
    expect(() => readSourceText(pdf, 'x.pdf')).toThrow(/^x\.pdf is a PDF/);
    expect(bibliographyFileText(pdf)).toMatchObject({ ok: false });
    const latin1 = bytes(0x47, 0x65, 0x6e, 0xe8, 0x76, 0x65, 0x0a); // "Genève" in Windows-1252
    expect(readSourceText(latin1, 'a.txt')).toEqual({ text: 'Genève\n', encoding: 'windows-1252' });
    expect(bibliographyFileText(latin1)).toMatchObject({ ok: true, text: 'Genève\n' });
    // Windows-1252's own characters at 0x80–0x9F (Node's decoder reads them as Latin-1 controls).
    const quoted = bytes(0x93, 0x47, 0x65, 0x6e, 0xe8, 0x76, 0x65, 0x94, 0x20, 0x96, 0x20, 0x80);
    expect(readSourceText(quoted, 'a.txt').text).toBe('“Genève” – €');
    expect(bibliographyFileText(quoted)).toMatchObject({ ok: true, text: '“Genève” – €' });
  });
});
