/** Library methods: the paper, its works (bundled and the user's own) and their formatted references. */
import type { Work } from '../../core/bibliography/model';
import type { LibraryOutputs } from '../../shared/contract';
import type { LibraryService } from '../../services/library';
import type { HandlersOf } from './types';

/**
 * Binds the library methods to a LibraryService; `storedWorks` reads the user's works (imported
 * or typed) from the data folder, so they appear next to the bundled ones.
 */
export function libraryHandlers(
  library: LibraryService,
  storedWorks: () => Promise<readonly Work[]> = async () => [],
): HandlersOf<keyof LibraryOutputs> {
  return {
    getPaper: async () => library.getPaper(),
    listWorks: async () => library.listWorks(await storedWorks()),
    getWork: async ({ key }) => library.getWork(key, await storedWorks()),
    formatReference: async ({ key, style, format }) =>
      library.formatReference(key, style, format, await storedWorks()),
    exportBibtex: async ({ keys }) => library.exportBibtex(keys, await storedWorks()),
  };
}
