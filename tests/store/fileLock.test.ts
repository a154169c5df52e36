import { spawnSync } from 'node:child_process';
import { readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreLockTimeoutError, acquireFileLock } from '../../src/store';
import { removeTempDirs, sleep, tempDir } from './helpers';
import { hostname, uptime } from 'node:os';

afterAll(removeTempDirs);

const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid as number;

describe('acquireFileLock', () => {
  it('lets one holder in at a time', async () => {
    const lock = join(await tempDir(), '.lock');
    const order: string[] = [];
    const first = await acquireFileLock(lock);
    const second = acquireFileLock(lock).then((unlock) => {
      order.push('second acquired');
      return unlock;
    });
    await sleep(60);
    order.push('first releasing');
    await first();
    await (
      await second
    )();
    expect(order).toEqual(['first releasing', 'second acquired']);
  });

  it('writes who holds it and removes the file on release', async () => {
    const lock = join(await tempDir(), '.lock');
    const unlock = await acquireFileLock(lock);
    expect(JSON.parse(await readFile(lock, 'utf8'))).toMatchObject({ pid: process.pid });
    await unlock();
    await expect(readFile(lock)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('breaks at once a lock whose process died (e.g. killed with SIGKILL)', async () => {
    const lock = join(await tempDir(), '.lock');
    const info = { pid: deadPid(), host: hostname(), token: 'dead', since: '' };
    await writeFile(lock, JSON.stringify(info));
    // The lock is fresh (stale only after an hour), so only the dead-pid check can break it.
    const unlock = await acquireFileLock(lock, { staleMs: 3_600_000, timeoutMs: 5000 });
    expect(JSON.parse(await readFile(lock, 'utf8')).pid).toBe(process.pid);
    await unlock();
  });

  it('breaks a lock from another machine only once it is stale', async () => {
    const lock = join(await tempDir(), '.lock');
    const info = { pid: 1, host: 'elsewhere', token: 'remote', since: '' };
    await writeFile(lock, JSON.stringify(info));
    await expect(acquireFileLock(lock, { staleMs: 10_000, timeoutMs: 100 })).rejects.toThrow(
      StoreLockTimeoutError,
    );
    const old = new Date(Date.now() - 60_000);
    await utimes(lock, old, old);
    const unlock = await acquireFileLock(lock, { staleMs: 10_000, timeoutMs: 1000 });
    await unlock();
  });

  it('never breaks the lock of a live holder on this machine, however old it looks', async () => {
    const lock = join(await tempDir(), '.lock');
    const holder = await acquireFileLock(lock, { staleMs: 10_000 });
    // The holder's refresh starved (its event loop blocked mid-write on a loaded machine): the
    // lock looks a minute old, but its process is alive, so a waiter must keep waiting.
    const old = new Date(Date.now() - 60_000);
    await utimes(lock, old, old);
    await expect(acquireFileLock(lock, { staleMs: 10_000, timeoutMs: 300 })).rejects.toThrow(
      StoreLockTimeoutError,
    );
    expect(JSON.parse(await readFile(lock, 'utf8')).pid).toBe(process.pid);
    await holder();
  });

  it('breaks a lock left before this machine started (its pid may be reused)', async () => {
    const lock = join(await tempDir(), '.lock');
    // A live pid (ours), but the lock predates the boot: its owner died with the machine.
    await writeFile(lock, JSON.stringify({ pid: process.pid, host: hostname(), token: 'old' }));
    const beforeBoot = new Date(Date.now() - uptime() * 1000 - 60_000);
    await utimes(lock, beforeBoot, beforeBoot);
    const unlock = await acquireFileLock(lock, { staleMs: 10_000, timeoutMs: 1000 });
    expect(JSON.parse(await readFile(lock, 'utf8')).token).not.toBe('old');
    await unlock();
  });

  it('waits, then times out, while another live process is breaking a stale lock', async () => {
    const lock = join(await tempDir(), '.lock');
    const dead = { pid: deadPid(), host: hostname(), token: 'dead', since: '' };
    await writeFile(lock, JSON.stringify(dead));
    // A breaker that is alive (this process) and fresh: its break is in progress, not abandoned.
    const breaker = { pid: process.pid, host: hostname(), token: 'breaking', since: '' };
    await writeFile(`${lock}.break`, JSON.stringify(breaker));
    // The old loop retried at once without sleeping and never reached its deadline (a hang).
    await expect(acquireFileLock(lock, { staleMs: 3_600_000, timeoutMs: 150 })).rejects.toThrow(
      StoreLockTimeoutError,
    );
    // Once that breaker is done, the stale lock is broken and taken.
    await rm(`${lock}.break`);
    const unlock = await acquireFileLock(lock, { staleMs: 3_600_000, timeoutMs: 5000 });
    expect(JSON.parse(await readFile(lock, 'utf8')).pid).toBe(process.pid);
    await unlock();
  });

  it('times out with a message naming the holder', async () => {
    const lock = join(await tempDir(), '.lock');
    const unlock = await acquireFileLock(lock);
    await expect(acquireFileLock(lock, { timeoutMs: 80 })).rejects.toThrow(
      new RegExp(`process ${process.pid} .*try again`),
    );
    await unlock();
  });

  it('a lock released by someone else’s token is left alone', async () => {
    const lock = join(await tempDir(), '.lock');
    const unlock = await acquireFileLock(lock);
    // Simulate the lock having been broken and retaken by another process.
    await writeFile(lock, JSON.stringify({ pid: process.pid, host: hostname(), token: 'other' }));
    await unlock();
    expect(JSON.parse(await readFile(lock, 'utf8')).token).toBe('other');
  });
});
