/**
 * Every contract method's handler, merged from the domain files. Electron-free: main binds these
 * to ipcMain, the browser e2e harness to a Playwright binding.
 */
import { storedWorksFor } from '../../services/library';
import type { AddProgressEvent } from '../../shared/contract';
import { documentsHandlers } from './documents';
import type { PaperReader } from '../../services/documents';
import { libraryHandlers } from './library';
import { settingsHandlers } from './settings';
import { notesHandlers } from './notes';
import { userClaimsHandlers } from './userClaims';
import { listsHandlers } from './lists';
import { recoveryHandlers } from './recovery';
import { exportHandlers } from './export';
import { importHandlers } from './import';
import type { BibParser } from '../../services/import';
import { syncConflictHandlers } from './syncConflicts';
import { searchHandlers } from './search';
import { worksHandlers } from './works';
import { workFilesHandlers } from './workFiles';
import { paperAdds } from './paperAdds';
import { noDialogs, type Dialogs } from '../dialogs';
import type { FileViewer } from '../fileViewer';
import type { Handlers, Services } from './types';
import { asRequest } from '../../services/background/requestsFirst';

export type { Handlers, HandlersOf, Services } from './types';
export { invokeMethod } from './invoke';

export interface HandlerOptions {
  /** Native dialogs (save as...); without them, saving to a file answers 'no-dialog'. */
  dialogs?: Dialogs;
  /** Where the progress of adding a paper goes (the window); dropped without it. */
  addProgress?: (event: AddProgressEvent) => void;
  /** The system viewer for papers' kept files; without it, opening one answers 'no-viewer'. */
  viewer?: FileViewer;
  /** Reads imported files (the app: in a worker thread); in this thread without it. */
  parseBib?: BibParser;
  /** Reads an added paper (main: in a worker thread); in-thread without it. */
  readPaper?: PaperReader;
}

/**
 * Builds the handler of every contract method over the app's services. Handlers only call
 * services: what a change means for search, synced files and the window follows from the
 * store's change events (see openServices), not from which method made it.
 */
export function createHandlers(services: Services, options: HandlerOptions = {}): Handlers {
  return answeredFirst(allHandlers(services, options));
}

/**
 * Every handler run as a request being answered: background work in this process (the search
 * index's read-back and build) gives way to it (see requestsFirst.ts).
 */
function answeredFirst(handlers: Handlers): Handlers {
  const wrapped: Record<string, (input: never) => Promise<unknown>> = {};
  for (const [method, handle] of Object.entries(handlers)) {
    const answer = handle as (input: never) => Promise<unknown>;
    wrapped[method] = (input) => asRequest(() => answer(input));
  }
  return wrapped as Handlers;
}

function allHandlers(services: Services, options: HandlerOptions): Handlers {
  const { userData, library, exportSync, search, workTable, workListings } = services;
  const { documents } = userData;
  const dialogs = options.dialogs ?? noDialogs;
  const imports = importHandlers(userData.works, options.parseBib);
  const adds = paperAdds({
    documents,
    progress: options.addProgress,
    readPaper: options.readPaper,
  });
  return {
    ...documentsHandlers({
      documents,
      citations: userData.citations,
      dialogs,
      adds,
      viewer: options.viewer,
    }),
    ...libraryHandlers(
      library,
      {
        all: () => userData.store.works.all(),
        listings: () => workListings.get(),
        describing: (keys, namesakes) =>
          storedWorksFor(keys, userData.store, library.works, { namesakes }),
      },
      workTable,
      () => userData.citations.citedCounts(),
    ),
    ...settingsHandlers(services.settings),
    ...notesHandlers(userData.notes),
    ...userClaimsHandlers(userData.userClaims, userData.trash),
    ...listsHandlers(userData.lists, userData.exportList, userData.trash),
    ...recoveryHandlers(userData.health),
    ...exportHandlers({
      exporter: userData.exporter,
      sources: {
        list: (id) => userData.lists.get(id),
        note: (id) => userData.notes.get(id),
        userClaim: (id) => userData.userClaims.get(id),
        paperClaim: async (documentId, id) => {
          const view = await documents.get(documentId).catch(() => null);
          return view?.claims.find((c) => c.id === id) ?? null;
        },
        document: async (documentId) => {
          const view = await documents.get(documentId).catch(() => null);
          if (!view) return null;
          const keys = new Set<string>();
          for (const c of view.citations) if (c.workId) keys.add(c.workId);
          for (const r of view.references) if (r.workId) keys.add(r.workId);
          return { title: view.summary.title, workKeys: [...keys] };
        },
      },
      sync: exportSync,
      dialogs,
    }),
    ...imports,
    ...syncConflictHandlers(exportSync, imports.planImport),
    ...searchHandlers(search),
    ...worksHandlers(userData.workService, userData.trash),
    ...workFilesHandlers({
      attachments: userData.attachments,
      adds,
      dialogs,
      viewer: options.viewer,
    }),
  } satisfies Handlers;
}
