// The library's papers: the list (Papers view), one document with its lookups (reader, claims,
// cards), and the works a document cites. Every hook takes the document's id; no document is
// special here. They are live queries: a change (an added paper, a correction, a CLI write)
// reloads them in place, so the reader keeps its place instead of flashing "Loading".
import { useCallback, useMemo } from 'react';
import type { CitingPaper, LibraryClaims, PaperView, WorkSummary } from '../../shared/contract';
import type { QueryState } from './queryCache';
import { buildPaperIndex, type PaperIndex } from './paperIndex';
import { documentEntries, loadDocument, type DocumentEntry } from './documentSource';
import { useLive, useLiveRefresh } from './userData';
import { useApiContext } from './ApiProvider';

export type { DocumentEntry } from './documentSource';

/** Every paper of the library, in the order the library keeps them (the Papers view sorts). */
export const useDocuments = (): QueryState<DocumentEntry[]> =>
  useLive('docs:list', (api) => documentEntries(api));

/** One document with its citations and claims; pass null while none is chosen. */
export const useDocument = (documentId: string | null): QueryState<PaperView> =>
  useLive(documentId ? `docs:one:${documentId}` : null, (api) =>
    loadDocument(api, documentId ?? ''),
  );

/** Lookups over `paper`, built once per answer. */
function useIndexOf(paper: QueryState<PaperView>) {
  const data = paper.status === 'ready' ? paper.data : null;
  return useMemo(() => (data ? buildPaperIndex(data) : null), [data]);
}

/** A document with its lookups, built once per loaded document. */
export function useDocumentIndex(documentId: string | null): QueryState<PaperIndex> {
  const paper = useDocument(documentId);
  const index = useIndexOf(paper);
  if (paper.status !== 'ready') return paper;
  return { status: 'ready', data: index! };
}

/**
 * The papers citing `workKey`, each with how often and its claims with the work: aggregated by
 * main, which opens only those papers (the window never loads every document).
 */
export const useCitingPapers = (workKey: string | null): QueryState<CitingPaper[]> =>
  useLive(workKey ? `docs:all:citing:${workKey}` : null, (api) =>
    api.citingPapers({ workKey: workKey ?? '' }),
  );

/** The text of each of `documentIds` (only those documents are loaded), by id. */
export function useDocumentTexts(documentIds: readonly string[]): QueryState<Map<string, string>> {
  const ids = [...new Set(documentIds)].sort();
  const texts = useLive(ids.length ? `docs:all:texts:${ids.join('\n')}` : null, (api) =>
    Promise.all(ids.map((id) => loadDocument(api, id).catch(() => null))),
  );
  const data = texts.status === 'ready' ? texts.data : null;
  const key = ids.join('\n');
  const byId = useMemo(
    () =>
      new Map(
        (data ?? []).flatMap((paper, i) => (paper ? [[ids[i]!, paper.document.text]] : [])),
      ) as Map<string, string>,
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `ids` is `key`, split
    [data, key],
  );
  if (ids.length === 0) return { status: 'ready', data: byId };
  if (texts.status !== 'ready') return texts;
  return { status: 'ready', data: byId };
}

/** Claims of the library (or one paper) citing every work of `workIds`, the first `limit`. */
export function useLibraryClaims(filter: {
  documentId: string | null;
  workIds: readonly string[];
  limit: number;
}): QueryState<LibraryClaims> {
  const key = `docs:all:claims:${JSON.stringify(filter)}`;
  return useLive(key, (api) => api.libraryClaims({ ...filter, workIds: [...filter.workIds] }));
}

/** The summaries of the works any of `indexes` cites, by key. */
export function useWorksOf(
  indexes: readonly PaperIndex[] | null,
): QueryState<Map<string, WorkSummary>> {
  const keys = useMemo(
    () => (indexes ? [...new Set(indexes.flatMap((i) => [...i.citationsByWork.keys()]))] : null),
    [indexes],
  );
  return useWorksByKey(keys);
}

/** The summaries of the works of `keys` (null while they are not known), by key. */
export function useWorksByKey(
  keys: readonly string[] | null,
): QueryState<Map<string, WorkSummary>> {
  const works = useLive(keys ? `docs:works:${keys.join('\n')}` : null, (api) =>
    api.listWorks({ keys: [...(keys ?? [])] }),
  );
  const data = works.status === 'ready' ? works.data : null;
  const byKey = useMemo(() => (data ? new Map(data.map((w) => [w.key, w])) : null), [data]);
  if (works.status !== 'ready') return works;
  return { status: 'ready', data: byKey! };
}

/**
 * The works a document cites, by key (what the reader and the claims view show), without loading
 * the rest of the library.
 */
export function useDocumentWorks(documentId: string | null): QueryState<Map<string, WorkSummary>> {
  const index = useDocumentIndex(documentId);
  const indexes = useMemo(() => (index.status === 'ready' ? [index.data] : null), [index]);
  const works = useWorksOf(indexes);
  if (index.status === 'error') return index;
  return works;
}

/**
 * Reloads, in place, the papers list, every loaded document (or those of `ids`), and the works
 * shown with them; the query cache's works (the bibliography, references, BibTeX) are reloaded
 * too, since a paper's reference list adds and links works. Settles once reloaded.
 */
export function useRefreshDocuments(): (ids?: readonly string[] | null) => Promise<void> {
  const { cache } = useApiContext();
  const refresh = useLiveRefresh();
  return useCallback(
    (ids?: readonly string[] | null) => {
      for (const prefix of ['works:', 'work:', 'ref:', 'bibtex:']) cache.invalidatePrefix(prefix);
      const one = ids ? ids.map((id) => `docs:one:${id}`) : ['docs:one:'];
      return refresh('docs:list', 'docs:all:', 'docs:works:', ...one);
    },
    [cache, refresh],
  );
}
