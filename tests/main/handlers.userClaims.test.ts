// User claims over the contract: stances, passages, a work's claims by stance, delete with undo.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, removeDataDirs, type TestApp } from './handlerHelpers';

let app: TestApp;
beforeEach(async () => {
  app = await openTestApp();
});
afterEach(() => app.close());
afterAll(removeDataDirs);

describe('user claims handlers', () => {
  it('records a claim with stances and groups a work’s claims by stance', async () => {
    const first = await app.call('createUserClaim', {
      statement: 'Partnerships mask conditionality.',
      links: [
        { workKey: 'betts2011c', stance: 'supporting' },
        { workKey: 'kohler2011', stance: 'contrasting' },
      ],
      passage: {
        documentId: 'lavenex-panizzon-2013',
        selector: { exact: 'conditionality', prefix: '', suffix: '', start: 10, end: 24 },
      },
    });
    const second = await app.call('createUserClaim', {
      statement: 'RCPs spread after 2000.',
      links: [{ workKey: 'betts2011c', stance: 'mentioning' }],
    });
    const byStance = await app.call('userClaimsForWork', { workKey: 'betts2011c' });
    expect(byStance.supporting.map((c) => c.id)).toEqual([first.id]);
    expect(byStance.contrasting).toEqual([]);
    expect(byStance.mentioning.map((c) => c.id)).toEqual([second.id]);
    const kohler = await app.call('userClaimsForWork', { workKey: 'kohler2011' });
    expect(kohler.contrasting.map((c) => c.statement)).toEqual([
      'Partnerships mask conditionality.',
    ]);
    await app.restart();
    expect((await app.call('listUserClaims', {})).map((c) => c.id)).toEqual([first.id, second.id]);
  });

  it('refuses an unknown stance or work, and an empty statement', async () => {
    const stance = await app.fail('createUserClaim', {
      statement: 'x',
      links: [{ workKey: 'betts2011c', stance: 'refuting' }],
    });
    expect(stance.code).toBe('invalid-payload');
    const work = await app.fail('createUserClaim', {
      statement: 'x',
      links: [{ workKey: 'nobody2020', stance: 'supporting' }],
    });
    expect(work.code).toBe('unknown-work');
    expect(await app.fail('createUserClaim', { statement: '   ' })).toMatchObject({
      code: 'invalid',
      message: 'A claim needs a statement.',
    });
  });

  it('updates stances, deletes and restores a claim', async () => {
    const claim = await app.call('createUserClaim', {
      statement: 'A claim',
      links: [{ workKey: 'betts2011c', stance: 'supporting' }],
    });
    const changed = await app.call('updateUserClaim', {
      id: claim.id,
      links: [{ workKey: 'betts2011c', stance: 'contrasting' }],
    });
    expect(changed.links[0]?.stance).toBe('contrasting');
    await app.call('deleteUserClaim', { id: claim.id });
    expect(await app.call('listUserClaims', {})).toEqual([]);
    await app.call('restoreUserClaim', { id: claim.id });
    expect(
      (await app.call('userClaimsForWork', { workKey: 'betts2011c' })).contrasting,
    ).toHaveLength(1);
    expect((await app.fail('restoreUserClaim', { id: claim.id })).code).toBe('not-found');
  });
});
