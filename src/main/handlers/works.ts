/** Works methods: add (typed or pasted), edit with history, rename, tag, delete and the trash. */
import { parsePastedWork } from '../../core/works/paste';
import { WORK_FIELDS, WORK_TYPES, type WorksOutputs } from '../../shared/contract';
import type { TrashService } from '../../services/trash';
import {
  findLibraryDuplicates,
  listNotDuplicates,
  markNotDuplicates,
  mergeWorks,
  unmarkNotDuplicates,
  previewDeleteWorks,
  renameWorkKey,
  type WorkService,
} from '../../services/works';
import type { HandlersOf } from './types';

/** Binds the works methods to a WorkService and the trash. */
export function worksHandlers(
  works: WorkService,
  trash: TrashService,
  now: () => Date = () => new Date(),
): HandlersOf<keyof WorksOutputs> {
  return {
    listWorkTypes: async () => ({ types: WORK_TYPES, fields: WORK_FIELDS }),
    getWorkRecord: async ({ key }) => works.record(key),
    getWorkHistory: async ({ key }) => works.history(key),
    suggestWorkKey: async ({ type, fields }) => works.suggestKey(type, fields),
    createWork: async (input) => works.create(input),
    updateWork: async ({ key, ...patch }) => works.update(key, patch),
    renameWorkKey: async ({ key, newKey }) => renameWorkKey(works, key, newKey, now()),
    parsePastedWork: async ({ text }) => parsePastedWork(text),
    tagWorks: async ({ keys, add, remove }) => ({ changed: await works.tag(keys, add, remove) }),
    listWorkTags: async () => works.tags(),
    previewDeleteWorks: async ({ keys }) => previewDeleteWorks(works.works, keys),
    deleteWorks: async ({ keys }) => trash.deleteWorks(keys),
    listTrash: async ({ kind }) => trash.list(kind),
    restoreFromTrash: async (target) => trash.restore(target),
    emptyTrash: async ({ ids }) => ({ removed: await trash.purge(ids) }),
    findDuplicateWorks: async () => findLibraryDuplicates(works.works),
    markNotDuplicates: async ({ a, b }) => markNotDuplicates(works.works, a, b, now()),
    unmarkNotDuplicates: async ({ id }) => unmarkNotDuplicates(works.works, id),
    listNotDuplicates: async () => listNotDuplicates(works.works),
    mergeWorks: async ({ keep, other, picks }) => mergeWorks(works, keep, other, picks, now()),
  };
}
