// The body of a card for a citation mark that cites several entries at once ("<sup>4-6</sup>",
// "[2, 5]"): each entry with its number, its work's label and formatted reference, and the
// actions on that work. Where each work is cited and the notes on it are on its own card
// (in the bibliography), so the card stays short enough to read on hover.
import type { ResolvedCitation } from '../../../core/citations/model';
import type { WorkSummary } from '../../../shared/contract';
import { referencePositionOf, type PaperIndex } from '../../api/paperIndex';
import { useNavigation } from '../../app/navigation';
import { ConfidenceBadge } from '../../ui/ConfidenceBadge';
import { citesOf } from '../export/cites';
import { CopyCitationButton } from '../export/ExportButtons';
import { AddToListButton } from '../lists/AddToListDialog';
import { CardReference } from './CardReference';

interface Props {
  citations: readonly ResolvedCitation[];
  index: PaperIndex;
  works: Map<string, WorkSummary>;
  onLeave: () => void;
}

export function CardEntries({ citations, index, works, onLeave }: Props) {
  const { openWork } = useNavigation();
  return (
    <ol className="card__entries" aria-label="References cited here">
      {citations.map((citation) => {
        const work = citation.workId ? works.get(citation.workId) : undefined;
        const position = referencePositionOf(index, citation);
        return (
          <li key={citation.id} className="card__entry" data-entry-citation-id={citation.id}>
            <div className="card__entry-head">
              <h3 className="card__entry-title">
                {position !== null && <span className="card__entry-number">{position}</span>}
                {work ? work.label : 'No work in the bibliography'}
              </h3>
              {work && <ConfidenceBadge level={work.confidence} />}
            </div>
            {work ? (
              <>
                <CardReference workId={work.key} />
                <p className="card__entry-actions">
                  <button
                    type="button"
                    className="link"
                    onClick={() => {
                      onLeave();
                      openWork(work.key);
                    }}
                  >
                    Open in bibliography
                  </button>
                  {' · '}
                  <AddToListButton workKeys={[work.key]} what={work.label} className="link" />
                </p>
              </>
            ) : (
              <p className="card__muted">This entry does not match any work in the bibliography.</p>
            )}
          </li>
        );
      })}
      <li className="card__entries-copy">
        <CopyCitationButton
          cites={citesOf(citations)}
          what={`${citations.length} references`}
          className="link"
        />
      </li>
    </ol>
  );
}
