/**
 * Builds window.scholion from the method list and one transport call. Used by the preload (over
 * ipcRenderer.invoke) and by the browser e2e harness (over a Playwright binding), so both expose
 * the same object. Zod-free, and `buildScholionApi` references nothing outside its own body, so
 * the harness can inject its source text into a page.
 */
import type { ContractResult } from './errors';
import type { MethodName } from './methods';
import type { ScholionApi } from './index';

/** Sends one method call over a transport and answers with the contract result. */
export type ContractCall = (method: MethodName, input: unknown) => Promise<ContractResult<unknown>>;

/**
 * One function per method: calls the transport, resolves with the value, or rejects with a plain
 * Error whose message is `errorPrefix` + the ContractError as JSON (see toScholionError).
 * Pass CONTRACT_ERROR_PREFIX as `errorPrefix`; it is a parameter only to keep this body closed.
 */
export function buildScholionApi(
  methods: readonly MethodName[],
  call: ContractCall,
  errorPrefix: string,
): ScholionApi {
  const api: Record<string, (input?: unknown) => Promise<unknown>> = {};
  for (const method of methods) {
    api[method] = async (input?: unknown) => {
      const result = await call(method, input === undefined ? {} : input);
      if (result && result.ok === true) return result.value;
      const error =
        result && result.ok === false && result.error
          ? result.error
          : { code: 'internal', message: `Scholion gave no answer to ${method}.` };
      throw new Error(errorPrefix + JSON.stringify(error));
    };
  }
  return Object.freeze(api) as unknown as ScholionApi;
}
