/** What the `note` and `list` commands share: opening the data folder, options, error output. */
import { type ParseArgsConfig } from 'node:util';
import { LibraryService } from '../../services/library';
import type { ClaimCatalog } from '../../services/notes';
import { DocumentService } from '../../services/documents';
import { claimCatalog } from '../../services/userClaims';
import { libraryWorkCatalog, loadBundledWorks, type WorkCatalog } from '../../services/workKeys';
import { UserDataStore } from '../../store';
import { fail, type CliIo } from '../io';

/** Options every user-data command takes. */
export const COMMON_OPTIONS = {
  'data-dir': { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies ParseArgsConfig['options'];

export const DATA_DIR_ENV = 'SCHOLION_DATA_DIR';

/** The data folder: `--data-dir`, else $SCHOLION_DATA_DIR; null when neither is given. */
export function dataDirFrom(values: { 'data-dir'?: string }): string | null {
  return values['data-dir'] ?? process.env[DATA_DIR_ENV] ?? null;
}

export const NO_DATA_DIR = `give the data folder with --data-dir DIR (or set ${DATA_DIR_ENV}); it is created if needed.`;

export interface UserDataSession {
  store: UserDataStore;
  works: WorkCatalog;
  /** Every document's claims and the user's; loads and analyses the bundled paper on first use. */
  claims: ClaimCatalog;
  /** The library's documents (loads the bundled paper and bibliography on first use). */
  documents(): Promise<DocumentService>;
  close(): Promise<void>;
}

/** Opens the data folder with the bundled works and (lazily) the documents and their claims. */
export async function openUserData(dataDir: string): Promise<UserDataSession> {
  const store = await UserDataStore.openDir(dataDir, { debounceMs: 0 });
  let documents: Promise<DocumentService> | null = null;
  const openDocuments = () =>
    (documents ??= LibraryService.open().then((library) => new DocumentService(store, library)));
  const claims = claimCatalog(store, async (documentId, claimId) => {
    // Without the bundled resources, only the user's claims can be linked.
    const service = await openDocuments().catch(() => null);
    return service ? service.claimText(documentId, claimId) : null;
  });
  return {
    store,
    works: libraryWorkCatalog(store, loadBundledWorks()),
    claims,
    documents: openDocuments,
    close: () => store.close(),
  };
}

/** Writes the error of a failed command (its message is written for users) and returns 1. */
export function failWith(io: CliIo, error: unknown): number {
  return fail(io, error instanceof Error ? error.message : String(error));
}

/** Prints `value` as JSON (with --json) or `text` otherwise. */
export type CommandOutput = (value: unknown, text: string) => void;

/**
 * Runs a subcommand on the data folder of `values` (`--data-dir` or $SCHOLION_DATA_DIR): opens
 * it, reports the store's recoveries, hands `body` an output that honours `--json`, and closes
 * it. Answers `body`'s exit code (0 when it gives none); an error, which carries a message
 * written for users, is printed and answers 1.
 */
export async function withUserData(
  io: CliIo,
  values: { 'data-dir'?: string; json?: boolean },
  body: (session: UserDataSession, out: CommandOutput) => Promise<number | void>,
): Promise<number> {
  const dataDir = dataDirFrom(values);
  if (!dataDir) return fail(io, NO_DATA_DIR, 2);
  const session = await openUserData(dataDir);
  try {
    await reportRecoveries(io, session.store);
    const out: CommandOutput = (value, text) =>
      io.stdout(values.json ? `${JSON.stringify(value, null, 2)}\n` : text);
    return (await body(session, out)) ?? 0;
  } catch (error) {
    return failWith(io, error);
  } finally {
    await session.close();
  }
}

/** Prints the recoveries the store made, so a CLI user learns of them too. */
export async function reportRecoveries(io: CliIo, store: UserDataStore): Promise<void> {
  for (const event of await store.recoveryReport()) io.stderr(`scholion: note: ${event.message}\n`);
}

/** "2026-01-02 13:04" from an ISO time. */
export function shortTime(iso: string): string {
  return iso.slice(0, 16).replace('T', ' ');
}
