// A citation card's line for a PDF-born paper: the page the citing sentence is on, and opening
// the kept PDF in the system viewer at that page (main says whether the viewer could be told).
import { useState } from 'react';
import type { ResolvedCitation } from '../../../core/citations/model';
import { useApiContext } from '../../api/ApiProvider';
import { pageAtOffset, type PaperIndex } from '../../api/paperIndex';
import { errorMessage } from '../../api/scholion';

export function CitedOnPage({
  citation,
  index,
}: {
  citation: ResolvedCitation;
  index: PaperIndex;
}) {
  const { api } = useApiContext();
  const [said, setSaid] = useState<string | null>(null);
  const page = pageAtOffset(index, citation.start);
  if (page === null) return null;
  const open = async () => {
    try {
      const opened = await api.openDocumentFile({ documentId: index.documentId, page });
      setSaid(opened.message);
    } catch (error) {
      setSaid(errorMessage(error));
    }
  };
  return (
    <p className="card__page">
      <span className="card__label">On page</span> p. {page}
      {' · '}
      <button type="button" className="link" onClick={() => void open()}>
        Open PDF at this page
      </button>
      {said && (
        <span className="card__page-said" role="status">
          {said}
        </span>
      )}
    </p>
  );
}
