import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as list } from '../../src/cli/commands/list';
import { run as note } from '../../src/cli/commands/note';
import type { ReadingList } from '../../src/core/userData/lists';
import type { Note } from '../../src/core/userData/notes';
import { dataDir, removeDataDirs, runCommand } from './userDataCli.helpers';

afterAll(removeDataDirs);
beforeAll(() => {
  delete process.env.SCHOLION_DATA_DIR;
});

describe('cli: list', () => {
  it('creates a list, adds works, and shows it (text and JSON)', async () => {
    const dir = await dataDir();
    const d = ['--data-dir', dir];
    expect((await runCommand(list, ['create', 'Chapter 2', ...d])).stdout).toMatch(
      /^Created reading list “Chapter 2” \(l-/,
    );
    const added = await runCommand(list, ['add', 'chapter 2', 'betts2011c', 'iamm2004', ...d]);
    expect(added.stdout).toBe('Added 2 works to “Chapter 2”.\n');
    const again = await runCommand(list, ['add', 'Chapter 2', 'fom2004', 'kohler2011', ...d]);
    expect(again.stdout).toBe('Added 1 work to “Chapter 2” (already on it: fom2004).\n');
    await runCommand(list, ['status', 'Chapter 2', 'kohler2011', 'reading', ...d]);
    await runCommand(list, ['move', 'Chapter 2', 'kohler2011', '1', ...d]);

    const shown = await runCommand(list, ['show', 'Chapter 2', ...d]);
    expect(shown.stdout.split('\n').slice(0, 4)).toEqual([
      'Chapter 2 — 3 works',
      expect.stringMatching(/^ {2}1\. \[~\] kohler2011 {2}Köhler 2011 — /),
      expect.stringMatching(/^ {2}2\. \[ \] betts2011c {2}Betts 2011c — /),
      expect.stringMatching(/^ {2}3\. \[ \] fom2004 /),
    ]);
    const json = (
      await runCommand(list, ['show', 'Chapter 2', ...d, '--json'])
    ).json<ReadingList>();
    expect(json.items.map((i) => [i.workKey, i.status])).toEqual([
      ['kohler2011', 'reading'],
      ['betts2011c', 'to-read'],
      ['fom2004', 'to-read'],
    ]);
    expect((await runCommand(list, ['show', ...d])).stdout).toMatch(/^Chapter 2 \(3 works\) l-/);
  });

  it('reports unknown keys with close matches, unknown lists and taken names', async () => {
    const dir = await dataDir();
    const d = ['--data-dir', dir];
    await runCommand(list, ['create', 'R', ...d]);
    const unknown = await runCommand(list, ['add', 'R', 'betts2011c', 'kohler2012', ...d]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(
      /No work with key `kohler2012` in the library\. Did you mean `kohler2011`/,
    );
    expect(
      (await runCommand(list, ['show', 'R', ...d, '--json'])).json<ReadingList>().items,
    ).toEqual([]);
    expect((await runCommand(list, ['add', 'Nope', 'betts2011c', ...d])).stderr).toBe(
      'scholion: No reading list named "Nope". Lists: "R".\n',
    );
    expect((await runCommand(list, ['create', 'r', ...d])).stderr).toMatch(/exists already/);
    expect((await runCommand(list, ['status', 'R', 'betts2011c', 'done', ...d])).code).toBe(2);
    expect((await runCommand(list, ['add', 'R', ...d])).code).toBe(2);
  });

  it('several CLI processes writing the same data folder at once lose nothing', async () => {
    const dir = await dataDir();
    await runCommand(list, ['create', 'shared', '--data-dir', dir]);
    const script = join(import.meta.dirname, 'fixtures', 'runUserDataCommands.ts');
    const keys = ['betts2011a', 'betts2011b', 'betts2011c', 'kohler2011', 'fom2004', 'lavenex2013'];
    const workers = ['w1', 'w2', 'w3', 'w4'];
    const repeat = 6;
    const results = await Promise.all(
      workers.map(
        (worker, i) =>
          new Promise<{ code: number | null; stderr: string }>((resolve) => {
            // Each worker starts at a different key, so the list gets every key from several processes.
            const rotated = [...keys.slice(i), ...keys.slice(0, i)];
            const child = spawn(
              process.execPath,
              ['--import', 'tsx', script, dir, worker, String(repeat), ...rotated],
              {
                cwd: join(import.meta.dirname, '..', '..'),
              },
            );
            let stderr = '';
            child.stderr.on('data', (s) => (stderr += s));
            child.on('exit', (code) => resolve({ code, stderr }));
          }),
      ),
    );
    expect(results).toEqual(workers.map(() => ({ code: 0, stderr: '' })));
    const notes = (await runCommand(note, ['list', '--data-dir', dir, '--json'])).json<Note[]>();
    expect(notes.map((n) => n.title).sort()).toEqual(
      workers.flatMap((w) => Array.from({ length: repeat }, (_, i) => `${w}-${i}`)).sort(),
    );
    const shared = (
      await runCommand(list, ['show', 'shared', '--data-dir', dir, '--json'])
    ).json<ReadingList>();
    expect(shared.items.map((i) => i.workKey).sort()).toEqual([...keys].sort());
  }, 60_000); // CLI processes: a tsx start each, slow on a loaded machine
});
