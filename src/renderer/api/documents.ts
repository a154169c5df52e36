// The library's papers: the list (Papers view), one document with its lookups (reader, claims,
// cards), and the works a document cites. Every hook takes the document's id; no document is
// special here. They are live queries: a change (an added paper, a correction, a CLI write)
// reloads them in place, so the reader keeps its place instead of flashing "Loading".
import { useCallback, useMemo } from 'react';
import type { PaperView, WorkSummary } from '../../shared/contract';
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
 * Every document of the library with its lookups (the claims view and co-citation over the whole
 * library, a work's citing papers).
 */
export function useLibraryIndexes(): QueryState<PaperIndex[]> {
  const list = useDocuments();
  const ids = list.status === 'ready' ? list.data.map((d) => d.id) : null;
  const key = ids ? `docs:all:${ids.join('\n')}` : null;
  const all = useLive(key, (api) => Promise.all((ids ?? []).map((id) => loadDocument(api, id))));
  const data = all.status === 'ready' ? all.data : null;
  const indexes = useMemo(
    () => (data ? data.map((paper) => buildPaperIndex(paper)) : null),
    [data],
  );
  if (list.status === 'error') return list;
  if (all.status !== 'ready') return all;
  return { status: 'ready', data: indexes! };
}

/** The summaries of the works any of `indexes` cites, by key. */
export function useWorksOf(
  indexes: readonly PaperIndex[] | null,
): QueryState<Map<string, WorkSummary>> {
  const keys = useMemo(
    () => (indexes ? [...new Set(indexes.flatMap((i) => [...i.citationsByWork.keys()]))] : null),
    [indexes],
  );
  const works = useLive(keys ? `docs:works:${keys.join('\n')}` : null, (api) =>
    api.listWorks({ keys: keys ?? [] }),
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
