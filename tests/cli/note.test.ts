import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as note } from '../../src/cli/commands/note';
import type { Note } from '../../src/core/userData/notes';
import { dataDir, removeDataDirs, runCommand } from './userDataCli.helpers';

afterAll(removeDataDirs);
beforeAll(() => {
  delete process.env.SCHOLION_DATA_DIR;
});

describe('cli: note', () => {
  it('adds a note linked to works and a claim, and shows it', async () => {
    const dir = await dataDir();
    const added = await runCommand(note, [
      'add',
      '--work',
      'betts2011c',
      '--work',
      'kohler2011',
      '--claim',
      'k3',
      '--title',
      'Partnerships',
      '--body',
      'Compare [@heritier2010, p. 2].',
      '--tag',
      'eu',
      '--data-dir',
      dir,
      '--json',
    ]);
    expect(added.code).toBe(0);
    const created = added.json<Note>();
    expect(created.links.map((l) => (l.kind === 'work' ? l.workKey : l.kind))).toEqual([
      'betts2011c',
      'kohler2011',
      'claim',
      'heritier2010',
    ]);
    expect(created.links[1]?.placeholder).toMatch(/^Köhler 2011 — /);
    expect(created.links[2]?.placeholder).not.toBe('Claim k3'); // the paper's claim text

    const shown = await runCommand(note, ['show', created.id, '--data-dir', dir]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('Partnerships');
    expect(shown.stdout).toContain('→ betts2011c: Betts 2011c — ');
    expect(shown.stdout).toContain('Compare [@heritier2010, p. 2].');
    const json = (await runCommand(note, ['show', created.id, '--data-dir', dir, '--json'])).json<{
      links: { status: string }[];
    }>();
    expect(json.links.map((l) => l.status)).toEqual(['ok', 'ok', 'ok', 'ok']);
  });

  it('lists with filters, deletes to the trash and restores', async () => {
    const dir = await dataDir();
    const add = (title: string, ...extra: string[]) =>
      runCommand(note, [
        'add',
        '--title',
        title,
        '--body',
        '',
        '--data-dir',
        dir,
        '--json',
        ...extra,
      ]);
    const a = (await add('On Betts', '--work', 'betts2011c')).json<Note>();
    const b = (await add('Tagged', '--tag', 'todo')).json<Note>();
    const ids = async (...args: string[]) =>
      (await runCommand(note, ['list', '--data-dir', dir, '--json', ...args]))
        .json<Note[]>()
        .map((n) => n.id);
    expect((await ids()).sort()).toEqual([a.id, b.id].sort());
    expect(await ids('--work', 'betts2011c')).toEqual([a.id]);
    expect(await ids('--tag', 'TODO')).toEqual([b.id]);

    const text = await runCommand(note, ['list', '--data-dir', dir]);
    expect(text.stdout).toMatch(/On Betts\s+betts2011c/);
    expect(text.stdout).toContain('2 notes.');

    const deleted = await runCommand(note, ['delete', a.id, '--data-dir', dir]);
    expect(deleted.stdout).toContain(`undo: note restore ${a.id}`);
    expect(await ids()).toEqual([b.id]);
    expect(await ids('--trash')).toEqual([a.id]);
    expect((await runCommand(note, ['restore', a.id, '--data-dir', dir])).code).toBe(0);
    expect((await ids()).sort()).toEqual([a.id, b.id].sort());
  });

  it('refuses an unknown work key, listing close matches, and writes nothing', async () => {
    const dir = await dataDir();
    const ran = await runCommand(note, [
      'add',
      '--work',
      'betts2011',
      '--title',
      'T',
      '--body',
      'B',
      '--data-dir',
      dir,
    ]);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toBe(
      'scholion: No work with key `betts2011` in the library. Did you mean `betts2011a`, `betts2011b`, `betts2011c`?\n',
    );
    expect((await runCommand(note, ['list', '--data-dir', dir, '--json'])).json()).toEqual([]);
  });

  it('refuses an unknown claim and an unknown note id', async () => {
    const dir = await dataDir();
    const claim = await runCommand(note, [
      'add',
      '--claim',
      'k9999',
      '--title',
      'T',
      '--body',
      'B',
      '--data-dir',
      dir,
    ]);
    expect(claim).toMatchObject({
      code: 1,
      stderr: 'scholion: No claim with id k9999 in document lavenex-panizzon-2013.\n',
    });
    const show = await runCommand(note, ['show', 'n-nothing', '--data-dir', dir]);
    expect(show.code).toBe(1);
    expect(show.stderr).toMatch(/no note with id n-nothing/);
  });

  it('explains usage mistakes with exit code 2', async () => {
    const dir = await dataDir();
    expect(await runCommand(note, ['add', '--title', 'T', '--data-dir', dir])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/note add needs --title and --body/),
    });
    expect((await runCommand(note, ['add', '--title', 'T', '--body', 'B'])).stderr).toMatch(
      /--data-dir DIR/,
    );
    expect((await runCommand(note, ['frobnicate', '--data-dir', dir])).code).toBe(2);
    expect((await runCommand(note, ['show', '--data-dir', dir])).stderr).toMatch(/one note ID/);
    expect((await runCommand(note, ['list', '--bogus', '--data-dir', dir])).code).toBe(2);
    expect((await runCommand(note, ['--help'])).code).toBe(0);
  });
});
