// Readies the Claims view's data once the app is idle after opening: the paper's claims, the
// works they cite, the user's claims and the notes on each claim (one query per claim, which at
// 10,000 notes made the first showing of Claims the slowest view switch, about 0.4 s). The view
// then shows from the cache at once. Nothing is rendered; the notes are prefetched, not kept
// live, so an edit before the view is shown makes it ask again (see prefetchLive).
import { useEffect, useMemo, type ReactNode } from 'react';
import { useApiContext } from '../../api/ApiProvider';
import { useDocumentIndex, useDocuments, useWorksOf } from '../../api/documents';
import { prefetchNoteOrder } from '../../api/notes';
import { useUserClaims } from '../../api/userData';
import { useNavigation } from '../../app/navigation';
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
  useEffect(() => {
    if (claims && one)
      for (const claim of claims) prefetchNoteOrder(api, { claimId: claim.id, documentId: one });
  }, [api, claims, one]);
  useEffect(() => {
    for (const claim of mine ?? []) prefetchNoteOrder(api, { claimId: claim.id });
  }, [api, mine]);
  return null;
}
