/**
 * cli: a work's files (`work attach|files|detach`) and the one trash (`trash list|restore|empty`):
 * a detached file is in the trash beside a deleted work and a deleted note, and comes back.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as work } from '../../src/cli/commands/work';
import { run as note } from '../../src/cli/commands/note';
import { run as trash } from '../../src/cli/commands/trash';
import { dataDir, removeDataDirs, runCommand } from './userDataCli.helpers';

afterAll(removeDataDirs);
beforeAll(() => {
  delete process.env.SCHOLION_DATA_DIR;
});

interface Listed {
  id: string;
  name: string;
  mode: string;
  missing: boolean;
  kind: string;
}

describe('cli: work files and the trash', () => {
  it('attaches a copy and a link, marks a link that is gone, detaches to the trash and back', async () => {
    const dir = await dataDir();
    const lib = join(dir, 'library');
    const pdf = join(dir, 'scan.pdf');
    const md = join(dir, 'notes.md');
    await writeFile(pdf, '%PDF-1.4 scan');
    await writeFile(md, '# Notes');
    const copied = await runCommand(work, [
      'attach',
      'betts2011c',
      md,
      '--data-dir',
      lib,
      '--json',
    ]);
    expect(copied.code, copied.stderr).toBe(0);
    const copy = copied.json<{ id: string; path: string }>();
    expect(copy.path).toMatch(/^papers\/[0-9a-f]{64}\.md$/);
    const linked = await runCommand(work, [
      'attach',
      'betts2011c',
      pdf,
      '--link',
      '--data-dir',
      lib,
    ]);
    expect(linked.stdout).toContain(`linked at ${pdf}`);
    await rm(pdf);
    const listed = await runCommand(work, ['files', 'betts2011c', '--data-dir', lib, '--json']);
    expect(listed.json<Listed[]>().map((a) => [a.name, a.kind, a.mode, a.missing])).toEqual([
      ['notes.md', 'Markdown', 'copy', false],
      ['scan.pdf', 'PDF', 'link', true],
    ]);
    expect((await runCommand(work, ['files', 'betts2011c', '--data-dir', lib])).stdout).toContain(
      'MISSING',
    );

    const detached = await runCommand(work, ['detach', 'betts2011c', copy.id, '--data-dir', lib]);
    expect(detached.stdout).toContain(`undo: work detach betts2011c ${copy.id} --undo`);
    const added = await runCommand(note, [
      'add',
      '--title',
      'N',
      '--body',
      'B',
      '--data-dir',
      lib,
      '--json',
    ]);
    const noteId = added.json<{ id: string }>().id;
    await runCommand(note, ['delete', noteId, '--data-dir', lib]);
    const inTrash = await runCommand(trash, ['list', '--data-dir', lib, '--json']);
    const entries = inTrash.json<{ id: string; kind: string; label: string; batch: string }[]>();
    expect(entries.map((e) => [e.kind, e.label]).sort()).toEqual([
      ['attachment', 'notes.md'],
      ['note', 'N'],
    ]);
    const onlyFiles = await runCommand(trash, [
      'list',
      '--kind',
      'attachment',
      '--data-dir',
      lib,
      '--json',
    ]);
    expect(onlyFiles.json<unknown[]>()).toHaveLength(1);

    const file = entries.find((e) => e.kind === 'attachment')!;
    const restored = await runCommand(trash, ['restore', file.id, '--data-dir', lib]);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toContain('Restored attachment notes.md.');
    const back = await runCommand(work, ['files', 'betts2011c', '--data-dir', lib, '--json']);
    expect(back.json<Listed[]>().map((a) => a.name)).toEqual(['notes.md', 'scan.pdf']);

    // detach --undo finds it in the trash too; emptying removes the rest for good.
    await runCommand(work, ['detach', 'betts2011c', copy.id, '--data-dir', lib]);
    const undone = await runCommand(work, [
      'detach',
      'betts2011c',
      copy.id,
      '--undo',
      '--data-dir',
      lib,
    ]);
    expect(undone.stdout).toBe('Put notes.md back on betts2011c.\n');
    const emptied = await runCommand(trash, ['empty', '--data-dir', lib]);
    expect(emptied.stdout).toBe('Deleted 1 item from the trash for good.\n');
    expect((await runCommand(trash, ['list', '--data-dir', lib])).stdout).toBe(
      'The trash is empty.\n',
    );
  });

  it('refuses bad input in one line and writes nothing', async () => {
    const lib = join(await dataDir(), 'library');
    const missing = await runCommand(work, [
      'attach',
      'betts2011c',
      '/no/such/file.pdf',
      '--data-dir',
      lib,
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/there is no file at \/no\/such\/file\.pdf/);
    const unknown = await runCommand(work, ['files', 'nosuchkey2099', '--data-dir', lib]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
    expect((await runCommand(trash, ['list', '--kind', 'bogus', '--data-dir', lib])).code).toBe(2);
    expect((await runCommand(trash, ['restore', 't-nothing', '--data-dir', lib])).stderr).toContain(
      'is not in the trash',
    );
    expect((await runCommand(work, ['files', 'betts2011c', '--data-dir', lib])).stdout).toBe(
      'No files on betts2011c.\n',
    );
  });
});
