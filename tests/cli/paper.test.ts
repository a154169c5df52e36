// `paper add|list|show|remove|restore|reparse` with --json, as scripts use them.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as paper, type PaperJson } from '../../src/cli/commands/paper';
import { run as note } from '../../src/cli/commands/note';
import type { Note } from '../../src/core/userData/notes';
import { runCli } from './runCli';
import { dataDir, removeDataDirs, runCommand } from './userDataCli.helpers';

const FIXTURE = fileURLToPath(
  new URL('../fixtures/documents/regional-processes.md', import.meta.url),
);

afterAll(removeDataDirs);
beforeAll(() => {
  delete process.env.SCHOLION_DATA_DIR;
});

describe('cli: paper', () => {
  it('adds a Markdown paper and prints exactly the documented --json shape', async () => {
    const dir = await dataDir();
    const added = await runCommand(paper, ['add', FIXTURE, '--data-dir', dir, '--json']);
    expect(added.code).toBe(0);
    const json = added.json<PaperJson>();
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
      id: expect.stringMatching(/^d-[0-9a-f]{12}$/),
      title: 'Regional Consultative Processes and the Partnership Approach',
      kind: 'markdown',
      pages: 1,
      citations: 7,
      references: 4,
      worksLinked: 3,
    });
    expect(json.warnings.some((w) => /confirm or reject/.test(w))).toBe(true);

    const list = await runCommand(paper, ['list', '--data-dir', dir, '--json']);
    const papers = list.json<PaperJson[]>();
    expect(papers.map((p) => p.id)).toEqual(['lavenex-panizzon-2013', json.id]);
    expect(papers[1]).toEqual(json);
    expect(Object.keys(papers[0]!)).toEqual(Object.keys(json));

    const again = await runCommand(paper, ['add', FIXTURE, '--data-dir', dir, '--json']);
    expect(again.code).toBe(0);
    expect(again.json()).toEqual(json);
    expect(again.stderr).toMatch(/already in the library/);
  });

  it('shows a paper with its references, removes it to the trash and restores it', async () => {
    const dir = await dataDir();
    const { id } = (
      await runCommand(paper, ['add', FIXTURE, '--data-dir', dir, '--json'])
    ).json<PaperJson>();
    const shown = await runCommand(paper, ['show', id, '--data-dir', dir, '--json']);
    const detail = shown.json<{ references: { workKey: string | null }[]; sections: string[] }>();
    expect(detail.references.map((r) => r.workKey)).toEqual([
      null,
      'betts2011c',
      'kohler2011',
      'lavenex2013',
    ]);
    expect(detail.sections).toContain('References');
    const text = await runCommand(paper, ['show', id, '--data-dir', dir]);
    expect(text.stdout).toMatch(/\? maybe betts2011a/);

    const removed = await runCommand(paper, ['remove', id, '--data-dir', dir]);
    expect(removed.stdout).toMatch(/to the trash \(undo: paper restore d-/);
    const listed = await runCommand(paper, ['list', '--data-dir', dir, '--json']);
    expect(listed.json<PaperJson[]>().map((p) => p.id)).toEqual(['lavenex-panizzon-2013']);
    const trash = await runCommand(paper, ['list', '--trash', '--data-dir', dir, '--json']);
    expect(trash.json<PaperJson[]>().map((p) => p.id)).toEqual([id]);
    await runCommand(paper, ['restore', id, '--data-dir', dir]);
    const reparsed = await runCommand(paper, ['reparse', id, '--data-dir', dir, '--json']);
    expect(reparsed.json<PaperJson>()).toMatchObject({ id, references: 4 });
  });

  it('links a note to a claim of the added paper by its qualified id', async () => {
    const dir = await dataDir();
    const { id } = (
      await runCommand(paper, ['add', FIXTURE, '--data-dir', dir, '--json'])
    ).json<PaperJson>();
    const added = await runCommand(note, [
      'add',
      '--claim',
      `${id}#k1`,
      '--title',
      'T',
      '--body',
      'B',
      '--data-dir',
      dir,
      '--json',
    ]);
    expect(added.code).toBe(0);
    expect(added.json<Note>().links[0]).toMatchObject({ documentId: id, claimId: 'k1' });
  });

  // The PDF is read in the PDF worker, started from source: slow to start on a loaded machine.
  it(
    'refuses what is not a paper, an empty file and a missing one, with one line each',
    { timeout: 90_000 },
    async () => {
      const dir = await dataDir();
      const pdf = join(dir, 'scan.pdf');
      await writeFile(pdf, '%PDF-1.4\n%âãÏÓ\n');
      const empty = join(dir, 'empty.md');
      await writeFile(empty, '\n\n');
      const runs = await Promise.all([
        runCommand(paper, ['add', pdf, '--data-dir', dir]),
        runCommand(paper, ['add', empty, '--data-dir', dir]),
        runCommand(paper, ['add', join(dir, 'nope.md'), '--data-dir', dir]),
        runCommand(paper, ['show', 'd-000000000000', '--data-dir', dir]),
      ]);
      expect(runs.map((r) => r.code)).toEqual([1, 1, 1, 1]);
      expect(runs[0]!.stderr).toMatch(
        /^scholion: scan\.pdf is not a readable PDF \(damaged or truncated\): [^\n]+\.\n$/,
      );
      expect(runs[1]!.stderr).toBe('scholion: empty.md is empty: there is no text to read.\n');
      expect(runs[2]!.stderr).toMatch(/^scholion: cannot read .*nope\.md: no such file\.\n$/);
      expect(runs[3]!.stderr).toBe(
        'scholion: No document with id d-000000000000 in the library.\n',
      );
      const list = await runCommand(paper, ['list', '--data-dir', dir, '--json']);
      expect(list.json<PaperJson[]>()).toHaveLength(1);
    },
  );

  it('runs as a real process (npm run cli -- paper add FILE --json)', async () => {
    const dir = await dataDir();
    const run = await runCli(['paper', 'add', FIXTURE, '--data-dir', dir, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ kind: 'markdown', references: 4 });
  }, 60_000);
});
