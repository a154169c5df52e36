/**
 * Works files (`works/<shard>.json`): user-entered and imported works. Versions 2 and 3 store each
 * work without what can be derived back (worksCodec.ts); files of versions 1 and 2 are upgraded
 * when read (the old file is kept in .bak/ at the next write). Checked structurally rather than with zod: at
 * 100,000 works a full schema check would cost more than reading the files.
 */
import type { Work } from '../../core/bibliography/model';
import type { FileSpec } from '../fileSpec';
import { emptyItemsFile, type ItemsFile } from './itemsFile';
import { fromStoredWorks, toStoredWorks, writeStoredWorks } from './worksCodec';

export const WORKS_KIND = 'works';
export const WORKS_VERSION = 3;

export type WorksFile = ItemsFile<Work>;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks a version 1 file's envelope and, for each work, the fields every reader relies on. */
export function validateWorksFileV1(data: unknown): WorksFile {
  if (!isObject(data) || data.schemaVersion !== 1 || data.kind !== WORKS_KIND) {
    throw new Error('file: not a works file of version 1');
  }
  if (!isObject(data.items)) throw new Error('items: expected an object');
  for (const [key, work] of Object.entries(data.items)) {
    if (!isObject(work) || work.citationKey !== key) {
      throw new Error(`items.${key}: citationKey does not match its key`);
    }
    if (!isObject(work.csl) || typeof work.csl.type !== 'string') {
      throw new Error(`items.${key}.csl: expected a CSL-JSON item with a type`);
    }
    if (!isObject(work.provenance) || !Array.isArray(work.tags) || !Array.isArray(work.aliases)) {
      throw new Error(`items.${key}: provenance, tags or aliases missing`);
    }
  }
  return data as unknown as WorksFile;
}

/** The works of a stored file of the current version, checked. */
export function validateWorksFile(data: unknown): WorksFile {
  if (!isObject(data) || data.schemaVersion !== WORKS_VERSION || data.kind !== WORKS_KIND) {
    throw new Error(`file: not a works file of version ${WORKS_VERSION}`);
  }
  const file = fromStoredWorks(data);
  for (const [key, work] of Object.entries(file.items)) {
    if (!Array.isArray(work.tags) || !Array.isArray(work.aliases)) {
      throw new Error(`items.${key}: tags or aliases missing`);
    }
  }
  return file;
}

export const worksFileSpec: FileSpec<WorksFile> = {
  kind: WORKS_KIND,
  schemaVersion: WORKS_VERSION,
  empty: () => emptyItemsFile<Work>(WORKS_KIND, WORKS_VERSION),
  migrations: {
    // Nothing is dropped: each work is written without what decoding gives back.
    1: (file) => ({ ...toStoredWorks(validateWorksFileV1(file), 2) }),
    // Version 3 only leaves more out: a version 2 file (every provenance given, the .bib source as
    // an object, no rule codes) reads as it is, and is written in the version 3 form next time.
    // Decoding and encoding every work here cost each start a library not yet written since.
    2: (file) => file,
  },
  validate: validateWorksFile,
  toStored: (file) => toStoredWorks(file, WORKS_VERSION),
  writeStored: (file, write) => writeStoredWorks(file, WORKS_VERSION, write),
  pretty: false,
};
