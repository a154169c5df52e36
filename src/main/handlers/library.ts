/** Library methods: the paper, its works (bundled and the user's own) and their formatted references. */
import type { Work } from '../../core/bibliography/model';
import type { StoredWorks } from '../../services/library';
import type { LibraryOutputs } from '../../shared/contract';
import { WorkTable, type LibraryService } from '../../services/library';
import type { HandlersOf } from './types';

/**
 * Binds the library methods to a LibraryService; `storedWorks` reads the user's works (imported
 * or typed) from the data folder, so they appear next to the bundled ones. The work lists come
 * from `table`, which keeps summaries and sort orders until the stored works change; it reads
 * `storedListings` (the store's cached listings: no work is parsed to list 100,000 of them).
 */
export function libraryHandlers(
  library: LibraryService,
  storedWorks: () => Promise<readonly Work[]> = async () => [],
  table: WorkTable = new WorkTable(library),
  storedListings: () => Promise<StoredWorks> = storedWorks,
): HandlersOf<keyof LibraryOutputs> {
  return {
    getPaper: async () => library.getPaper(),
    listWorks: async ({ keys }) =>
      keys ? table.byKeys(await storedListings(), keys) : table.all(await storedListings()),
    queryWorks: async (query) => table.query(await storedListings(), query),
    getWork: async ({ key }) => library.getWork(key, await storedWorks()),
    formatReference: async ({ key, style, format }) =>
      library.formatReference(key, style, format, await storedWorks()),
    exportBibtex: async ({ keys }) => library.exportBibtex(keys, await storedWorks()),
  };
}
