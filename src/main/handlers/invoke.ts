/** Runs one contract call: validates the payload, calls the handler, maps failures to the error shape. */
import {
  contractInputs,
  methodNames,
  type ContractError,
  type ContractResult,
  type MethodName,
} from '../../shared/contract';
import type { Handlers } from './types';

const known = new Set<string>(methodNames);

/** True when `name` is a method of the contract. */
export function isMethodName(name: string): name is MethodName {
  return known.has(name);
}

/** An error the handlers (services) raise on purpose: it carries a code and a user-facing message. */
function isCodedError(err: unknown): err is Error & { code: string } {
  return err instanceof Error && typeof (err as { code?: unknown }).code === 'string';
}

/** Node system errors (ENOENT, EACCES...) also carry a code; only kebab-case codes are ours. */
const CONTRACT_CODE = /^[a-z]+(-[a-z]+)*$/;

/**
 * Validates `rawInput` with the method's zod schema, runs its handler and answers with a
 * ContractResult. Never throws: bad input answers 'invalid-payload' (with zod's issues as
 * details), a service error its own code, anything else 'internal' (logged with its stack).
 */
export async function invokeMethod(
  handlers: Handlers,
  method: string,
  rawInput: unknown,
): Promise<ContractResult<unknown>> {
  if (!isMethodName(method)) {
    return fail({ code: 'unknown-method', message: `Scholion has no method called "${method}".` });
  }
  const parsed = contractInputs[method].safeParse(rawInput);
  if (!parsed.success) {
    return fail({
      code: 'invalid-payload',
      message: `The request to ${method} was not valid; nothing was changed.`,
      details: parsed.error.issues.map(
        (issue) =>
          `${issue.path.length ? issue.path.map(String).join('.') : '(input)'}: ${issue.message}`,
      ),
    });
  }
  try {
    const handler = handlers[method] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (err) {
    if (isCodedError(err) && CONTRACT_CODE.test(err.code)) {
      return fail({ code: err.code, message: err.message });
    }
    console.error(`Scholion: ${method} failed`, err);
    const reason = err instanceof Error ? err.message : String(err);
    return fail({ code: 'internal', message: `Scholion could not complete ${method}: ${reason}` });
  }
}

function fail(error: ContractError): ContractResult<never> {
  return { ok: false, error };
}
