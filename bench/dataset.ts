/**
 * Generated libraries on disk, in Scholion's own format: `bench/data/<size>/` is a user data
 * folder written through the store (works and notes shards, meta.json), plus a manifest saying
 * which generator version and seed made it, so a later run reuses it instead of writing it again.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { UserDataStore } from '../src/store';
import { generateLibrary } from './generate';

/** Bump when generate.ts (or how it is written) changes, so old data folders are rebuilt. */
export const GENERATOR_VERSION = 3; // 3: works files version 2 (lean stored form)
export const DEFAULT_SEED = 20130114;
export const NOTES_PER_WORK = 0.1;

export interface DatasetManifest {
  generatorVersion: number;
  seed: number;
  size: number;
  notesPerWork: number;
  works: number;
  notes: number;
  /** Citation keys of a few works and ids of a few notes, for the child's edits and lookups. */
  sampleNoteIds: string[];
  writtenAt: string;
}

const MANIFEST = 'bench-manifest.json';

/** The data folder for `size` under `root`. */
export const datasetDir = (root: string, size: number): string => join(root, String(size));

function readManifest(dir: string): DatasetManifest | null {
  const file = join(dir, MANIFEST);
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as DatasetManifest;
  } catch {
    return null;
  }
}

export interface EnsuredDataset {
  dir: string;
  manifest: DatasetManifest;
  /** True when it was written in this run; `writeMs` then says how long that took. */
  generated: boolean;
  writeMs: number;
}

/**
 * Returns the data folder of a library of `size` works, generating and writing it first unless a
 * folder made by the same generator version and seed is already there.
 */
export async function ensureDataset(
  root: string,
  size: number,
  seed = DEFAULT_SEED,
): Promise<EnsuredDataset> {
  const dir = datasetDir(root, size);
  const found = readManifest(dir);
  if (
    found &&
    found.generatorVersion === GENERATOR_VERSION &&
    found.seed === seed &&
    found.size === size &&
    found.notesPerWork === NOTES_PER_WORK
  ) {
    return { dir, manifest: found, generated: false, writeMs: 0 };
  }
  const t0 = performance.now();
  rmSync(dir, { recursive: true, force: true });
  const library = generateLibrary(size, { seed, notesPerWork: NOTES_PER_WORK });
  const store = await UserDataStore.openDir(dir, { backups: 0 });
  try {
    await store.works.putMany(library.works, (w) => w.citationKey);
    await store.notes.putMany(library.notes, (n) => n.id);
  } finally {
    await store.close();
  }
  const manifest: DatasetManifest = {
    generatorVersion: GENERATOR_VERSION,
    seed,
    size,
    notesPerWork: NOTES_PER_WORK,
    works: library.works.length,
    notes: library.notes.length,
    sampleNoteIds: library.notes.slice(0, 40).map((n) => n.id),
    writtenAt: new Date().toISOString(),
  };
  // The manifest goes last: a run interrupted while writing leaves no manifest, so it is redone.
  writeFileSync(join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return { dir, manifest, generated: true, writeMs: performance.now() - t0 };
}
