// Which document the reader shows: the one navigation names, else the library's first paper.
import { useDocuments } from '../../api/documents';
import type { QueryState } from '../../api/queryCache';
import { useNavigation } from '../../app/navigation';

/** The id of the document to read, or null when the library has no paper. */
export function useReaderDocumentId(): QueryState<string | null> {
  const { documentId } = useNavigation();
  const documents = useDocuments();
  if (documentId) return { status: 'ready', data: documentId };
  if (documents.status !== 'ready') return documents;
  return { status: 'ready', data: documents.data[0]?.id ?? null };
}
