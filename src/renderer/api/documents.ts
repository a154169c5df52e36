// The library's papers: the list (Papers view), one document with its lookups (reader, claims,
// cards), and the works a document cites. Every hook takes the document's id; no document is
// special here.
import { useCallback, useMemo } from 'react';
import { useApiContext } from './ApiProvider';
import type { PaperView, WorkSummary } from '../../shared/contract';
import { useQuery } from './queries';
import type { QueryState } from './queryCache';
import { buildPaperIndex, type PaperIndex } from './paperIndex';
import { documentEntries, loadDocument, type DocumentEntry } from './documentSource';

export type { DocumentEntry } from './documentSource';

/** Every paper of the library, in the order the library keeps them (the Papers view sorts). */
export const useDocuments = (): QueryState<DocumentEntry[]> =>
  useQuery('docs:list', (api) => documentEntries(api));

/** One document with its citations and claims; pass null while none is chosen. */
export const useDocument = (documentId: string | null): QueryState<PaperView> =>
  useQuery(documentId ? `docs:one:${documentId}` : null, (api) =>
    loadDocument(api, documentId ?? ''),
  );

/** A document with its lookups, built once per loaded document. */
export function useDocumentIndex(documentId: string | null): QueryState<PaperIndex> {
  const paper = useDocument(documentId);
  const data = paper.status === 'ready' ? paper.data : null;
  const index = useMemo(
    () => (data && documentId ? buildPaperIndex(data, documentId) : null),
    [data, documentId],
  );
  if (paper.status !== 'ready') return paper;
  return { status: 'ready', data: index! };
}

/**
 * The works a document cites, by key (what the reader and the claims view show), without loading
 * the rest of the library.
 */
export function useDocumentWorks(documentId: string | null): QueryState<Map<string, WorkSummary>> {
  const paper = useDocument(documentId);
  const keys = useMemo(
    () =>
      paper.status === 'ready'
        ? [...new Set(paper.data.citations.flatMap((c) => (c.workId ? [c.workId] : [])))]
        : null,
    [paper],
  );
  const works = useQuery(keys && documentId ? `works:doc:${documentId}` : null, (api) =>
    api.listWorks({ keys: keys ?? [] }),
  );
  const data = works.status === 'ready' ? works.data : null;
  const byKey = useMemo(() => (data ? new Map(data.map((w) => [w.key, w])) : null), [data]);
  if (paper.status === 'error') return paper;
  if (works.status !== 'ready') return works;
  return { status: 'ready', data: byKey! };
}

/**
 * Every document of the library with its lookups (the claims view and co-citation over the whole
 * library, a work's citing papers). Loads each document once; the cache shares them with the
 * reader.
 */
export function useLibraryIndexes(): QueryState<PaperIndex[]> {
  const list = useDocuments();
  const ids = list.status === 'ready' ? list.data.map((d) => d.id) : null;
  const key = ids ? `docs:all:${ids.join('\n')}` : null;
  const all = useQuery(key, (api) => Promise.all((ids ?? []).map((id) => loadDocument(api, id))));
  const data = all.status === 'ready' ? all.data : null;
  const indexes = useMemo(
    () => (data && ids ? data.map((paper, i) => buildPaperIndex(paper, ids[i]!)) : null),
    // ids is derived from key
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data, key],
  );
  if (list.status === 'error') return list;
  if (all.status !== 'ready') return all;
  return { status: 'ready', data: indexes! };
}

/** The summaries of the works any of `indexes` cites, by key. */
export function useWorksOf(
  scope: string,
  indexes: readonly PaperIndex[] | null,
): QueryState<Map<string, WorkSummary>> {
  const keys = useMemo(
    () => (indexes ? [...new Set(indexes.flatMap((i) => [...i.citationsByWork.keys()]))] : null),
    [indexes],
  );
  const works = useQuery(keys ? `works:of:${scope}:${keys.join(',')}` : null, (api) =>
    api.listWorks({ keys: keys ?? [] }),
  );
  const data = works.status === 'ready' ? works.data : null;
  const byKey = useMemo(() => (data ? new Map(data.map((w) => [w.key, w])) : null), [data]);
  if (works.status !== 'ready') return works;
  return { status: 'ready', data: byKey! };
}

/**
 * Forgets every loaded document, the papers list and the works (their counts of citing papers
 * change with the papers), so what shows them loads afresh.
 */
export function useRefreshDocuments(): () => void {
  const { cache } = useApiContext();
  return useCallback(() => {
    for (const prefix of ['docs:', 'works:', 'work:']) cache.invalidatePrefix(prefix);
  }, [cache]);
}
