import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLED_DOCUMENT_ID } from '../../src/core/documents';
import { NotesService } from '../../src/services/notes';
import { UserClaimsService, claimCatalog, claimsOf } from '../../src/services/userClaims';
import { UnknownWorkKeyError, libraryWorkCatalog } from '../../src/services/workKeys';
import { WORKS, removeStoreDirs, storeKinds, work } from './userDataHelpers';

afterAll(removeStoreDirs);

describe.each(storeKinds)('NotesService links and deleted targets ($name store)', (kind) => {
  async function setup() {
    const { store } = await kind.open();
    // The paper's works are bundled; the user typed one in, which lives in the store.
    await store.works.putMany(
      [work('mine2020', 'Mine', 2020, 'A Work I Typed In Myself')],
      (w) => w.citationKey,
    );
    const works = libraryWorkCatalog(store, WORKS);
    const claims = new UserClaimsService(store, { works });
    const notes = new NotesService(store, {
      works,
      claims: claimCatalog(
        store,
        claimsOf([
          {
            documentId: BUNDLED_DOCUMENT_ID,
            claims: [{ id: 'k1', text: 'The partnership approach emphasises mutual benefits.' }],
          },
          { documentId: 'd-other', claims: [{ id: 'k1', text: 'Another paper’s first claim.' }] },
        ]),
      ),
    });
    return { store, notes, claims };
  }

  it('deleting a work leaves readable placeholders, never a dangling bare id', async () => {
    const { store, notes } = await setup();
    const note = await notes.create({
      title: 'Mine',
      body: 'Compare [@mine2020, p. 3] with @betts2011c.',
      links: [{ kind: 'work', workKey: 'mine2020' }],
    });
    expect(note.links).toHaveLength(2);

    await store.works.removeMany(['mine2020']);

    const resolved = await notes.resolveLinks(note.id);
    expect(resolved.map((r) => [r.status, r.label])).toEqual([
      ['dangling', 'Mine 2020 — A Work I Typed In Myself'],
      ['ok', 'Betts 2011c — The Global Governance of Migration and the Role of…'],
    ]);
    expect((await notes.notesForWork('mine2020')).map((n) => n.id)).toEqual([note.id]);

    // Editing the note keeps the link (and its placeholder) to the deleted work…
    const edited = await notes.update(note.id, {
      body: 'Still [@mine2020] here.',
      links: [{ kind: 'work', workKey: 'mine2020' }],
    });
    expect(edited.links).toEqual([
      {
        kind: 'work',
        workKey: 'mine2020',
        locator: null,
        placeholder: 'Mine 2020 — A Work I Typed In Myself',
        source: 'explicit',
      },
    ]);
    // …but a new link to it is refused: the work is gone.
    const other = await notes.create({ title: 'Other' });
    await expect(notes.addLinks(other.id, [{ kind: 'work', workKey: 'mine2020' }])).rejects.toThrow(
      UnknownWorkKeyError,
    );
  });

  it('a body citation of a deleted work keeps its placeholder through later edits', async () => {
    const { store, notes } = await setup();
    const note = await notes.create({ title: 'Body only', body: 'See @mine2020.' });
    await store.works.removeMany(['mine2020']);
    const edited = await notes.update(note.id, { body: 'See @mine2020, again.' });
    expect(edited.links).toEqual([
      {
        kind: 'work',
        workKey: 'mine2020',
        locator: null,
        placeholder: 'Mine 2020 — A Work I Typed In Myself',
        source: 'body',
      },
    ]);
    const cut = await notes.update(note.id, { body: 'No citation now.' });
    expect(cut.links).toEqual([]);
  });

  it('checks claim links against the claims, with their text as placeholder', async () => {
    const { notes, claims } = await setup();
    const mine = await claims.create({ statement: 'Partnerships are asymmetric.' });
    const note = await notes.create({
      title: 'Claims',
      links: [
        { kind: 'claim', claimId: 'k1' },
        { kind: 'claim', claimId: mine.id },
      ],
    });
    expect(note.links.map((l) => l.placeholder)).toEqual([
      'The partnership approach emphasises mutual benefits.',
      'Partnerships are asymmetric.',
    ]);
    await expect(notes.create({ links: [{ kind: 'claim', claimId: 'k999' }] })).rejects.toThrow(
      'No claim with id k999 in document lavenex-panizzon-2013.',
    );
    await claims.delete(mine.id);
    const resolved = await notes.resolveLinks(note.id);
    expect(resolved.map((r) => r.status)).toEqual(['ok', 'dangling']);
    expect(resolved[1]?.label).toBe('Partnerships are asymmetric.');
    expect((await notes.notesForClaim(mine.id)).map((n) => n.id)).toEqual([note.id]);
  });

  it('links claims by document: k1 of two papers are two claims', async () => {
    const { notes } = await setup();
    const bundled = await notes.create({ links: [{ kind: 'claim', claimId: 'k1' }] });
    const other = await notes.create({
      links: [{ kind: 'claim', claimId: 'k1', documentId: 'd-other' }],
    });
    const qualified = await notes.create({ links: [{ kind: 'claim', claimId: 'd-other#k1' }] });
    expect(other.links[0]).toMatchObject({
      documentId: 'd-other',
      claimId: 'k1',
      placeholder: 'Another paper’s first claim.',
    });
    expect(qualified.links[0]).toEqual(other.links[0]);
    expect(bundled.links[0]).toMatchObject({ documentId: 'lavenex-panizzon-2013', claimId: 'k1' });
    const forOther = await notes.notesForClaim('k1', 'd-other');
    expect(forOther.map((n) => n.id).sort()).toEqual([other.id, qualified.id].sort());
    expect((await notes.notesForClaim('k1')).map((n) => n.id)).toEqual([bundled.id]);
    await expect(
      notes.create({ links: [{ kind: 'claim', claimId: 'k2', documentId: 'd-other' }] }),
    ).rejects.toThrow('No claim with id k2 in document d-other.');
  });

  it('adds and removes links without touching the others', async () => {
    const { notes } = await setup();
    const note = await notes.create({
      title: 'L',
      body: '@lavenex2006',
      links: [{ kind: 'claim', claimId: 'k1' }],
    });
    const added = await notes.addLinks(note.id, [
      { kind: 'work', workKey: 'iamm2004', locator: '12' },
    ]);
    expect(added.links.map((l) => (l.kind === 'work' ? l.workKey : l.kind))).toEqual([
      'claim',
      'fom2004',
      'lavenex2006',
    ]);
    const removed = await notes.removeLinks(note.id, [{ kind: 'claim', claimId: 'k1' }]);
    expect(removed.links.map((l) => (l.kind === 'work' ? l.workKey : l.kind))).toEqual([
      'fom2004',
      'lavenex2006',
    ]);
  });

  it('refuses a passage link without a quote or with reversed offsets', async () => {
    const { notes } = await setup();
    const selector = { exact: '', prefix: '', suffix: '', start: 5, end: 9 };
    await expect(
      notes.create({ links: [{ kind: 'passage', documentId: 'd', selector }] }),
    ).rejects.toThrow(/quoted text/);
    await expect(
      notes.create({
        links: [
          {
            kind: 'passage',
            documentId: 'd',
            selector: { ...selector, exact: 'x', start: 9, end: 5 },
          },
        ],
      }),
    ).rejects.toThrow(/start ≤ end/);
  });
});
