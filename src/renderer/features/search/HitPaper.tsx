// Which paper a claim or passage hit is in, when the library holds more than one.
import type { Hit } from '../../../shared/contract';
import { useDocuments } from '../../api/documents';
import { hitDocumentId } from './hits';

export function HitPaper({ hit }: { hit: Hit }) {
  const documents = useDocuments();
  if (documents.status !== 'ready' || documents.data.length < 2) return null;
  const id = hitDocumentId(hit, null);
  const paper = id ? documents.data.find((d) => d.id === id) : undefined;
  if (!paper) return null;
  return <span className="hit__paper">in {paper.title || 'Untitled paper'}</span>;
}
