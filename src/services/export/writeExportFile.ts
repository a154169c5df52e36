/** Writes an export to a file the user chose, through the app's one atomic write. */
import { writeFileAtomic } from '../../store';
import { ServiceError } from '../errors';

/**
 * Replaces `path` with `content` atomically (a symbolic link is written through, permissions are
 * kept). Returns the path written. Throws a ServiceError saying why, with the old file intact.
 */
export async function writeExportFile(path: string, content: string): Promise<string> {
  try {
    return await writeFileAtomic(path, content);
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code ??
      (error instanceof Error ? error.message : String(error));
    throw new ServiceError(
      'export-write-failed',
      `Could not write ${path} (${reason}); the old file was left as it was.`,
    );
  }
}
