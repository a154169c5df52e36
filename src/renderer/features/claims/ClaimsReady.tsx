// Readies the Claims view's data once the app is idle after opening: the paper's claims, the
// works they cite, the user's claims and the notes on each claim (one query per claim, which at
// 10,000 notes made the first showing of Claims the slowest view switch, about 0.4 s; asked one
// at a time, in idle moments, so that they never hold up what the user asks meanwhile). The view
// then shows from the cache at once. Nothing is rendered; the notes are prefetched, not kept
// live, so an edit before the view is shown makes it ask again (see prefetchLive).
import { useEffect, useMemo, type ReactNode } from 'react';
import { useApiContext } from '../../api/ApiProvider';
import { useDocumentIndex, useDocuments, useWorksOf } from '../../api/documents';
import { prefetchNoteOrder, type NoteListQuery } from '../../api/notes';
import { useUserClaims } from '../../api/userData';
import { useNavigation } from '../../app/navigation';
import { inIdleTurns } from '../../app/idleTurns';
import { useIdleAfterOpen } from '../../app/useIdleAfterOpen';
import { shownPaperId } from './ClaimsView';

/** Mount once (the app shell); renders nothing. */
export function ClaimsReady(): ReactNode {
  return useIdleAfterOpen() ? <ClaimsData /> : null;
}

function ClaimsData(): null {
  const { api } = useApiContext();
  const { claimFilter } = useNavigation();
  const documents = useDocuments();
  const papers = documents.status === 'ready' ? documents.data : null;
  // The paper the view will show; the library's aggregate is not readied.
  const one = papers && shownPaperId(claimFilter, papers);
  const index = useDocumentIndex(one ?? null);
  const scoped = useMemo(() => (index.status === 'ready' ? [index.data] : null), [index]);
  useWorksOf(scoped);
  const userClaims = useUserClaims();
  const claims = index.status === 'ready' ? index.data.paper.claims : null;
  const mine = userClaims.status === 'ready' ? userClaims.data : null;
  // One claim's notes at a time, each in an idle moment (idleTurns.ts): asked all at once, they
  // queued in main ahead of whatever the user asked next. A claim readied before (when the user's
  // claims arrive after the paper's) is not asked again.
  useEffect(() => {
    const queries: NoteListQuery[] = [
      ...(claims && one ? claims.map((claim) => ({ claimId: claim.id, documentId: one })) : []),
      ...(mine ?? []).map((claim) => ({ claimId: claim.id })),
    ];
    return inIdleTurns(queries.map((query) => () => prefetchNoteOrder(api, query)));
  }, [api, claims, one, mine]);
  return null;
}
