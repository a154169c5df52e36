import { afterAll, describe, expect, it, vi } from 'vitest';
import { NotesService } from '../../src/services/notes';
import { UnknownWorkKeyError, catalogFromWorks } from '../../src/services/workKeys';
import { WORKS, removeStoreDirs, steppingClock, storeKinds } from './userDataHelpers';

afterAll(removeStoreDirs);

const passage = {
  kind: 'passage' as const,
  documentId: 'lavenex2013',
  selector: {
    exact: 'partnership approach',
    prefix: 'the ',
    suffix: ' in the EU',
    start: 100,
    end: 120,
  },
};

describe.each(storeKinds)('NotesService basics ($name store)', (kind) => {
  async function setup() {
    const opened = await kind.open();
    const notes = new NotesService(opened.store, {
      works: catalogFromWorks(WORKS),
      now: steppingClock(),
    });
    return { ...opened, notes };
  }

  it('creates a note with links to works, a claim and a passage, each with a placeholder', async () => {
    const { notes } = await setup();
    const note = await notes.create({
      title: '  Partnerships ',
      body: 'Mobility partnerships.',
      tags: ['#governance', 'EU', 'eu', ' '],
      links: [
        { kind: 'work', workKey: 'betts2011c', locator: 'p. 41' },
        { kind: 'claim', claimId: 'k3' },
        passage,
      ],
    });
    expect(note).toMatchObject({
      title: 'Partnerships',
      tags: ['governance', 'EU'],
      createdAt: '2026-01-01T00:00:01.000Z',
      updatedAt: '2026-01-01T00:00:01.000Z',
      deletedAt: null,
    });
    expect(note.id).toMatch(/^n-[0-9a-z]{10}$/);
    expect(note.links).toEqual([
      {
        kind: 'work',
        workKey: 'betts2011c',
        locator: 'p. 41',
        placeholder: 'Betts 2011c — The Global Governance of Migration and the Role of…',
        source: 'explicit',
      },
      {
        kind: 'claim',
        documentId: 'lavenex-panizzon-2013',
        claimId: 'k3',
        placeholder: 'Claim k3',
        source: 'explicit',
      },
      { ...passage, placeholder: '“partnership approach”', source: 'explicit' },
    ]);
    expect(await notes.get(note.id)).toEqual(note);
  });

  it('links the works cited by key in the Markdown body', async () => {
    const { notes } = await setup();
    const note = await notes.create({
      title: 'Keys',
      body: 'As [@betts2011c, p. 41] and @kohler2011 argue; see [-@iamm2004]. Not @nobody2020, not a@b.com, not `@lavenex2006`.',
    });
    expect(note.links.map((l) => l.kind === 'work' && [l.workKey, l.locator, l.source])).toEqual([
      ['betts2011c', 'p. 41', 'body'],
      ['kohler2011', null, 'body'],
      ['fom2004', null, 'body'],
    ]);
  });

  it('keeps one link when a work is linked both explicitly and in the body', async () => {
    const { notes } = await setup();
    const note = await notes.create({
      body: 'See @betts2011c.',
      links: [{ kind: 'work', workKey: 'betts2011c' }],
    });
    expect(note.links).toHaveLength(1);
    expect(note.links[0]?.source).toBe('explicit');
  });

  it('rejects a link to an unknown work, suggesting close keys, and saves nothing', async () => {
    const { notes } = await setup();
    const error = await notes
      .create({ title: 'x', links: [{ kind: 'work', workKey: 'kohler2010' }] })
      .catch((e) => e);
    expect(error).toBeInstanceOf(UnknownWorkKeyError);
    expect(error.suggestions).toContain('kohler2011');
    expect(await notes.list()).toEqual([]);
  });

  it('updates only the fields given, and re-derives body links from a new body', async () => {
    const { notes } = await setup();
    const note = await notes.create({
      title: 'A',
      body: 'On @betts2011c.',
      links: [{ kind: 'claim', claimId: 'k1' }],
    });
    const renamed = await notes.update(note.id, { title: 'B' });
    expect(renamed).toMatchObject({ title: 'B', body: 'On @betts2011c.', links: note.links });
    expect(renamed.updatedAt > note.updatedAt).toBe(true);
    const rewritten = await notes.update(note.id, { body: 'Now on [@lavenex2006].' });
    expect(rewritten.links.map((l) => (l.kind === 'work' ? l.workKey : l.kind))).toEqual([
      'claim',
      'lavenex2006',
    ]);
    const relinked = await notes.update(note.id, {
      links: [{ kind: 'work', workKey: 'kohler2011' }],
    });
    expect(relinked.links.map((l) => (l.kind === 'work' ? l.workKey : l.kind))).toEqual([
      'kohler2011',
      'lavenex2006',
    ]);
  });

  it('looks up only newly cited keys, and keeps locators current', async () => {
    const { store } = await kind.open();
    const catalog = catalogFromWorks(WORKS);
    const looked: string[] = [];
    const notes = new NotesService(store, {
      works: {
        lookup: (keys) => (looked.push(...keys), catalog.lookup(keys)),
        suggest: catalog.suggest,
      },
    });
    const note = await notes.create({ body: 'See [@betts2011c, p. 41].' });
    expect(looked).toEqual(['betts2011c']);
    looked.length = 0;
    const typed = await notes.update(note.id, { body: 'See [@betts2011c, p. 42] and more.' });
    expect(looked).toEqual([]);
    expect(typed.links).toEqual([{ ...note.links[0], locator: 'p. 42' }]);
    await notes.update(note.id, { body: 'See [@betts2011c, p. 42] and @kohler2011.' });
    expect(looked).toEqual(['kohler2011']);
  });

  it('autosave shows the change at once and writes it after the pause (or on flush)', async () => {
    const { notes, reopen, store } = await setup();
    const note = await notes.create({ title: 'Draft', body: '' });
    for (const body of ['T', 'Ty', 'Typed'])
      await notes.update(note.id, { body }, { autosave: true });
    expect((await notes.get(note.id))?.body).toBe('Typed');
    await notes.flush();
    expect((await (await reopen()).notes.get(note.id))?.body).toBe('Typed');
    await notes.update(note.id, { body: 'Typed more' }, { autosave: true });
    await store.close();
    expect((await (await reopen()).notes.get(note.id))?.body).toBe('Typed more');
  });

  it('moves a deleted note to the trash, and restores it (undo)', async () => {
    const { notes } = await setup();
    const note = await notes.create({ title: 'Gone soon' });
    const trashed = await notes.delete(note.id);
    expect(trashed.deletedAt).not.toBeNull();
    expect(await notes.list()).toEqual([]);
    expect((await notes.list({ in: 'trash' })).map((n) => n.id)).toEqual([note.id]);
    await notes.restore(note.id);
    expect((await notes.list()).map((n) => n.id)).toEqual([note.id]);
    await notes.purge(note.id);
    expect(await notes.get(note.id)).toBeNull();
    await expect(notes.delete(note.id)).rejects.toThrow(`No note with id ${note.id}`);
  });

  it('lists with filters by work, claim, tag and text (accents folded), newest first', async () => {
    const { notes } = await setup();
    const a = await notes.create({
      title: 'Köhler on networks',
      tags: ['Networks'],
      links: [{ kind: 'work', workKey: 'kohler2011' }],
    });
    const b = await notes.create({
      title: 'Betts',
      body: 'regional governance',
      links: [{ kind: 'claim', claimId: 'k7' }],
    });
    const c = await notes.create({
      title: 'Both',
      body: '@kohler2011 and @betts2011c',
      tags: ['networks'],
    });
    const ids = (list: { id: string }[]) => list.map((n) => n.id);
    expect(ids(await notes.list())).toEqual([c.id, b.id, a.id]);
    expect(ids(await notes.list({ workKey: 'kohler2011' }))).toEqual([c.id, a.id]);
    expect(ids(await notes.notesForWork('betts2011c'))).toEqual([c.id]);
    expect(ids(await notes.notesForClaim('k7'))).toEqual([b.id]);
    expect(ids(await notes.list({ tag: '#NETWORKS' }))).toEqual([c.id, a.id]);
    expect(ids(await notes.list({ text: 'kohler networks' }))).toEqual([c.id, a.id]);
    expect(ids(await notes.list({ text: 'KOHLER on' }))).toEqual([a.id]);
    expect(ids(await notes.list({ text: 'governance REGIONAL' }))).toEqual([b.id]);
    // Tags differing only in case count as one, spelled as on the newest note.
    expect(await notes.tags()).toEqual([{ tag: 'networks', count: 2 }]);
    // Counting reads the notes in place: copying each (as list does) took seconds at 10,000.
    const copies = vi.spyOn(globalThis, 'structuredClone');
    await notes.tags();
    expect(copies).not.toHaveBeenCalled();
    copies.mockRestore();
  });

  it('finds notes on passages overlapping a range', async () => {
    const { notes } = await setup();
    const note = await notes.create({ title: 'On a passage', links: [passage] });
    const doc = 'lavenex2013';
    expect(await notes.notesForPassage({ documentId: doc, start: 110, end: 200 })).toHaveLength(1);
    expect(await notes.notesForPassage({ documentId: doc, start: 115, end: 115 })).toHaveLength(1);
    expect(await notes.notesForPassage({ documentId: doc, start: 120, end: 130 })).toHaveLength(0);
    expect(await notes.notesForPassage({ documentId: 'other', start: 0, end: 500 })).toHaveLength(
      0,
    );
    expect((await notes.notesForPassage({ documentId: doc, start: 0, end: 101 }))[0]?.id).toBe(
      note.id,
    );
  });

  it('notes survive reopening the store', async () => {
    const { notes, reopen } = await setup();
    const note = await notes.create({ title: 'Kept', body: '[@fom2004]' });
    const again = new NotesService(await reopen(), { works: catalogFromWorks(WORKS) });
    expect(await again.get(note.id)).toEqual(note);
  });
});
