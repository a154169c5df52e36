/** Library methods: the paper, its works (bundled and the user's own) and their formatted references. */
import type { Work } from '../../core/bibliography/model';
import type { StoredWorks } from '../../services/library';
import type { LibraryOutputs } from '../../shared/contract';
import type { CitedCounts } from '../../core/paper';
import { WorkTable, type LibraryService } from '../../services/library';
import type { HandlersOf } from './types';

/** Where the library methods read the user's stored works (imported or typed) from. */
export interface StoredWorkSources {
  /** Every stored work (an export of the whole library). */
  all: () => Promise<readonly Work[]>;
  /** What the works list needs of them (default `all`); the store's listings parse no work. */
  listings?: () => Promise<StoredWorks>;
  /**
   * The stored works describing `keys` needs (default `all`): each work and, with `namesakes`,
   * those by the same authors in the same year (see `storedWorksFor`).
   */
  describing?: (keys: readonly string[], namesakes: boolean) => Promise<readonly Work[]>;
}

/**
 * Binds the library methods to a LibraryService, with the user's stored works next to the bundled
 * ones. The work lists come from `table`, which keeps summaries and sort orders until the stored
 * works change.
 */
export function libraryHandlers(
  library: LibraryService,
  stored: StoredWorkSources = { all: async () => [] },
  table: WorkTable = new WorkTable(library),
  /** How often each work is cited across the library's papers (default: the bundled paper). */
  cited?: () => Promise<CitedCounts>,
): HandlersOf<keyof LibraryOutputs> {
  const listings = stored.listings ?? stored.all;
  const describing = stored.describing ?? (() => stored.all());
  const count = async (): Promise<void> => {
    if (cited) table.setCitedCounts(await cited());
  };
  return {
    listWorks: async ({ keys }) => {
      await count();
      return keys ? table.byKeys(await listings(), keys) : table.all(await listings());
    },
    queryWorks: async ({ rows, ...query }) => {
      if (query.sort === 'cited' || rows) await count();
      const stored = await listings();
      const order = table.query(stored, query);
      return rows ? { ...order, rows: table.byKeys(stored, order.keys) } : order;
    },
    getWork: async ({ key }) => {
      const detail = library.getWork(key, await describing([key], false));
      await count();
      return { ...detail, ...table.withCounts(detail) };
    },
    formatReference: async ({ key, style, format }) =>
      library.formatReference(key, style, format, await describing([key], true)),
    exportBibtex: async ({ keys }) =>
      library.exportBibtex(keys, keys.length ? await describing(keys, false) : await stored.all()),
  };
}
