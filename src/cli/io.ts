/** What a CLI command writes to; tests pass buffers, the binary passes the process streams. */
export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

/** A command: takes its arguments (after the command name), returns the exit code. */
export type CliCommand = (args: string[], io: CliIo) => Promise<number>;

/** Writes a one-line error the user can act on and returns the exit code for it. */
export function fail(io: CliIo, message: string, code = 1): number {
  io.stderr(`scholion: ${message}\n`);
  return code;
}
