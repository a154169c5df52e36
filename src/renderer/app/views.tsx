// The views of the app, in navigation order. A new feature adds one entry (and its ViewId).
import type { ReactNode } from 'react';
import { BibliographyView } from '../features/bibliography/BibliographyView';
import { ClaimsView } from '../features/claims/ClaimsView';
import { ReaderView } from '../features/reader/ReaderView';
import { NotesView } from '../features/notes/NotesView';
import { ListsView } from '../features/lists/ListsView';
import { SearchView } from '../features/search/SearchView';
import { PapersView } from '../features/papers/PapersView';
import { DuplicatesView } from '../features/duplicates/DuplicatesView';
import type { ViewId } from './navigation';

export interface ViewDef {
  id: ViewId;
  label: string;
  render: () => ReactNode;
}

export const VIEWS: readonly ViewDef[] = [
  { id: 'papers', label: 'Papers', render: () => <PapersView /> },
  { id: 'reader', label: 'Reader', render: () => <ReaderView /> },
  { id: 'bibliography', label: 'Bibliography', render: () => <BibliographyView /> },
  { id: 'claims', label: 'Claims', render: () => <ClaimsView /> },
  { id: 'notes', label: 'Notes', render: () => <NotesView /> },
  { id: 'lists', label: 'Reading lists', render: () => <ListsView /> },
];

/** The search results, opened from the search field (Ctrl/Cmd+F) rather than the view list. */
export const SEARCH_VIEW: ViewDef = { id: 'search', label: 'Search', render: () => <SearchView /> };

/** The duplicates review, opened from the Bibliography or the palette. */
export const DUPLICATES_VIEW: ViewDef = {
  id: 'duplicates',
  label: 'Duplicates',
  render: () => <DuplicatesView />,
};

/** Every view the main area can show. */
export const ALL_VIEWS: readonly ViewDef[] = [...VIEWS, SEARCH_VIEW, DUPLICATES_VIEW];
