// Below one of the paper's claims: the user's notes on it, "New note", and "Add to list…" for
// the works it cites.
import { AddToListButton } from '../lists/AddToListDialog';
import { NoteBacklinks } from '../notes/NoteBacklinks';

export function PaperClaimExtras({
  documentId,
  claimId,
  workIds,
}: {
  documentId: string;
  claimId: string;
  workIds: string[];
}) {
  return (
    <div className="claim-extras">
      <NoteBacklinks
        query={{ claimId, documentId }}
        links={[{ kind: 'claim', claimId, documentId }]}
      />
      {workIds.length > 0 && (
        <AddToListButton
          workKeys={workIds}
          what={workIds.length === 1 ? 'the cited work' : `the ${workIds.length} cited works`}
          label={workIds.length === 1 ? 'Add work to list…' : 'Add works to list…'}
        />
      )}
    </div>
  );
}
