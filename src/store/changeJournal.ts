/**
 * The change journal (`changes.jsonl` in the data folder): one JSON line per write, naming the
 * writer's session, the collection and the ids. The app tails it to hear what another process
 * (the CLI) changed, with exact ids, without diffing files. Appends are single small writes with
 * O_APPEND; the file is cut back to empty when it grows past a limit, which a reader notices
 * (the file is shorter than where it was) and takes as "anything may have changed".
 */
import { appendFile, open, stat, writeFile, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { DATA_COLLECTIONS, type DataCollection } from './changes';

export const CHANGES_FILE = 'changes.jsonl';
/** Past this size the journal starts over. */
const MAX_JOURNAL_BYTES = 4 * 1024 * 1024;

export interface JournalEntry {
  /** The session (one open store) that wrote. */
  session: string;
  collection: DataCollection;
  ids: string[];
}

/** What was appended since a cursor. `reset`: the journal started over; entries were missed. */
export interface JournalRead {
  entries: JournalEntry[];
  cursor: number;
  reset: boolean;
}

export interface ChangeJournal {
  append(entry: JournalEntry): Promise<void>;
  /** The cursor at the journal's current end (where a new reader starts). */
  end(): Promise<number>;
  readSince(cursor: number): Promise<JournalRead>;
  /** The file to watch, when the journal is one (null in memory). */
  readonly file: string | null;
}

function parseLines(text: string): JournalEntry[] {
  const out: JournalEntry[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const e = JSON.parse(line) as Partial<JournalEntry>;
      if (
        typeof e.session === 'string' &&
        DATA_COLLECTIONS.includes(e.collection as DataCollection) &&
        Array.isArray(e.ids) &&
        e.ids.every((id) => typeof id === 'string')
      ) {
        out.push(e as JournalEntry);
      }
    } catch {
      // a line cut by a crash mid-append: skip it
    }
  }
  return out;
}

/** The journal as a file of the data folder. */
export class FileChangeJournal implements ChangeJournal {
  readonly file: string;

  constructor(dataDir: string) {
    this.file = join(dataDir, CHANGES_FILE);
  }

  async append(entry: JournalEntry): Promise<void> {
    const size = await this.end();
    const line = `${JSON.stringify(entry)}\n`;
    if (size > MAX_JOURNAL_BYTES) await writeFile(this.file, line);
    else await appendFile(this.file, line);
  }

  async end(): Promise<number> {
    try {
      return (await stat(this.file)).size;
    } catch {
      return 0;
    }
  }

  /**
   * Reads only what was appended since `cursor` (the app polls every half second: reading the
   * whole journal, up to 4 MB, each time was ~3 MB/s of buffers for the GC at 100,000 works).
   */
  async readSince(cursor: number): Promise<JournalRead> {
    let handle: FileHandle;
    try {
      handle = await open(this.file, 'r');
    } catch {
      return { entries: [], cursor: 0, reset: cursor > 0 };
    }
    try {
      const { size } = await handle.stat();
      const reset = size < cursor;
      const from = reset ? 0 : cursor;
      const bytes = await readRange(handle, from, size);
      // Only whole lines: a line being appended right now is read next time.
      const lastNewline = bytes.lastIndexOf(0x0a);
      if (lastNewline < 0) return { entries: [], cursor: from, reset };
      const text = bytes.subarray(0, lastNewline + 1).toString('utf8');
      return { entries: parseLines(text), cursor: from + lastNewline + 1, reset };
    } finally {
      await handle.close();
    }
  }
}

/** The bytes of an open file from `from` to `to` (fewer if it is shorter by now). */
async function readRange(handle: FileHandle, from: number, to: number): Promise<Buffer> {
  const bytes = Buffer.alloc(Math.max(0, to - from));
  let got = 0;
  while (got < bytes.length) {
    const { bytesRead } = await handle.read(bytes, got, bytes.length - got, from + got);
    if (bytesRead === 0) break;
    got += bytesRead;
  }
  return bytes.subarray(0, got);
}

/** The journal in memory (tests): stores opened with the same one share it, like processes. */
export class MemoryChangeJournal implements ChangeJournal {
  readonly file = null;
  private readonly entries: JournalEntry[] = [];

  async append(entry: JournalEntry): Promise<void> {
    this.entries.push(structuredClone(entry));
  }

  async end(): Promise<number> {
    return this.entries.length;
  }

  async readSince(cursor: number): Promise<JournalRead> {
    const reset = cursor > this.entries.length;
    const from = reset ? 0 : cursor;
    return { entries: this.entries.slice(from), cursor: this.entries.length, reset };
  }
}
