/** Errors services raise for conditions a user can act on; callers map `code` to their error shape. */
export class ServiceError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

/** A thing the caller named does not exist (a work key, a note id, ...). */
export class NotFoundError extends ServiceError {
  constructor(message: string) {
    super('not-found', message);
    this.name = 'NotFoundError';
  }
}
