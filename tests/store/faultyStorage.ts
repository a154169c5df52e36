/**
 * A Storage that fails on purpose, for testing writes at every step: it numbers the calls that
 * change the disk (stage, flushStaged, writeAtomic, copy, move, remove) and makes the chosen one fail, either
 * once (an error the process survives: a full disk, a refused rename) or for good (the process
 * died there: nothing it does afterwards reaches the disk).
 */
import { writeErrorFrom, type Storage } from '../../src/store';

type Changing =
  'stage' | 'flushStaged' | 'writeAtomic' | 'writeBytesAtomic' | 'copy' | 'move' | 'remove';

export class FaultyStorage implements Storage {
  /** Changing calls made so far, by name, in order. */
  readonly steps: Changing[] = [];
  private failAt = 0;
  private crashed = false;
  private mode: 'error' | 'crash' = 'error';

  constructor(private readonly inner: Storage) {}

  get location(): string {
    return this.inner.location;
  }

  /** The `n`-th changing call from now fails (n from 1); `crash` makes every later call fail too. */
  failStep(n: number, mode: 'error' | 'crash'): void {
    this.failAt = this.steps.length + n;
    this.mode = mode;
  }

  private check(): void {
    if (this.crashed) throw new Error('the process died');
  }

  private step<T>(name: Changing, path: string, run: () => Promise<T>): Promise<T> {
    this.check();
    this.steps.push(name);
    if (this.steps.length === this.failAt) {
      if (this.mode === 'crash') this.crashed = true;
      const error = Object.assign(new Error('ENOSPC: simulated failure'), { code: 'ENOSPC' });
      return Promise.reject(writeErrorFrom(error, path, this.location));
    }
    return run();
  }

  read(path: string) {
    this.check();
    return this.inner.read(path);
  }
  readBytes(path: string) {
    this.check();
    return this.inner.readBytes(path);
  }
  openBytes(path: string) {
    this.check();
    return this.inner.openBytes(path);
  }
  version(path: string) {
    this.check();
    return this.inner.version(path);
  }
  list(dir: string) {
    this.check();
    return this.inner.list(dir);
  }
  lock() {
    return this.inner.lock();
  }
  cleanup() {
    return this.inner.cleanup();
  }
  syncFolders(paths: readonly string[]) {
    this.check();
    return this.inner.syncFolders(paths);
  }
  stage(path: string, content: string | Uint8Array, options?: { flush?: boolean }) {
    return this.step('stage', path, () => this.inner.stage(path, content, options));
  }
  flushStaged(staged: readonly string[]) {
    return this.step('flushStaged', staged[0] ?? '', () => this.inner.flushStaged(staged));
  }
  writeAtomic(path: string, content: string) {
    return this.step('writeAtomic', path, () => this.inner.writeAtomic(path, content));
  }
  writeBytesAtomic(path: string, chunks: readonly Uint8Array[]) {
    return this.step('writeBytesAtomic', path, () => this.inner.writeBytesAtomic(path, chunks));
  }
  copy(from: string, to: string) {
    return this.step('copy', to, () => this.inner.copy(from, to));
  }
  move(from: string, to: string) {
    return this.step('move', to, () => this.inner.move(from, to));
  }
  remove(path: string) {
    return this.step('remove', path, () => this.inner.remove(path));
  }
}
