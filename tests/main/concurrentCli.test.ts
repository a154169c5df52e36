/**
 * The app and the CLI writing one library at the same time: the app's services (as main opens
 * them, with the journal follower) hold the data folder open while real CLI processes add, edit
 * and tag works, interleaved with the app's own writes. Nothing is lost, the app hears each CLI
 * change (the window's dataChanged), sees it in its table, and its own later writes keep it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { DataChange } from '../../src/store';
import { runCli } from '../cli/runCli';
import { openTestApp, removeDataDirs } from './handlerHelpers';

afterAll(removeDataDirs);

const cli = (dir: string, ...args: string[]) => runCli([...args, '--data-dir', dir]);

describe('concurrent CLI writes', () => {
  it('loses nothing when the app and CLI processes write works at once', async () => {
    const app = await openTestApp();
    const { store } = app.services.userData;
    const heard: DataChange[] = [];
    const stop = store.changes.subscribe((c) => void heard.push(c));
    try {
      const shared = await app.call('createWork', {
        type: 'book',
        fields: { title: 'Shared Record', author: 'Okafor, Ada', issued: '2019' },
      });
      const key = shared.work.citationKey;

      // Three CLI processes, and the app editing the same work (the same works file) the whole
      // time they run, so their writes interleave with the app's.
      const cliRuns = Promise.all([
        cli(app.dataDir, 'work', 'edit', key, '--field', 'publisher=Cli Press'),
        cli(app.dataDir, 'work', 'tag', key, '+from-cli'),
        cli(
          app.dataDir,
          'work',
          'add',
          '--type',
          'report',
          '--field',
          'title=Added From The Terminal',
          '--field',
          'author=Ng, Lee',
          '--field',
          'issued=2020',
          '--json',
        ),
      ]);
      let cliDone = false;
      void cliRuns.finally(() => (cliDone = true));
      let appEdits = 0;
      while (!cliDone || appEdits < 3) {
        appEdits++;
        await app.call('updateWork', { key, fields: { note: `app edit ${appEdits}` } });
        await app.call('tagWorks', { keys: [key], add: [`app${appEdits}`] });
      }
      const [edited, tagged, added] = await cliRuns;
      for (const run of [edited, tagged, added]) expect(run.code, run.stderr).toBe(0);
      const addedKey = (JSON.parse(added.stdout) as { citationKey: string }).citationKey;

      // Every write is there, whoever made it.
      const record = await app.call('getWorkRecord', { key });
      expect(record.work.csl.publisher).toBe('Cli Press');
      expect(record.work.csl.note).toBe(`app edit ${appEdits}`);
      const appTags = Array.from({ length: appEdits }, (_, i) => `app${i + 1}`);
      expect([...record.work.tags].sort()).toEqual([...appTags, 'from-cli'].sort());
      expect((await app.call('getWorkRecord', { key: addedKey })).work.csl.title).toBe(
        'Added From The Terminal',
      );

      // The app heard the CLI's writes (what the window's onDataChanged forwards) and its table
      // lists the new work.
      await expect
        .poll(() => heard.some((c) => c.origin === 'external' && c.collection === 'works'), {
          timeout: 10_000,
        })
        .toBe(true);
      await expect
        .poll(
          async () =>
            (
              await app.call('queryWorks', {
                sort: 'author',
                direction: 'ascending',
                filter: 'terminal',
              })
            ).keys,
          { timeout: 10_000 },
        )
        .toEqual([addedKey]);

      // The app's later write, after the CLI's, keeps the CLI's change.
      await app.call('updateWork', { key, fields: { title: 'Shared Record, Revised' } });
      const after = await app.call('getWorkRecord', { key });
      expect(after.work.csl.publisher).toBe('Cli Press');
      expect(after.work.tags).toContain('from-cli');

      // An edit the app based on a revision the CLI has since changed is refused, not applied
      // over it.
      const seen = after.work.revision ?? 1;
      const again = await cli(app.dataDir, 'work', 'edit', key, '--field', 'edition=2');
      expect(again.code, again.stderr).toBe(0);
      const stale = await app.fail('updateWork', {
        key,
        fields: { title: 'Stale' },
        expectedRevision: seen,
      });
      expect(stale.code).toBe('conflict');
      expect((await app.call('getWorkRecord', { key })).work.csl.edition).toBe('2');

      // And after a restart everything is still there.
      await app.restart();
      const reopened = await app.call('getWorkRecord', { key });
      expect(reopened.work.csl).toMatchObject({
        publisher: 'Cli Press',
        title: 'Shared Record, Revised',
        edition: '2',
      });
      const history = await app.call('getWorkHistory', { key });
      // create, each app edit and tag, the CLI's edit and tag, the revision, the CLI's edition.
      expect(history.length).toBe(1 + 2 * appEdits + 2 + 1 + 1);
    } finally {
      stop();
      await app.close();
    }
  }, 180_000);
});
