// App-wide navigation state: the open view, the document the reader shows, jumps into a
// document, and cross-view selections. Every place in a paper is named with its document's id.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

/**
 * The views of the left navigation, and the search view (opened from the search field). New
 * features add their id here and an entry in views.tsx.
 */
export type ViewId =
  'papers' | 'reader' | 'bibliography' | 'claims' | 'notes' | 'lists' | 'search' | 'duplicates';

/** A place in a document to scroll to and highlight (the document is given beside it). */
export type JumpTarget =
  | { kind: 'citation'; id: string }
  | { kind: 'claim'; id: string }
  | { kind: 'section'; id: string }
  | { kind: 'footnote'; id: string }
  /** A passage of the paper, by offsets into its text (a note's or a claim's passage). */
  | { kind: 'passage'; start: number; end: number };

/** A request to jump; `seq` makes a repeated jump to the same place a new request. */
export interface PendingJump {
  documentId: string;
  target: JumpTarget;
  seq: number;
}

/** Which claims the claims view shows. */
export interface ClaimFilter {
  /** The claims of this document only; null: of every paper in the library. */
  documentId: string | null;
  /** Claims citing every one of these works (empty: any). */
  workIds: string[];
  sectionId: string | null;
}

export interface Navigation {
  view: ViewId;
  showView: (view: ViewId) => void;
  /**
   * The document the reader shows; null until one is chosen (the reader then opens the last
   * one read, else the first of the library).
   */
  documentId: string | null;
  /** Open the reader on a document (where it was last read). */
  openDocument: (documentId: string) => void;
  /** A document left the library: the reader stops showing it (and shows the first paper). */
  forgetDocument: (documentId: string) => void;
  /** Open the Papers view with one paper selected. */
  showPaper: (documentId: string) => void;
  selectedPaperId: string | null;
  selectPaper: (documentId: string | null) => void;
  /** Open the reader at a place in a document. */
  jumpTo: (documentId: string, target: JumpTarget) => void;
  pendingJump: PendingJump | null;
  /** Open the bibliography with one work selected. */
  openWork: (workId: string) => void;
  selectedWorkId: string | null;
  selectWork: (workId: string | null) => void;
  /** Open the claims view with a filter. */
  showClaims: (filter: ClaimFilter) => void;
  claimFilter: ClaimFilter;
  setClaimFilter: (filter: ClaimFilter) => void;
  /** Open the claims view scrolled to one claim: a paper's (with its document) or the user's. */
  showClaim: (claimId: string, documentId?: string | null) => void;
  focusedClaim: { id: string; documentId: string | null; seq: number } | null;
  /** Open the notes view with one note selected. */
  openNote: (noteId: string) => void;
  selectedNoteId: string | null;
  selectNote: (noteId: string | null) => void;
  /** The note edited in the drawer over the current view, or null. */
  drawerNoteId: string | null;
  editNoteInPlace: (noteId: string | null) => void;
  /** Open the reading lists with one list selected. */
  openList: (listId: string) => void;
  selectedListId: string | null;
  selectList: (listId: string | null) => void;
}

const NavigationContext = createContext<Navigation | null>(null);

/** Every claim of the library. */
export const NO_CLAIM_FILTER: ClaimFilter = { documentId: null, workIds: [], sectionId: null };

export function NavigationProvider({
  children,
  initialView = 'reader',
}: {
  children: ReactNode;
  initialView?: ViewId;
}) {
  const [view, setView] = useState<ViewId>(initialView);
  const [documentId, setDocumentId] = useState<string | null>(null);
  const [pendingJump, setPendingJump] = useState<PendingJump | null>(null);
  const [selectedPaperId, selectPaper] = useState<string | null>(null);
  const [selectedWorkId, selectWork] = useState<string | null>(null);
  const [claimFilter, setClaimFilter] = useState<ClaimFilter>(NO_CLAIM_FILTER);
  const [focusedClaim, setFocusedClaim] = useState<Navigation['focusedClaim']>(null);
  const [selectedNoteId, selectNote] = useState<string | null>(null);
  const [drawerNoteId, editNoteInPlace] = useState<string | null>(null);
  const [selectedListId, selectList] = useState<string | null>(null);

  const openDocument = useCallback((id: string) => {
    setDocumentId(id);
    setPendingJump(null);
    setView('reader');
  }, []);
  const forgetDocument = useCallback((id: string) => {
    setDocumentId((current) => (current === id ? null : current));
    setPendingJump((jump) => (jump?.documentId === id ? null : jump));
  }, []);
  const showPaper = useCallback((id: string) => {
    selectPaper(id);
    setView('papers');
  }, []);
  const jumpTo = useCallback((id: string, target: JumpTarget) => {
    setDocumentId(id);
    setView('reader');
    setPendingJump((previous) => ({ documentId: id, target, seq: (previous?.seq ?? 0) + 1 }));
  }, []);
  const openWork = useCallback((workId: string) => {
    selectWork(workId);
    setView('bibliography');
  }, []);
  const showClaims = useCallback((filter: ClaimFilter) => {
    setClaimFilter(filter);
    setView('claims');
  }, []);

  const showClaim = useCallback((id: string, documentId: string | null = null) => {
    setClaimFilter(NO_CLAIM_FILTER);
    setFocusedClaim((previous) => ({ id, documentId, seq: (previous?.seq ?? 0) + 1 }));
    setView('claims');
  }, []);
  const openNote = useCallback((id: string) => {
    selectNote(id);
    editNoteInPlace(null);
    setView('notes');
  }, []);
  const openList = useCallback((id: string) => {
    selectList(id);
    setView('lists');
  }, []);

  const value = useMemo<Navigation>(
    () => ({
      view,
      showView: setView,
      documentId,
      openDocument,
      forgetDocument,
      showPaper,
      selectedPaperId,
      selectPaper,
      jumpTo,
      pendingJump,
      openWork,
      selectedWorkId,
      selectWork,
      showClaims,
      claimFilter,
      setClaimFilter,
      showClaim,
      focusedClaim,
      openNote,
      selectedNoteId,
      selectNote,
      drawerNoteId,
      editNoteInPlace,
      openList,
      selectedListId,
      selectList,
    }),
    [
      view,
      documentId,
      openDocument,
      forgetDocument,
      showPaper,
      selectedPaperId,
      jumpTo,
      pendingJump,
      openWork,
      selectedWorkId,
      showClaims,
      claimFilter,
      showClaim,
      focusedClaim,
      openNote,
      selectedNoteId,
      drawerNoteId,
      openList,
      selectedListId,
    ],
  );
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

/** The navigation state; throws outside NavigationProvider (a programming error). */
export function useNavigation(): Navigation {
  const value = useContext(NavigationContext);
  if (!value) throw new Error('useNavigation must be used inside <NavigationProvider>.');
  return value;
}
