/** The shapes every domain's handlers share. */
import type { MethodName, MethodOutput, ValidInput } from '../../shared/contract';
import type { KeptListings, LibraryService, WorkTable } from '../../services/library';
import type { SearchService } from '../../services/search';
import type { SyncBindings } from '../../services/export';
import type { SettingsService } from '../../services/settings';
import type { UserDataServices } from '../userData';

/** What the handlers work on: the app's services, built once by the composition root. */
export interface Services {
  library: LibraryService;
  settings: SettingsService;
  /** The user's notes, claims and reading lists, over the data folder. */
  userData: UserDataServices;
  /** Files kept in sync with a reading list or the library. */
  exportSync: SyncBindings;
  /** Search over the paper, works, claims and notes, kept current by the store's change events. */
  search: SearchService;
  /** The library as the bibliography's table (sorted, filtered, by key). */
  workTable: WorkTable;
  /** The user's works as the table reads them, kept until they change (see KeptListings). */
  workListings: KeptListings;
  /** Stops following the data folder's changes (before closing it). */
  stopFollowing: () => void;
}

/** One handler per contract method: validated input in, output out (throws ServiceError). */
export type Handlers = {
  [M in MethodName]: (input: ValidInput<M>) => Promise<MethodOutput<M>>;
};

/** The handlers of some methods (one domain's file). */
export type HandlersOf<K extends MethodName> = Pick<Handlers, K>;
