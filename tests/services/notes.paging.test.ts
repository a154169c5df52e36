// The notes as lists ask for them: pages of summaries filtered and sorted by the service, the
// passages of one document for the reader, and the link targets for the list's filters.
import { afterAll, describe, expect, it } from 'vitest';
import { NOTE_LEAD_CHARS, noteLead } from '../../src/core/userData/noteSummaries';
import { NotesService } from '../../src/services/notes';
import { catalogFromWorks } from '../../src/services/workKeys';
import { notesInputs } from '../../src/shared/contract';
import { WORKS, removeStoreDirs, steppingClock, storeKinds } from './userDataHelpers';

afterAll(removeStoreDirs);

const selector = (start: number) => ({
  exact: 'partnership',
  prefix: 'the ',
  suffix: ' approach',
  start,
  end: start + 11,
});

describe.each(storeKinds)('NotesService pages ($name store)', (kind) => {
  async function setup() {
    const { store } = await kind.open();
    return new NotesService(store, { works: catalogFromWorks(WORKS), now: steppingClock() });
  }

  it('pages the notes last edited first, with the counts, as summaries without whole bodies', async () => {
    const notes = await setup();
    const long = `First line of a long note.\n${'word '.repeat(500)}`;
    const made = [];
    for (let i = 0; i < 7; i++)
      made.push(await notes.create({ title: `Note ${i}`, body: i === 3 ? long : `Body ${i}` }));
    await notes.update(made[2]!.id, { body: 'Edited last' });
    await notes.delete(made[6]!.id);

    const first = await notes.page({ offset: 0, limit: 3 });
    expect(first).toMatchObject({ total: 6, matched: 6, offset: 0 });
    expect(first.items.map((n) => n.title)).toEqual(['Note 2', 'Note 5', 'Note 4']);
    const second = await notes.page({ offset: 3, limit: 3 });
    expect(second.items.map((n) => n.title)).toEqual(['Note 3', 'Note 1', 'Note 0']);

    const summary = second.items[0]!;
    expect(summary).not.toHaveProperty('body');
    expect(summary.lead.startsWith('First line of a long note.')).toBe(true);
    expect(summary.lead.length).toBeLessThanOrEqual(NOTE_LEAD_CHARS);
    expect(summary.truncated).toBe(true);
    expect(second.items[1]).toMatchObject({ lead: 'Body 1', truncated: false });

    expect(await notes.page({ in: 'trash' })).toMatchObject({
      total: 1,
      matched: 1,
      items: [{ title: 'Note 6' }],
    });
  });

  it('filters by text, tag, work and claim in the service, and counts the links by kind', async () => {
    const notes = await setup();
    await notes.create({
      title: 'Trans-regionalism',
      body: 'Compare [@kohler2011]. Über governance.',
      tags: ['RCP'],
      links: [
        { kind: 'work', workKey: 'betts2011c' },
        { kind: 'passage', documentId: 'doc-a', selector: selector(10) },
      ],
    });
    await notes.create({ title: 'Other', body: 'Nothing here', tags: ['misc'] });

    const byText = await notes.page({ text: 'uber GOVERNANCE' });
    expect(byText).toMatchObject({ total: 2, matched: 1 });
    expect(byText.items[0]?.links).toEqual({ work: 2, claim: 0, passage: 1 });
    expect((await notes.page({ tag: 'rcp' })).matched).toBe(1);
    expect((await notes.page({ workKey: 'kohler2011' })).matched).toBe(1);
    expect((await notes.page({ workKey: 'lavenex2006' })).matched).toBe(0);
    expect((await notes.page({ text: 'nothing', tag: 'RCP' })).matched).toBe(0);
  });

  it('sorts by creation or by title (untitled last), and locates a note among the matches', async () => {
    const notes = await setup();
    const b = await notes.create({ title: 'beta' });
    const untitled = await notes.create({ title: '' });
    const a = await notes.create({ title: 'Alpha' });
    await notes.update(b.id, { body: 'edited' });

    const titles = async (sort: 'updated' | 'created' | 'title') =>
      (await notes.page({ sort })).items.map((n) => n.title || '(untitled)');
    expect(await titles('updated')).toEqual(['beta', 'Alpha', '(untitled)']);
    expect(await titles('created')).toEqual(['Alpha', '(untitled)', 'beta']);
    expect(await titles('title')).toEqual(['Alpha', 'beta', '(untitled)']);

    const located = await notes.page({ sort: 'title', limit: 0, locate: untitled.id });
    expect(located).toMatchObject({ matched: 3, items: [], located: 2 });
    expect((await notes.page({ text: 'alpha', locate: b.id })).located).toBe(-1);
    expect((await notes.page({ locate: a.id })).located).toBe(1);
  });

  it('answers the passages live notes link in one document, and the works and claims notes link', async () => {
    const notes = await setup();
    const kept = await notes.create({
      title: 'Kept',
      links: [
        { kind: 'passage', documentId: 'doc-a', selector: selector(10) },
        { kind: 'passage', documentId: 'doc-b', selector: selector(40) },
        { kind: 'work', workKey: 'betts2011c' },
        { kind: 'claim', claimId: 'k3' },
      ],
    });
    const gone = await notes.create({
      title: 'Gone',
      links: [
        { kind: 'passage', documentId: 'doc-a', selector: selector(20) },
        { kind: 'work', workKey: 'kohler2011' },
      ],
    });
    await notes.delete(gone.id);

    expect(await notes.passagesIn('doc-a')).toEqual([
      { id: kept.id, title: 'Kept', selectors: [selector(10)] },
    ]);
    expect(await notes.passagesIn('doc-c')).toEqual([]);
    const works = await notes.linkTargets('work');
    expect(works.map((t) => [t.value, t.notes])).toEqual([['betts2011c', 1]]);
    expect(works[0]?.label).toMatch(/^Betts 2011c/);
    const claims = await notes.linkTargets('claim');
    expect(claims.map((t) => t.value)).toEqual(['lavenex-panizzon-2013#k3']);
    // The claim filter takes the key it answers.
    expect((await notes.page({ claimId: claims[0]!.value })).matched).toBe(1);
  });
});

