/** The export and import commands, run in-process over a temporary data folder. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run as runExport } from '../../src/cli/commands/export';
import { run as runImport } from '../../src/cli/commands/import';
import { fixture } from '../fixtures/works';

const dir = mkdtempSync(join(tmpdir(), 'scholion-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(
  command: typeof runExport,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await command(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

describe('export', () => {
  it('writes the bundled bibliography as BibTeX to stdout', async () => {
    const r = await cli(runExport, ['--format', 'bibtex']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('@incollection{betts2011c,');
    expect(r.stdout).toContain('author = {{European Commission}},');
  });

  it('writes a formatted bibliography of chosen keys in a style', async () => {
    const r = await cli(runExport, [
      '--format',
      'text',
      '--style',
      'chicago-author-date',
      '--keys',
      'bhagwati2003',
    ]);
    expect(r.stdout).toBe(
      'Bhagwati, Jagdish. 2003. “Borders Beyond Control.” Foreign Affairs 82 (1): 98–104. https://academiccommons.columbia.edu/doi/10.7916/D8BV7SG6.\n',
    );
  });

  it('writes to --out atomically and says so on stderr', async () => {
    const out = join(dir, 'refs.json');
    const r = await cli(runExport, ['--format', 'csl-json', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Wrote \d+ works to .*refs\.json\.\n$/);
    expect(JSON.parse(readFileSync(out, 'utf8')).length).toBeGreaterThan(20);
  });

  it('explains bad options', async () => {
    expect(await cli(runExport, ['--format', 'docx'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(
        /unknown format `docx`; use one of bibtex, biblatex, ris, csl-json, text, html, rtf/,
      ),
    });
    expect(await cli(runExport, ['--format', 'text', '--style', 'ieee'])).toMatchObject({
      code: 2,
    });
    expect(await cli(runExport, ['--format', 'bibtex', '--list', 'Reading'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/give --data-dir DIR with --list/),
    });
    expect(await cli(runExport, ['--format', 'bibtex', '--keys', 'nobody'])).toMatchObject({
      code: 1,
      stderr: 'scholion: no work with key `nobody` in the library.\n',
    });
  });
});

describe('import into a data folder, then export from it', () => {
  const dataDir = join(dir, 'data');
  const file = join(dir, 'mine.bib');
  writeFileSync(file, fixture('bib', 'good and broken entries.bib'));

  it('refuses a file with broken entries, naming them, and writes nothing', async () => {
    const r = await cli(runImport, [file, '--data-dir', dataDir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('line 12: entry `broken2020`: missing closing brace');
    expect(r.stderr).toMatch(
      /nothing was imported: 2 entries could not be read .* add --partial to import the 3 readable ones\./,
    );
    const exported = await cli(runExport, ['--format', 'biblatex', '--data-dir', dataDir]);
    expect(exported.stdout).not.toContain('smith2019');
  });

  it('imports the readable entries with --partial and exports them back as written', async () => {
    const r = await cli(runImport, [file, '--data-dir', dataDir, '--partial', '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { result: { added: string[]; leftOut: unknown[] } };
    expect(report.result.added).toEqual(['smith2019', 'kohler2011x', 'last2022']);
    expect(report.result.leftOut).toHaveLength(2);
    const exported = await cli(runExport, [
      '--format',
      'biblatex',
      '--data-dir',
      dataDir,
      '--keys',
      'smith2019',
    ]);
    expect(exported.stdout).toContain(
      '@article{smith2019,\n  author = {Smith, Ann and M{\\"u}ller, J{\\"o}rg},\n  title = {Migration in the {EU}: A Review},',
    );
  });

  it('finds the duplicates on a second import and skips them by default', async () => {
    const r = await cli(runImport, [file, '--data-dir', dataDir, '--partial']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '3 readable entries: 0 new, 3 already in the library; 2 unreadable.',
    );
    expect(r.stdout).toContain('Imported: 0 added, 0 merged, 3 skipped, 2 unreadable left out.');
  });

  it('without --data-dir only checks the file', async () => {
    const r = await cli(runImport, [join(dir, 'mine.bib')]);
    expect(r.stdout).toContain(
      'Nothing was written: give --data-dir DIR to import into a library.',
    );
    expect(await cli(runImport, [join(dir, 'missing.bib')])).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/cannot read .*missing\.bib: no such file/),
    });
  });
});
