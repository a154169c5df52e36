import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as work } from '../../src/cli/commands/work';
import { run as note } from '../../src/cli/commands/note';
import { UserDataStore } from '../../src/store';
import { dataDir, removeDataDirs, runCommand } from './userDataCli.helpers';

afterAll(removeDataDirs);
beforeAll(() => {
  delete process.env.SCHOLION_DATA_DIR;
});

async function storedKeys(dir: string): Promise<string[]> {
  const store = await UserDataStore.openDir(dir);
  try {
    return (await store.works.all()).map((w) => w.citationKey).sort();
  } finally {
    await store.close();
  }
}

describe('cli: work', () => {
  it('adds, edits, tags, shows and lists works', async () => {
    const dir = await dataDir();
    const added = await runCommand(work, [
      'add',
      '--type',
      'book',
      '--field',
      'title=Refugees in International Relations',
      '--field',
      'author=Betts, Alexander; Loescher, Gil',
      '--field',
      'issued=2011',
      '--field',
      'doi=https://doi.org/10.1093/acprof:oso/9780199279531.001.0001',
      '--data-dir',
      dir,
      '--json',
    ]);
    expect(added.code, added.stderr).toBe(0);
    const key = added.json<{ citationKey: string }>().citationKey;
    expect(key).toBe('betts2011');
    const edited = await runCommand(work, [
      'edit',
      key,
      '--field',
      'publisher=Oxford University Press',
      '--field',
      'DOI=',
      '--data-dir',
      dir,
    ]);
    expect(edited.code, edited.stderr).toBe(0);
    expect(edited.stdout).toMatch(/Changed publisher, DOI of betts2011 \(revision 2\)/);
    expect((await runCommand(work, ['tag', key, '+refugees', '+EU', '--data-dir', dir])).code).toBe(
      0,
    );
    expect((await runCommand(work, ['tag', key, '-eu', '--data-dir', dir])).code).toBe(0);
    const shown = await runCommand(work, ['show', key, '--data-dir', dir]);
    expect(shown.stdout).toContain('publisher: Oxford University Press   (edited by you)');
    expect(shown.stdout).toContain('author: Betts, Alexander; Loescher, Gil');
    expect(shown.stdout).toContain('tags: #refugees');
    const listed = await runCommand(work, [
      'list',
      '--tag',
      'refugees',
      '--data-dir',
      dir,
      '--json',
    ]);
    expect(listed.json<{ key: string }[]>().map((w) => w.key)).toEqual([key]);
    const books = await runCommand(work, ['list', '--type', 'book', '--data-dir', dir, '--json']);
    expect(books.json<{ key: string }[]>().map((w) => w.key)).toContain(key);
    const history = await runCommand(work, ['history', key, '--data-dir', dir]);
    expect(history.stdout).toMatch(/r1 .* user create/);
    expect(history.stdout).toMatch(/r2 .* user edit: publisher, DOI/);
  });

  it('refuses bad input in one line naming the field, and writes nothing', async () => {
    const dir = await dataDir();
    const cases: [string[], RegExp][] = [
      [['add', '--type', 'jurnal', '--field', 'title=T'], /^scholion: type: unknown type `jurnal`/],
      [
        ['add', '--type', 'book', '--field', 'DOI=10.1/x'],
        /^scholion: DOI: `10.1\/x` is not a DOI/,
      ],
      [['add', '--type', 'book', '--field', 'ISBN=978-0-19-960045-9'], /^scholion: ISBN: /],
      [
        ['add', '--type', 'book', '--key', 'betts2011c'],
        /^scholion: citationKey: `betts2011c` is already the key/,
      ],
      [['edit', 'nosuchkey', '--field', 'title=T'], /^scholion: No work with key `nosuchkey`/],
      [['delete', 'nosuchkey'], /^scholion: No work with key `nosuchkey`/],
    ];
    for (const [args, message] of cases) {
      const ran = await runCommand(work, [...args, '--data-dir', dir]);
      expect(ran.code, args.join(' ')).not.toBe(0);
      expect(ran.stderr.split('\n').filter(Boolean)).toHaveLength(1);
      expect(ran.stderr).toMatch(message);
    }
    expect(await storedKeys(dir)).toEqual([]);
  });

  it('adds from a pasted file, deletes with undo, and merges into an alias', async () => {
    const dir = await dataDir();
    const bib = join(dir, 'in.bib');
    await writeFile(
      bib,
      '@article{smith2020, author={Smith, Jane}, title={Borders and Bargains}, journal={JCMS}, year={2020}, doi={10.1111/jcms.12345}}\n',
    );
    const added = await runCommand(work, ['add', '--from', bib, '--data-dir', dir]);
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toContain('Added smith2020');
    const dup = await runCommand(work, [
      'add',
      '--type',
      'article-journal',
      '--field',
      'title=Borders & Bargains',
      '--field',
      'author=Smith, J.',
      '--field',
      'issued=2020',
      '--field',
      'DOI=10.1111/JCMS.12345',
      '--data-dir',
      dir,
      '--json',
    ]);
    const other = dup.json<{ citationKey: string }>().citationKey;
    expect(other).toBe('smith2020a');
    await runCommand(note, [
      'add',
      '--title',
      'N',
      '--body',
      `See [@${other}].`,
      '--data-dir',
      dir,
    ]);
    const merged = await runCommand(work, [
      'merge',
      'smith2020',
      other,
      '--pick',
      'title=other',
      '--data-dir',
      dir,
    ]);
    expect(merged.code, merged.stderr).toBe(0);
    expect(merged.stdout).toMatch(/moved 1 note/);
    const shown = await runCommand(work, ['show', other, '--data-dir', dir, '--json']);
    expect(
      shown.json<{ work: { citationKey: string; aliases: string[]; csl: { title: string } } }>()
        .work,
    ).toMatchObject({
      citationKey: 'smith2020',
      aliases: [other],
      csl: { title: 'Borders & Bargains' },
    });
    const notes = (
      await runCommand(note, ['list', '--work', 'smith2020', '--data-dir', dir, '--json'])
    ).json<{ body: string }[]>();
    expect(notes[0]?.body).toBe('See [@smith2020].');

    expect((await runCommand(work, ['delete', 'smith2020', '--data-dir', dir])).code).toBe(0);
    expect(await storedKeys(dir)).toEqual([]);
    const undone = await runCommand(work, ['delete', '--undo', '--data-dir', dir]);
    expect(undone.code, undone.stderr).toBe(0);
    expect(await storedKeys(dir)).toEqual(['smith2020']);
  });
});
