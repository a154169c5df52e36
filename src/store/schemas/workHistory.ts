/**
 * Work history files (`work-history/<shard>.json`), version 1: every revision of each stored
 * work (see src/core/works/history.ts), sharded by citation key like the works themselves.
 */
import type { WorkHistory } from '../../core/works/history';
import type { FileSpec } from '../fileSpec';
import { emptyItemsFile, type ItemsFile } from './itemsFile';

export const WORK_HISTORY_KIND = 'work-history';
export const WORK_HISTORY_VERSION = 1;

export type WorkHistoryFile = ItemsFile<WorkHistory>;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks the envelope and that each history is keyed by its work and holds revisions. */
export function validateWorkHistoryFile(data: unknown): WorkHistoryFile {
  if (
    !isObject(data) ||
    data.schemaVersion !== WORK_HISTORY_VERSION ||
    data.kind !== WORK_HISTORY_KIND
  ) {
    throw new Error('file: not a work history file of version 1');
  }
  if (!isObject(data.items)) throw new Error('items: expected an object');
  for (const [key, history] of Object.entries(data.items)) {
    if (!isObject(history) || history.key !== key || !Array.isArray(history.revisions)) {
      throw new Error(`items.${key}: expected the history of work ${key}`);
    }
  }
  return data as unknown as WorkHistoryFile;
}

export const workHistoryFileSpec: FileSpec<WorkHistoryFile> = {
  kind: WORK_HISTORY_KIND,
  schemaVersion: WORK_HISTORY_VERSION,
  empty: () => emptyItemsFile<WorkHistory>(WORK_HISTORY_KIND, WORK_HISTORY_VERSION),
  migrations: {},
  validate: validateWorkHistoryFile,
  pretty: false,
};
