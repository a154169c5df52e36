/** Library methods: the paper, its works and their formatted references. */
import type { LibraryOutputs } from '../../shared/contract';
import type { LibraryService } from '../../services/library';
import type { HandlersOf } from './types';

/** Binds the library methods to a LibraryService. */
export function libraryHandlers(library: LibraryService): HandlersOf<keyof LibraryOutputs> {
  return {
    getPaper: async () => library.getPaper(),
    listWorks: async () => library.listWorks(),
    getWork: async ({ key }) => library.getWork(key),
    formatReference: async ({ key, style, format }) => library.formatReference(key, style, format),
    exportBibtex: async ({ keys }) => library.exportBibtex(keys),
  };
}
