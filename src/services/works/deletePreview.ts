/** Before works are deleted: what would dangle (papers citing them, notes, lists, claims). */
import type { LibraryWorks } from './libraryWorks';
import { findWorkReferences, unreferenced, type WorkReferences } from './workReferences';
import { workLabel } from '../../core/userData/labels';

export interface WorkDeletePreview {
  key: string;
  label: string;
  /** Bundled works cannot be deleted (the bundled paper cites them). */
  deletable: boolean;
  /** What names the work and would show its placeholder instead. */
  usedBy: WorkReferences;
}

export interface DeletePreview {
  works: WorkDeletePreview[];
  /** True when any work is used somewhere: the UI asks before deleting. */
  wouldDangle: boolean;
}

/** What deleting `keys` would leave dangling; unknown keys throw UnknownWorkKeyError. */
export async function previewDeleteWorks(
  works: LibraryWorks,
  keys: readonly string[],
): Promise<DeletePreview> {
  const out: WorkDeletePreview[] = [];
  for (const key of new Set(keys)) {
    const found = await works.require(key);
    const k = found.work.citationKey;
    out.push({
      key: k,
      label: workLabel(k, found.work.csl, found.work.citedAs),
      deletable: !found.bundled,
      usedBy: await findWorkReferences(works.store, k),
    });
  }
  return { works: out, wouldDangle: out.some((w) => !unreferenced(w.usedBy)) };
}
