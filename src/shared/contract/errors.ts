/** The one error shape of the contract, and how it crosses the preload's contextBridge. */

/** Error codes main answers with; domains may add their own (kebab-case). */
export type ContractErrorCode =
  | 'invalid-payload'
  | 'not-found'
  | 'storage'
  | 'conflict'
  | 'forbidden'
  | 'internal'
  | (string & {});

/** The one error shape every contract method answers with when it fails. */
export interface ContractError {
  /** Machine-readable: 'invalid-payload' | 'not-found' | 'storage' | 'conflict' | 'internal' | ... */
  code: ContractErrorCode;
  /** A sentence the user can act on; never a stack trace. */
  message: string;
  /** Optional details (e.g. zod issues as "path: message" strings). */
  details?: string[];
}

/** What crosses the IPC boundary: a value or a ContractError, never a thrown Error. */
export type ContractResult<T> = { ok: true; value: T } | { ok: false; error: ContractError };

/** Thrown in the renderer by api/ when a method answers with an error. */
export class ScholionError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: string[],
  ) {
    super(message);
    this.name = 'ScholionError';
  }
}

/**
 * contextBridge copies a rejected Error's message but drops its other properties, so
 * window.scholion rejects with a plain Error whose message is this prefix + the ContractError as
 * JSON. The renderer's api/ turns it back into a ScholionError with {@link toScholionError}.
 */
export const CONTRACT_ERROR_PREFIX = 'scholion-error:';

/** The message window.scholion rejects with for a ContractError. */
export function encodeContractError(error: ContractError): string {
  return CONTRACT_ERROR_PREFIX + JSON.stringify(error);
}

/**
 * Rebuilds the ScholionError behind anything window.scholion rejected with. An error that did not
 * come from the contract (e.g. the bridge itself failed) becomes code 'internal' with its message.
 */
export function toScholionError(thrown: unknown): ScholionError {
  if (thrown instanceof ScholionError) return thrown;
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  const at = message.indexOf(CONTRACT_ERROR_PREFIX);
  if (at >= 0) {
    try {
      const parsed: unknown = JSON.parse(message.slice(at + CONTRACT_ERROR_PREFIX.length));
      if (isContractError(parsed))
        return new ScholionError(parsed.code, parsed.message, parsed.details);
    } catch {
      // fall through: not an encoded ContractError after all
    }
  }
  return new ScholionError('internal', message || 'Something went wrong in Scholion.');
}

/** True when a value has the ContractError shape. */
export function isContractError(value: unknown): value is ContractError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.code === 'string' &&
    typeof v.message === 'string' &&
    (v.details === undefined ||
      (Array.isArray(v.details) && v.details.every((d) => typeof d === 'string')))
  );
}
