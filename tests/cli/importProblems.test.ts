/**
 * Import problems named as a user can act on them: the right cause and place, the file's
 * encoding, binary files, no offer to import "the 0 readable ones", duplicates within one file,
 * warnings shown without --json.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run as runImport } from '../../src/cli/commands/import';

const dir = mkdtempSync(join(tmpdir(), 'scholion-import-problems-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function importFile(
  name: string,
  content: string | Buffer,
  ...args: string[]
): Promise<{ code: number; out: string }> {
  const file = join(dir, name);
  writeFileSync(file, content);
  let out = '';
  const code = await runImport([file, ...args], {
    stdout: (s) => (out += s),
    stderr: (s) => (out += s),
  });
  return { code, out };
}

describe('import problems', () => {
  it('a stray @ inside an entry is named with its line and column', async () => {
    const bib =
      '@misc{good, title={A}}\n\n@misc{stray,\n  title = {B},\n    @url = {http://x.org},\n}\n';
    const { code, out } = await importFile('stray.bib', bib);
    expect(code).toBe(1);
    expect(out).toContain('line 3: entry `stray`: unexpected "@" at line 5, column 5');
    expect(out).not.toMatch(/closing brace/);
  });

  it('reads UTF-16 with a byte-order mark', async () => {
    const text = '@article{k, author={Köhler, Jörg}, title={Über}, journal={J}, year=2011}\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const { code, out } = await importFile('utf16.bib', bytes);
    expect(code).toBe(0);
    expect(out).toContain('1 readable entry: 1 new');
  });

  it('names a binary file instead of printing its bytes as entry keys', async () => {
    const pdf = Buffer.concat([
      Buffer.from('%PDF-1.5\n'),
      Buffer.from([0, 1, 2, 0xff]),
      Buffer.from('@x{\u0001\u0002, a=b}'),
    ]);
    const { code, out } = await importFile('paper.bib', pdf);
    expect(code).toBe(1);
    expect(out).toMatch(/this is a PDF document, not a bibliography file/);
    // A few stray control bytes in an otherwise text file: the key is not printed back.
    const garbage = Buffer.from(
      `${'@misc{fine, title={A}}\n'.repeat(40)}@misc{\u0001\u0002\u0003,\n title = {a}\n`,
    );
    const second = await importFile('garbage.bib', garbage, '--data-dir', join(dir, 'lib0'));
    expect(second.out).not.toContain('\u0001');
    expect(second.out).toContain('line 41: entry: ');
  });

  it('does not offer --partial when no entry could be read', async () => {
    const { out } = await importFile(
      'broken.bib',
      '@misc{a,\n title = {x\n',
      '--data-dir',
      join(dir, 'lib1'),
    );
    expect(out).toContain('none could');
    expect(out).not.toMatch(/--partial to import the 0/);
  });

  it('two entries of one file with one DOI under different keys are duplicates', async () => {
    const bib =
      '@article{one, title={A}, journal={J}, year=2001, doi={10.1000/xyz}}\n' +
      '@article{two, title={A, again}, journal={J}, year=2001, doi={https://doi.org/10.1000/XYZ}}\n';
    const { out } = await importFile('dois.bib', bib);
    expect(out).toContain('2 readable entries: 1 new, 1 already in the library');
    expect(out).toContain('`two` duplicates `one` (same DOI as an earlier entry of this file)');
  });

  it('shows warnings (an undefined @string) without --json', async () => {
    const { out } = await importFile(
      'macro.bib',
      '@article{m, title={T}, journal=nojournal, year=2001}\n',
    );
    expect(out).toContain('line 1: `m`: @string `nojournal` is not defined');
  });
});
