/** Errors the store raises, each with a message a user can act on. */

/** Base class: anything the store cannot do. `code` is stable for callers and the IPC layer. */
export class StoreError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreError';
  }
}

export type WriteFailure = 'disk-full' | 'permission' | 'read-only' | 'io';

/** A file could not be written; the previous version on disk is intact. */
export class StoreWriteError extends StoreError {
  constructor(
    readonly failure: WriteFailure,
    readonly file: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`write-${failure}`, message, options);
    this.name = 'StoreWriteError';
  }
}

/** A file was written by a newer Scholion: we neither read nor overwrite it. */
export class StoreNewerVersionError extends StoreError {
  constructor(
    readonly file: string,
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      'newer-version',
      `${file} was saved by a newer version of Scholion (data version ${found}; this version ` +
        `reads up to ${supported}). Update Scholion to open it; the file was left untouched.`,
    );
    this.name = 'StoreNewerVersionError';
  }
}

/** Another process holds the data folder's lock for too long. */
export class StoreLockTimeoutError extends StoreError {
  constructor(
    readonly lockFile: string,
    readonly holder: string,
  ) {
    super(
      'lock-timeout',
      `The data folder is busy: ${holder} has been holding ${lockFile}. Wait for it to finish ` +
        `and try again; if no Scholion is running, delete that file.`,
    );
    this.name = 'StoreLockTimeoutError';
  }
}

/** Turns an errno from a failed write into a StoreWriteError that says what to do. */
export function writeErrorFrom(error: unknown, file: string, where: string): StoreWriteError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const unchanged = 'The previous version of the file is unchanged.';
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new StoreWriteError(
        'disk-full',
        file,
        `Could not save ${file}: the disk holding ${where} is full. Free some space and try ` +
          `again. ${unchanged}`,
        { cause: error },
      );
    case 'EACCES':
    case 'EPERM':
      return new StoreWriteError(
        'permission',
        file,
        `Could not save ${file}: no permission to write in ${where}. Check the folder's ` +
          `permissions (or choose another data folder) and try again. ${unchanged}`,
        { cause: error },
      );
    case 'EROFS':
      return new StoreWriteError(
        'read-only',
        file,
        `Could not save ${file}: ${where} is on a read-only file system. Choose a writable ` +
          `data folder. ${unchanged}`,
        { cause: error },
      );
    default:
      return new StoreWriteError(
        'io',
        file,
        `Could not save ${file} in ${where}: ${error instanceof Error ? error.message : String(error)}. ${unchanged}`,
        { cause: error },
      );
  }
}
