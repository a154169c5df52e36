/**
 * Where backups and set-aside files go. The last `keep` good versions of `notes/3a.json` are
 * `.bak/notes/3a.1.json` (newest) … `.bak/notes/3a.3.json`; the version a migration replaced is
 * `.bak/notes/3a.v1.json`; a damaged file is moved to `notes/3a.corrupt-<time>.json`.
 */
import type { Storage } from './storage/types';

export const BACKUP_DIR = '.bak';

const stem = (path: string) => path.replace(/\.json$/, '');

/** The n-th newest backup of a file (n from 1). */
export function backupPath(path: string, n: number): string {
  return `${BACKUP_DIR}/${stem(path)}.${n}.json`;
}

/** The copy kept of a file as it was before a migration from `version`. */
export function preMigrationPath(path: string, version: number): string {
  return `${BACKUP_DIR}/${stem(path)}.v${version}.json`;
}

/** Where a damaged file is moved: next to it, named with the time (safe in file names). */
export function corruptPath(path: string, at: Date): string {
  return `${stem(path)}.corrupt-${at.toISOString().replace(/[:.]/g, '-')}.json`;
}

/** Shifts the backups of `path` by one and copies the current file in as the newest. */
export async function rotateBackups(storage: Storage, path: string, keep: number): Promise<void> {
  if (keep < 1) return;
  await storage.remove(backupPath(path, keep));
  for (let n = keep - 1; n >= 1; n--)
    await storage.move(backupPath(path, n), backupPath(path, n + 1));
  await storage.copy(path, backupPath(path, 1));
}

/** The backups of `path`, newest first. */
export function backupCandidates(path: string, keep: number): string[] {
  return Array.from({ length: keep }, (_, i) => backupPath(path, i + 1));
}