describe('the notes page contract', () => {
  it('asks a page of 100 by default and refuses pages over 1,000 or unknown sorts', () => {
    expect(notesInputs.queryNotes.parse({})).toEqual({ limit: 100 });
    expect(notesInputs.queryNotes.parse({ sort: 'title', offset: 200, limit: 50 })).toEqual({
      sort: 'title',
      offset: 200,
      limit: 50,
    });
    expect(notesInputs.queryNotes.safeParse({ limit: 1001 }).success).toBe(false);
    expect(notesInputs.queryNotes.safeParse({ sort: 'colour' }).success).toBe(false);
    expect(notesInputs.queryNotes.safeParse({ offset: -1 }).success).toBe(false);
    expect(notesInputs.notePassages.safeParse({ documentId: '' }).success).toBe(false);
    expect(notesInputs.listNoteLinkTargets.safeParse({ kind: 'passage' }).success).toBe(false);
  });

  it('cuts a summary’s lead at a line end or a space near the limit', () => {
    expect(noteLead('short')).toBe('short');
    const lines = `${'a'.repeat(350)}\n${'b'.repeat(100)}`;
    expect(noteLead(lines)).toBe('a'.repeat(350));
    const words = 'word '.repeat(100);
    const lead = noteLead(words);
    expect(lead.length).toBeLessThanOrEqual(NOTE_LEAD_CHARS);
    expect(lead.endsWith('word')).toBe(true);
    expect(noteLead('x'.repeat(500))).toBe('x'.repeat(NOTE_LEAD_CHARS));
  });
});
