/**
 * A cross-process exclusive lock on a data folder: a lock file created atomically with link(2)
 * (fails with EEXIST when it exists, and the file is complete the moment it appears), holding the
 * owner's pid, host and a random token. A lock whose owner is dead (same host, pid gone) is broken
 * at once. A lock whose owner lives on this host is never broken, however old: its refresh (a
 * timer in the owner's event loop) can be starved for longer than `staleMs` when the machine is
 * loaded (seen at load 20: an app blocked 16 s mid-write), and breaking it let a second writer in
 * whose write the owner then renamed over (a lost update). A lock from before this boot is
 * broken (its pid may be another process now). Only a lock from another machine (a shared
 * folder), whose owner cannot be checked, is broken once its mtime, refreshed by the owner while
 * it holds the lock, is older than `staleMs`. Breaking happens under a second short-lived lock, so
 * two waiters never both break the lock and delete each other's fresh one.
 */
import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { hostname, uptime } from 'node:os';
import { StoreLockTimeoutError } from '../errors';
import type { Unlock } from './types';

export interface FileLockOptions {
  /** Age after which a lock whose owner cannot be checked is considered abandoned. */
  staleMs?: number;
  /** Give up waiting after this long. */
  timeoutMs?: number;
}

interface LockInfo {
  pid: number;
  host: string;
  token: string;
  since: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** True when a process with this pid exists (EPERM: it exists but belongs to someone else). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function createExclusive(path: string, info: LockInfo): Promise<boolean> {
  const temp = `${path}.${info.pid}.${info.token}.tmp`;
  await fsp.writeFile(temp, JSON.stringify(info));
  try {
    await fsp.link(temp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await fsp.unlink(temp).catch(() => undefined);
  }
}

async function readLock(path: string): Promise<{ info: LockInfo | null; ageMs: number } | null> {
  try {
    const [text, stat] = await Promise.all([fsp.readFile(path, 'utf8'), fsp.stat(path)]);
    let info: LockInfo | null = null;
    try {
      info = JSON.parse(text) as LockInfo;
    } catch {
      info = null;
    }
    return { info, ageMs: Date.now() - stat.mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** How long ago this machine started (a lock older than that was left by a previous boot). */
const sinceBootMs = () => uptime() * 1000;

function isStale(lock: { info: LockInfo | null; ageMs: number }, staleMs: number): boolean {
  const { info } = lock;
  if (info && info.host === hostname()) {
    // The owner is checked, not guessed from the age: a live owner may be starved, not gone.
    return !isProcessAlive(info.pid) || lock.ageMs > sinceBootMs();
  }
  return lock.ageMs > staleMs;
}

/**
 * Deletes the lock at `path` if it is still the stale one we saw (same token). False when another
 * process is breaking it right now (its `.break` file is live): the caller then waits like for a
 * held lock, instead of retrying at once in a loop that never sleeps nor meets its deadline.
 */
async function breakStale(path: string, seen: LockInfo | null, staleMs: number): Promise<boolean> {
  const breaker = `${path}.break`;
  const me: LockInfo = {
    pid: process.pid,
    host: hostname(),
    token: randomBytes(8).toString('hex'),
    since: new Date().toISOString(),
  };
  if (!(await createExclusive(breaker, me))) {
    const other = await readLock(breaker);
    // Breaking takes microseconds; a breaker older than a second or two was abandoned.
    if (!other) return true; // that breaker finished meanwhile
    if (!isStale(other, Math.min(2000, staleMs))) return false;
    await fsp.unlink(breaker).catch(() => {});
    return true;
  }
  try {
    const now = await readLock(path);
    if (now && now.info?.token === seen?.token && isStale(now, staleMs)) {
      await fsp.unlink(path).catch(() => undefined);
    }
  } finally {
    await fsp.unlink(breaker).catch(() => undefined);
  }
  return true;
}

/** Takes the lock at `lockPath`, waiting for its holder; returns the function that releases it. */
export async function acquireFileLock(
  lockPath: string,
  options: FileLockOptions = {},
): Promise<Unlock> {
  const staleMs = options.staleMs ?? 15_000;
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  const info: LockInfo = {
    pid: process.pid,
    host: hostname(),
    token: randomBytes(8).toString('hex'),
    since: new Date().toISOString(),
  };
  let wait = 2;
  for (;;) {
    if (await createExclusive(lockPath, info)) break;
    const held = await readLock(lockPath);
    if (!held) continue;
    if (isStale(held, staleMs) && (await breakStale(lockPath, held.info, staleMs))) continue;
    if (Date.now() > deadline) {
      const who = held.info ? `process ${held.info.pid} on ${held.info.host}` : 'another process';
      throw new StoreLockTimeoutError(lockPath, who);
    }
    await sleep(wait + Math.random() * wait);
    wait = Math.min(wait * 2, 50);
  }
  // Keep the lock fresh while held, so a slow but live holder is never taken for dead.
  const keepFresh = setInterval(
    () => {
      const now = new Date();
      void fsp.utimes(lockPath, now, now).catch(() => undefined);
    },
    Math.max(50, staleMs / 3),
  );
  keepFresh.unref();
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    clearInterval(keepFresh);
    const held = await readLock(lockPath);
    if (held?.info?.token === info.token) await fsp.unlink(lockPath).catch(() => undefined);
  };
}
