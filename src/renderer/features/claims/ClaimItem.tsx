// One claim: its sentence with the citations marked, its works, and a jump to the paper.
import { ClaimWorkChips } from './ClaimWorkChips';
import type { Claim } from '../../../core/claims/model';
import type { WorkSummary } from '../../../shared/contract';
import { sectionAt, type PaperIndex } from '../../api/paperIndex';
import { useNavigation } from '../../app/navigation';
import { ClaimText } from '../../ui/ClaimText';
import { PaperClaimExtras } from './PaperClaimExtras';
import { citesOfClaim } from '../export/cites';
import { CopyCitationButton, ExportButton } from '../export/ExportButtons';

export function ClaimItem({
  claim,
  index,
  works,
  paperTitle,
}: {
  claim: Claim;
  index: PaperIndex;
  works: Map<string, WorkSummary>;
  /** The paper the claim is in, when the list shows claims of several papers. */
  paperTitle?: string;
}) {
  const nav = useNavigation();
  const section = sectionAt(index, claim.start);
  return (
    <li className="claim-item" data-claim-id={claim.id} data-document-id={index.documentId}>
      <p className="claim-item__section">
        {paperTitle && <span className="claim-item__paper">{paperTitle} · </span>}
        {section?.title ?? 'Front matter'}
        {claim.kind === 'quote' && <span className="claim-item__kind"> · quotation</span>}
      </p>
      <blockquote className="claim-item__text">
        <ClaimText claim={claim} index={index} />
      </blockquote>
      <div className="claim-item__actions">
        <ClaimWorkChips workIds={claim.workIds} labelOf={(id) => works.get(id)?.label ?? id} />
        <button
          type="button"
          className="link"
          onClick={() => nav.jumpTo(index.documentId, { kind: 'claim', id: claim.id })}
        >
          Show in the paper
        </button>
        <CopyCitationButton
          cites={citesOfClaim(index, claim.id)}
          what="the works of this claim"
          className="link"
        />
        <ExportButton
          target={{ kind: 'claim', claimId: claim.id, documentId: index.documentId }}
          what="The works of this claim"
          label="Export works…"
          className="link"
        />
      </div>
      <PaperClaimExtras documentId={index.documentId} claimId={claim.id} workIds={claim.workIds} />
    </li>
  );
}
