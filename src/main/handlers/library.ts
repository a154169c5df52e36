/** Library methods: the paper, its works (bundled and the user's own) and their formatted references. */
import type { Work } from '../../core/bibliography/model';
import type { LibraryOutputs } from '../../shared/contract';
import { WorkTable, type LibraryService } from '../../services/library';
import type { HandlersOf } from './types';

/**
 * Binds the library methods to a LibraryService; `storedWorks` reads the user's works (imported
 * or typed) from the data folder, so they appear next to the bundled ones. The work lists come
 * from `table`, which keeps summaries and sort orders until the stored works change.
 */
export function libraryHandlers(
  library: LibraryService,
  storedWorks: () => Promise<readonly Work[]> = async () => [],
  table: WorkTable = new WorkTable(library),
): HandlersOf<keyof LibraryOutputs> {
  return {
    getPaper: async () => library.getPaper(),
    listWorks: async ({ keys }) =>
      keys ? table.byKeys(await storedWorks(), keys) : table.all(await storedWorks()),
    queryWorks: async (query) => table.query(await storedWorks(), query),
    getWork: async ({ key }) => library.getWork(key, await storedWorks()),
    formatReference: async ({ key, style, format }) =>
      library.formatReference(key, style, format, await storedWorks()),
    exportBibtex: async ({ keys }) => library.exportBibtex(keys, await storedWorks()),
  };
}
