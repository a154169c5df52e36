// The claims view's choice of paper: one paper, or all of them.
import type { DocumentEntry } from '../../api/documents';
import { useNavigation } from '../../app/navigation';

export function PaperSelect({ papers }: { papers: readonly DocumentEntry[] }) {
  const nav = useNavigation();
  return (
    <label className="field">
      <span className="field__label">Paper</span>
      <select
        value={nav.claimFilter.documentId ?? ''}
        onChange={(event) =>
          nav.setClaimFilter({
            documentId: event.target.value || null,
            workIds: [],
            sectionId: null,
          })
        }
      >
        <option value="">All papers</option>
        {papers.map((p) => (
          <option key={p.id} value={p.id}>
            {p.title || 'Untitled paper'}
          </option>
        ))}
      </select>
    </label>
  );
}
