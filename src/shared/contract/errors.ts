/** The one error shape every contract method answers with when it fails. */
export interface ContractError {
  /** Machine-readable: 'invalid-payload' | 'not-found' | 'storage' | 'conflict' | 'internal' | ... */
  code: string;
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
