// window.scholion's builder and the error round trip across the contextBridge.
import { describe, expect, it } from 'vitest';
import {
  buildScholionApi,
  CONTRACT_ERROR_PREFIX,
  contractInputs,
  encodeContractError,
  methodNames,
  ScholionError,
  toScholionError,
  type ContractResult,
  type MethodName,
} from '../../../src/shared/contract';

describe('the method list', () => {
  it('names every schema once', () => {
    expect(new Set(methodNames).size).toBe(methodNames.length);
    expect([...methodNames].sort()).toEqual(Object.keys(contractInputs).sort());
  });
});

describe('buildScholionApi', () => {
  const calls: [MethodName, unknown][] = [];
  const answers: Partial<Record<MethodName, ContractResult<unknown>>> = {
    listWorks: { ok: true, value: [1, 2] },
    getWork: { ok: false, error: { code: 'not-found', message: 'No work `x`.', details: ['a'] } },
  };
  const api = buildScholionApi(
    methodNames,
    async (method, input) => {
      calls.push([method, input]);
      return answers[method] ?? { ok: true, value: null };
    },
    CONTRACT_ERROR_PREFIX,
  );

  it('has one function per method and is frozen', () => {
    expect(Object.keys(api).sort()).toEqual([...methodNames].sort());
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('resolves with the value and passes the input through', async () => {
    await expect(api.listWorks({})).resolves.toEqual([1, 2]);
    expect(calls.at(-1)).toEqual(['listWorks', {}]);
  });

  it('rejects with an Error whose message alone rebuilds the ScholionError', async () => {
    const thrown = await api.getWork({ key: 'x' }).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(Error);
    // contextBridge keeps only the message: rebuild from a fresh Error carrying it.
    const rebuilt = toScholionError(new Error((thrown as Error).message));
    expect(rebuilt).toBeInstanceOf(ScholionError);
    expect(rebuilt).toMatchObject({ code: 'not-found', message: 'No work `x`.', details: ['a'] });
  });

  it('can be serialised into a page: its source references nothing outside itself', () => {
    const rebuilt = new Function(
      `return (${buildScholionApi.toString()})`,
    )() as typeof buildScholionApi;
    const pageApi = rebuilt(['listDocuments'], async () => ({ ok: true, value: 7 }), 'p:');
    return expect(pageApi.listDocuments({})).resolves.toBe(7);
  });
});

describe('toScholionError', () => {
  it('survives a prefix the bridge adds in front of the message', () => {
    const message = `Error invoking remote method: ${encodeContractError({ code: 'storage', message: 'Disk full.' })}`;
    expect(toScholionError(new Error(message))).toMatchObject({
      code: 'storage',
      message: 'Disk full.',
    });
  });

  it('turns a foreign error into internal with its message', () => {
    expect(toScholionError(new Error('bridge broke'))).toMatchObject({
      code: 'internal',
      message: 'bridge broke',
    });
    expect(toScholionError(`${CONTRACT_ERROR_PREFIX}{not json`).code).toBe('internal');
    expect(toScholionError(undefined).message).toBeTruthy();
  });

  it('returns a ScholionError unchanged', () => {
    const err = new ScholionError('conflict', 'Changed elsewhere.');
    expect(toScholionError(err)).toBe(err);
  });
});
