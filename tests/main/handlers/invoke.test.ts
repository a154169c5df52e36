// invokeMethod: validation, error mapping, and that it never throws across IPC.
import { describe, expect, it, vi } from 'vitest';
import { invokeMethod, type Handlers } from '../../../src/main/handlers';
import { methodNames } from '../../../src/shared/contract';
import { NotFoundError } from '../../../src/services/errors';

/** Handlers that each fail loudly unless a test overrides them. */
function handlers(overrides: Partial<Record<string, (input: unknown) => Promise<unknown>>>) {
  const all: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const m of methodNames) all[m] = async () => Promise.reject(new Error(`${m} not expected`));
  return { ...all, ...overrides } as unknown as Handlers;
}

describe('invokeMethod', () => {
  it('passes the validated input to the handler and wraps its value', async () => {
    const getWork = vi.fn(async (input: unknown) => ({ echoed: input }));
    const result = await invokeMethod(handlers({ getWork }), 'getWork', { key: 'betts2011c' });
    expect(result).toEqual({ ok: true, value: { echoed: { key: 'betts2011c' } } });
  });

  it('answers invalid-payload with one detail per problem and never calls the handler', async () => {
    const getWork = vi.fn(async () => 'never');
    const result = await invokeMethod(handlers({ getWork }), 'formatReference', {
      key: '',
      style: 'vancouver',
    });
    expect(getWork).not.toHaveBeenCalled();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-payload');
    expect(result.error.message).toMatch(/formatReference/);
    const details = result.error.details?.join('\n') ?? '';
    expect(details).toMatch(/^key: /m);
    expect(details).toMatch(/^style: /m);
    expect(details).toMatch(/^format: /m);
  });

  it('rejects a payload that is not an object', async () => {
    const result = await invokeMethod(handlers({}), 'listDocuments', 'hello');
    expect(!result.ok && result.error).toMatchObject({ code: 'invalid-payload' });
    expect(!result.ok && result.error.details).toEqual([expect.stringMatching(/^\(input\): /)]);
  });

  it('answers an unknown method without throwing', async () => {
    const result = await invokeMethod(handlers({}), 'deleteEverything', {});
    expect(!result.ok && result.error.code).toBe('unknown-method');
  });

  it('keeps a service error’s code and message', async () => {
    const getWork = async () => {
      throw new NotFoundError('No work with key `x` in the library.');
    };
    const result = await invokeMethod(handlers({ getWork }), 'getWork', { key: 'x' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'No work with key `x` in the library.' },
    });
  });

  it('maps anything else to internal, without a stack trace', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const fsError = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const listWorks = async () => {
      throw fsError;
    };
    const result = await invokeMethod(handlers({ listWorks }), 'listWorks', {});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('internal');
    expect(result.error.message).toMatch(/listWorks.*permission denied/);
    expect(result.error.message).not.toMatch(/\n\s+at /);
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });
});
