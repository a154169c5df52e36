/**
 * Storage in memory, for fast tests (after Joplin's in-memory store). Several stores opened on
 * the same MemoryStorage behave like several processes sharing a data folder: they share the
 * files and the lock. `failNextWrite` simulates a failing disk.
 */
import { writeErrorFrom } from '../errors';
import type { ByteReader, Storage, StoredText, Unlock } from './types';

export class MemoryStorage implements Storage {
  readonly location: string;
  private readonly files = new Map<string, StoredText>();
  /** Files written as bytes (caches); a path is in one map or the other. */
  private readonly binaries = new Map<string, Uint8Array>();
  private counter = 0;
  private lockTail: Promise<void> = Promise.resolve();
  private injected: NodeJS.ErrnoException | null = null;

  constructor(location = 'memory') {
    this.location = location;
  }

  /** Makes the next writeAtomic/stage/copy fail with this errno code (e.g. 'ENOSPC'). */
  failNextWrite(code: string): void {
    this.injected = Object.assign(new Error(`${code}: simulated failure`), { code });
  }

  /** Sets a file's raw content directly, as an outside program (or a bad disk) would. */
  setRaw(path: string, content: string): void {
    this.files.set(path, { content, version: `m${++this.counter}` });
  }

  /** A file's raw content, or undefined. */
  getRaw(path: string): string | undefined {
    return this.files.get(path)?.content;
  }

  /** Every path stored, sorted. */
  paths(): string[] {
    return [...this.files.keys(), ...this.binaries.keys()].sort();
  }

  private takeInjected(path: string): void {
    const failure = this.injected;
    if (!failure) return;
    this.injected = null;
    throw writeErrorFrom(failure, path, this.location);
  }

  async read(path: string): Promise<StoredText | null> {
    const file = this.files.get(path);
    return file ? { ...file } : null;
  }

  async readBytes(path: string): Promise<Uint8Array | null> {
    const bytes = this.binaries.get(path);
    if (bytes) return bytes.slice();
    const file = this.files.get(path);
    return file ? new TextEncoder().encode(file.content) : null;
  }

  async openBytes(path: string): Promise<ByteReader | null> {
    const bytes = await this.readBytes(path);
    if (!bytes) return null;
    return {
      size: bytes.byteLength,
      read: async (into, position) => {
        if (position + into.byteLength > bytes.byteLength) {
          throw new Error(`${path} ended before all of it was read.`);
        }
        into.set(bytes.subarray(position, position + into.byteLength));
      },
      close: async () => undefined,
    };
  }

  async writeBytesAtomic(path: string, chunks: readonly Uint8Array[]): Promise<void> {
    this.takeInjected(path);
    const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.byteLength;
    }
    this.files.delete(path);
    this.binaries.set(path, bytes);
  }

  async version(path: string): Promise<string | null> {
    return this.files.get(path)?.version ?? null;
  }

  async writeAtomic(path: string, content: string): Promise<string> {
    this.takeInjected(path);
    const version = `m${++this.counter}`;
    this.binaries.delete(path);
    this.files.set(path, { content, version });
    return version;
  }

  async stage(
    path: string,
    content: string | Uint8Array,
    _options?: { flush?: boolean },
  ): Promise<string> {
    this.takeInjected(path);
    const text = typeof content === 'string' ? content : new TextDecoder().decode(content);
    const slash = path.lastIndexOf('/');
    const temp = `${path.slice(0, slash + 1)}.${path.slice(slash + 1)}.${++this.counter}.tmp`;
    this.files.set(temp, { content: text, version: `m${this.counter}` });
    return temp;
  }

  /** Memory has nothing to flush; a staged file that is gone fails as it would on disk. */
  async flushStaged(staged: readonly string[]): Promise<void> {
    for (const path of staged) {
      this.takeInjected(path);
      if (!this.files.has(path))
        throw writeErrorFrom(new Error(`ENOENT: ${path}`), path, this.location);
    }
  }

  async syncFolders(): Promise<void> {}

  async copy(from: string, to: string): Promise<boolean> {
    const file = this.files.get(from);
    if (!file) return false;
    this.takeInjected(to);
    this.files.set(to, { content: file.content, version: `m${++this.counter}` });
    return true;
  }

  async move(from: string, to: string): Promise<boolean> {
    const file = this.files.get(from);
    if (!file) return false;
    this.files.delete(from);
    this.files.set(to, file);
    return true;
  }

  async remove(path: string): Promise<void> {
    this.files.delete(path);
    this.binaries.delete(path);
  }

  async list(dir: string): Promise<string[]> {
    const prefix = dir ? `${dir}/` : '';
    return [...this.files.keys(), ...this.binaries.keys()]
      .filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).includes('/'))
      .map((p) => p.slice(prefix.length));
  }

  async lock(): Promise<Unlock> {
    let release!: () => void;
    const mine = new Promise<void>((r) => (release = r));
    const before = this.lockTail;
    this.lockTail = before.then(() => mine);
    await before;
    let released = false;
    return async () => {
      if (released) return;
      released = true;
      release();
    };
  }

  async cleanup(): Promise<void> {}
}
