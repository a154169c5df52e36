// `paper add x.pdf`: a PDF paper added from the command line (a real process), its --json the
// documented shape; a bad PDF refused in one line with the library left as it was.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PaperJson } from '../../src/cli/commands/paper';
import { repoRoot, runCli } from './runCli';
import { dataDir, removeDataDirs } from './userDataCli.helpers';

const pdf = (name: string) => join(repoRoot, 'tests/fixtures/pdf', name);
afterAll(removeDataDirs);

describe('cli: paper add x.pdf', { timeout: 120_000 }, () => {
  it('adds a PDF, keeps the original under its hash and prints the --json shape', async () => {
    const dir = await dataDir();
    const run = await runCli([
      'paper',
      'add',
      pdf('one-column-author-year.pdf'),
      '--data-dir',
      dir,
      '--json',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as PaperJson;
    expect(Object.keys(json)).toEqual([
      'id',
      'title',
      'kind',
      'pages',
      'citations',
      'references',
      'worksLinked',
      'warnings',
    ]);
    expect(json).toMatchObject({
      kind: 'pdf',
      title: 'Mobility Partnerships and the External Dimension of Migration Policy',
      pages: 2,
      citations: 12,
      references: 12,
    });
    const kept = await readdir(join(dir, 'papers'));
    expect(kept.filter((f) => /^[0-9a-f]{64}\.pdf$/.test(f))).toHaveLength(1);
  });

  it('refuses a scanned PDF in one line and adds nothing', async () => {
    const dir = await dataDir();
    const run = await runCli(['paper', 'add', pdf('blank-scan.pdf'), '--data-dir', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'scholion: blank-scan.pdf: no text layer: Scholion does not OCR scanned pages (run OCR first, e.g. ocrmypdf, and add the result).\n',
    );
    const list = await runCli(['paper', 'list', '--data-dir', dir, '--json']);
    expect((JSON.parse(list.stdout) as PaperJson[]).map((p) => p.kind)).toEqual(['bundled']);
  });
});
