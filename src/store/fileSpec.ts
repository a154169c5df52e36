/** What the store needs to know about one kind of file: version, migrations, validation. */
import { StoreError, StoreNewerVersionError } from './errors';

/** Every file starts with these two fields. */
export interface Envelope {
  schemaVersion: number;
  kind: string;
}

/** A migration turns a file of version n into version n + 1. Plain functions, tested. */
export type Migration = (file: Record<string, unknown>) => Record<string, unknown>;

export interface FileSpec<D extends Envelope> {
  kind: string;
  /** The version this code writes. */
  schemaVersion: number;
  /** The content of a file that does not exist yet. */
  empty(): D;
  /** `migrations[n]` upgrades version n to n + 1, for every n below `schemaVersion`. */
  migrations: Readonly<Record<number, Migration>>;
  /** Checks a file of the current version; throws an Error saying what is wrong. */
  validate(data: unknown): D;
  /** Indent the JSON (small, hand-readable files); off for large ones. */
  pretty: boolean;
  /**
   * The form written to disk, when it is not the data itself (works files leave out what can be
   * derived back); `validate` then reads that form back into the data.
   */
  toStored?(data: D): unknown;
  /**
   * Writes the JSON text of `storedForm(data)` (without the final newline) to `write` in pieces,
   * without building the stored form whole: the same text, for files written often and large
   * (works shards). Optional; `encodeFile` stays the reference.
   */
  writeStored?(data: D, write: (text: string) => void): void;
}

/** A file that cannot be used as it is (not JSON, wrong shape): the store recovers it. */
export class CorruptFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file} is damaged: ${reason}`);
    this.name = 'CorruptFileError';
  }
}

/** Parses, migrates and validates a file's text; throws CorruptFileError or StoreNewerVersionError. */
export function decodeFile<D extends Envelope>(
  content: string,
  spec: FileSpec<D>,
  file: string,
): { data: D; migratedFrom: number | null } {
  let raw: unknown;
  try {
    raw = JSON.parse(content);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CorruptFileError(file, `not valid JSON (${detail})`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new CorruptFileError(file, 'not a JSON object');
  }
  let data = raw as Record<string, unknown>;
  const found = data.schemaVersion;
  if (typeof found !== 'number' || !Number.isInteger(found) || found < 1) {
    throw new CorruptFileError(file, 'no valid schemaVersion');
  }
  if (data.kind !== undefined && data.kind !== spec.kind) {
    throw new CorruptFileError(file, `holds "${String(data.kind)}" data, not "${spec.kind}"`);
  }
  if (found > spec.schemaVersion) throw new StoreNewerVersionError(file, found, spec.schemaVersion);
  data = runMigrations(data, spec, file);
  try {
    return { data: spec.validate(data), migratedFrom: found < spec.schemaVersion ? found : null };
  } catch (error) {
    throw new CorruptFileError(file, error instanceof Error ? error.message : String(error));
  }
}

/** Applies the migrations from the file's version up to the spec's. */
export function runMigrations<D extends Envelope>(
  file: Record<string, unknown>,
  spec: FileSpec<D>,
  name = spec.kind,
): Record<string, unknown> {
  let data = file;
  for (let v = data.schemaVersion as number; v < spec.schemaVersion; v++) {
    const step = spec.migrations[v];
    if (!step) throw new StoreError('no-migration', `No migration for ${name} from version ${v}.`);
    try {
      data = { ...step(data), schemaVersion: v + 1, kind: spec.kind };
    } catch (error) {
      throw new CorruptFileError(
        name,
        `cannot upgrade from version ${v}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  return data;
}

/** What a file's JSON is made of: its data, or the stored form of it (see `toStored`). */
export function storedForm<D extends Envelope>(data: D, spec: FileSpec<D>): unknown {
  return spec.toStored ? spec.toStored(data) : data;
}

/** The JSON text of a file. */
export function encodeFile<D extends Envelope>(data: D, spec: FileSpec<D>): string {
  return `${JSON.stringify(storedForm(data, spec), null, spec.pretty ? 2 : undefined)}\n`;
}
