/**
 * Works files (`works/<shard>.json`), version 1: user-entered and imported works. Checked
 * structurally rather than with zod: at 100,000 works a full schema check would cost more than
 * reading the files.
 */
import type { Work } from '../../core/bibliography/model';
import type { FileSpec } from '../fileSpec';
import { emptyItemsFile, type ItemsFile } from './itemsFile';

export const WORKS_KIND = 'works';
export const WORKS_VERSION = 1;

export type WorksFile = ItemsFile<Work>;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks the envelope and, for each work, the fields every reader relies on. */
export function validateWorksFile(data: unknown): WorksFile {
  if (!isObject(data) || data.schemaVersion !== WORKS_VERSION || data.kind !== WORKS_KIND) {
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

export const worksFileSpec: FileSpec<WorksFile> = {
  kind: WORKS_KIND,
  schemaVersion: WORKS_VERSION,
  empty: () => emptyItemsFile<Work>(WORKS_KIND, WORKS_VERSION),
  migrations: {},
  validate: validateWorksFile,
  pretty: false,
};
