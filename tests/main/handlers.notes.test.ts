// Notes over the contract: validation, links and backlinks, autosave across a restart, trash.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, removeDataDirs, type TestApp } from './handlerHelpers';

let app: TestApp;
beforeEach(async () => {
  app = await openTestApp();
});
afterEach(() => app.close());
afterAll(removeDataDirs);

const passage = {
  kind: 'passage',
  documentId: 'lavenex-panizzon-2013',
  selector: { exact: 'partnership', prefix: 'the ', suffix: ' approach', start: 100, end: 111 },
} as const;

describe('notes handlers', () => {
  it('creates a note linking a work, and finds it as the work’s backlink', async () => {
    const note = await app.call('createNote', {
      title: 'Trans-regionalism',
      body: 'Compare with [@kohler2011, p. 3].',
      tags: ['#RCP', 'governance'],
      links: [{ kind: 'work', workKey: 'betts2011c' }],
    });
    expect(note.tags).toEqual(['RCP', 'governance']);
    expect(note.links.map((l) => (l.kind === 'work' ? [l.workKey, l.source] : null))).toEqual([
      ['betts2011c', 'explicit'],
      ['kohler2011', 'body'],
    ]);
    const forBetts = await app.call('listNotes', { workKey: 'betts2011c' });
    expect(forBetts.map((n) => n.id)).toEqual([note.id]);
    const forKohler = await app.call('listNotes', { workKey: 'kohler2011' });
    expect(forKohler.map((n) => n.id)).toEqual([note.id]);
    expect(await app.call('listNotes', { workKey: 'lavenex2006' })).toEqual([]);

    const detail = await app.call('getNote', { id: note.id });
    expect(detail.links.map((l) => l.status)).toEqual(['ok', 'ok']);
    expect(detail.links[0]?.label).toMatch(/^Betts 2011c/);
    expect(await app.call('listNoteTags', {})).toEqual([
      { tag: 'governance', count: 1 },
      { tag: 'RCP', count: 1 },
    ]);
  });

  it('links the paper’s claims and refuses unknown ones', async () => {
    const claim = app.services.library.paper.claims[0]!;
    const note = await app.call('createNote', {
      title: 'On a claim',
      links: [{ kind: 'claim', claimId: claim.id }],
    });
    expect(await app.call('listNotes', { claimId: claim.id })).toHaveLength(1);
    const error = await app.fail('createNote', { links: [{ kind: 'claim', claimId: 'k99999' }] });
    expect(error).toMatchObject({
      code: 'not-found',
      message: 'No claim with id k99999 in document lavenex-panizzon-2013.',
    });
    expect((await app.call('getNote', { id: note.id })).links[0]?.status).toBe('ok');
  });

  it('answers an unknown work key with suggestions, and changes nothing', async () => {
    const error = await app.fail('createNote', {
      title: 'typo',
      links: [{ kind: 'work', workKey: 'betts2011' }],
    });
    expect(error.code).toBe('unknown-work');
    expect(error.message).toMatch(/No work with key `betts2011`.*Did you mean .*`betts2011c`/);
    expect(await app.call('listNotes', { in: 'all' })).toEqual([]);
  });

  it('validates payloads: strict objects, selector offsets, lengths', async () => {
    const extra = await app.fail('createNote', { title: 'x', colour: 'red' });
    expect(extra.code).toBe('invalid-payload');
    const backwards = await app.fail('createNote', {
      links: [{ ...passage, selector: { ...passage.selector, start: 20, end: 10 } }],
    });
    expect(backwards.code).toBe('invalid-payload');
    expect(backwards.details?.join('\n')).toMatch(/end must not come before start/);
    const long = await app.fail('createNote', { title: 'x'.repeat(501) });
    expect(long.code).toBe('invalid-payload');
    expect((await app.fail('getNote', { id: '' })).code).toBe('invalid-payload');
    expect((await app.fail('getNote', { id: 'n-nothere' })).code).toBe('not-found');
  });

  it('finds notes on passages that overlap a range', async () => {
    const note = await app.call('createNote', { title: 'On a passage', links: [passage] });
    const range = { documentId: passage.documentId };
    expect(await app.call('notesForPassage', { ...range, start: 105, end: 200 })).toHaveLength(1);
    expect(await app.call('notesForPassage', { ...range, start: 111, end: 200 })).toEqual([]);
    expect(await app.call('notesForPassage', { documentId: 'other', start: 0, end: 1000 })).toEqual(
      [],
    );
    const links = (await app.call('getNote', { id: note.id })).note.links;
    expect(links[0]).toMatchObject({ kind: 'passage', placeholder: '“partnership”' });
  });

  it('keeps autosaved edits across a restart', async () => {
    const note = await app.call('createNote', { title: 'Draft' });
    for (const body of ['S', 'Se', 'See [@betts2011c]'])
      await app.call('updateNote', { id: note.id, body, autosave: true });
    await app.restart();
    const after = await app.call('getNote', { id: note.id });
    expect(after.note.body).toBe('See [@betts2011c]');
    expect(after.links.map((l) => l.label)).toEqual([expect.stringMatching(/^Betts 2011c/)]);
  });

  it('moves a deleted note to the trash and restores it', async () => {
    const note = await app.call('createNote', {
      title: 'Keep me',
      links: [{ kind: 'work', workKey: 'betts2011c' }],
    });
    const deleted = await app.call('deleteNote', { id: note.id });
    expect(deleted.deletedAt).not.toBeNull();
    expect(await app.call('listNotes', { workKey: 'betts2011c' })).toEqual([]);
    expect(await app.call('listNotes', { in: 'trash' })).toHaveLength(1);
    const restored = await app.call('restoreNote', { id: note.id });
    expect(restored.deletedAt).toBeNull();
    expect(await app.call('listNotes', { workKey: 'betts2011c' })).toHaveLength(1);
  });

  it('adds and removes explicit links', async () => {
    const note = await app.call('createNote', { title: 'Links' });
    await app.call('addNoteLinks', {
      id: note.id,
      links: [{ kind: 'work', workKey: 'betts2011c' }, passage],
    });
    const removed = await app.call('removeNoteLinks', {
      id: note.id,
      links: [{ kind: 'work', workKey: 'betts2011c' }],
    });
    expect(removed.links.map((l) => l.kind)).toEqual(['passage']);
  });
});
