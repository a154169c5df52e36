import { afterAll, describe, expect, it } from 'vitest';
import { UserClaimsService } from '../../src/services/userClaims';
import { UnknownWorkKeyError, catalogFromWorks } from '../../src/services/workKeys';
import { WORKS, removeStoreDirs, steppingClock, storeKinds } from './userDataHelpers';

afterAll(removeStoreDirs);

describe.each(storeKinds)('UserClaimsService ($name store)', (kind) => {
  async function setup() {
    const opened = await kind.open();
    const claims = new UserClaimsService(opened.store, {
      works: catalogFromWorks(WORKS),
      now: steppingClock(),
    });
    return { ...opened, claims };
  }

  it('records a claim with works by stance, each with a placeholder', async () => {
    const { claims, reopen } = await setup();
    const claim = await claims.create({
      statement: '  EU partnerships are asymmetric. ',
      links: [
        { workKey: 'betts2011c', stance: 'supporting' },
        { workKey: 'iamm2004', stance: 'contrasting' },
      ],
      passage: {
        documentId: 'lavenex2013',
        selector: {
          exact: 'asymmetric',
          prefix: 'highly ',
          suffix: ' relations',
          start: 10,
          end: 20,
        },
      },
      noteIds: ['n-1', 'n-1'],
    });
    expect(claim).toMatchObject({
      statement: 'EU partnerships are asymmetric.',
      links: [
        {
          workKey: 'betts2011c',
          stance: 'supporting',
          placeholder: expect.stringMatching(/^Betts 2011c — /),
        },
        {
          workKey: 'fom2004',
          stance: 'contrasting',
          placeholder: expect.stringMatching(/^Swiss Federal/),
        },
      ],
      noteIds: ['n-1'],
      createdAt: '2026-01-01T00:00:01.000Z',
    });
    expect(claim.id).toMatch(/^uc-/);
    const again = new UserClaimsService(await reopen(), { works: catalogFromWorks(WORKS) });
    expect(await again.get(claim.id)).toEqual(claim);
  });

  it('groups the claims involving a work by stance', async () => {
    const { claims } = await setup();
    const a = await claims.create({
      statement: 'A',
      links: [{ workKey: 'kohler2011', stance: 'supporting' }],
    });
    const b = await claims.create({
      statement: 'B',
      links: [{ workKey: 'kohler2011', stance: 'mentioning' }],
    });
    await claims.create({
      statement: 'C',
      links: [{ workKey: 'betts2011a', stance: 'contrasting' }],
    });
    const d = await claims.create({ statement: 'D' });
    await claims.linkWork(d.id, 'kohler2011', 'contrasting');
    const grouped = await claims.claimsForWork('kohler2011');
    expect({
      supporting: grouped.supporting.map((c) => c.statement),
      contrasting: grouped.contrasting.map((c) => c.statement),
      mentioning: grouped.mentioning.map((c) => c.statement),
    }).toEqual({ supporting: ['A'], contrasting: ['D'], mentioning: ['B'] });
    // Linking again changes the stance rather than adding a second link.
    const changed = await claims.linkWork(a.id, 'kohler2011', 'mentioning');
    expect(changed.links).toHaveLength(1);
    expect((await claims.claimsForWork('kohler2011')).mentioning.map((c) => c.id)).toEqual([
      a.id,
      b.id,
    ]);
    await claims.unlinkWork(b.id, 'kohler2011');
    expect((await claims.claimsForWork('kohler2011')).mentioning.map((c) => c.id)).toEqual([a.id]);
  });

  it('updates, deletes and restores (undo)', async () => {
    const { claims } = await setup();
    const claim = await claims.create({ statement: 'Old' });
    const updated = await claims.update(claim.id, { statement: 'New', noteIds: ['n-2'] });
    expect(updated).toMatchObject({ statement: 'New', noteIds: ['n-2'], links: [], passage: null });
    const deleted = await claims.delete(claim.id);
    expect(await claims.list()).toEqual([]);
    await claims.restore(deleted);
    expect((await claims.list()).map((c) => c.statement)).toEqual(['New']);
    await expect(claims.restore(deleted)).rejects.toThrow(/already exists/);
  });

  it('refuses empty statements, unknown stances and unknown works', async () => {
    const { claims } = await setup();
    await expect(claims.create({ statement: '  ' })).rejects.toThrow('A claim needs a statement.');
    await expect(
      claims.create({
        statement: 'x',
        links: [{ workKey: 'betts2011c', stance: 'agreeing' as never }],
      }),
    ).rejects.toThrow(/Unknown stance "agreeing": use supporting, contrasting, mentioning/);
    const error = await claims
      .create({ statement: 'x', links: [{ workKey: 'lavenex2060', stance: 'mentioning' }] })
      .catch((e) => e);
    expect(error).toBeInstanceOf(UnknownWorkKeyError);
    expect(error.suggestions).toContain('lavenex2006');
    expect(await claims.list()).toEqual([]);
    await expect(claims.update('uc-none', { statement: 'x' })).rejects.toThrow(
      'No claim with id uc-none.',
    );
  });
});
