// The application shell: left navigation, the views, the palette and the help overlay.
import { useCallback, useEffect, useRef, useState } from 'react';
import { CommandPalette } from '../features/palette/CommandPalette';
import { HelpOverlay } from '../features/help/HelpOverlay';
import { AddToListHost } from '../features/lists/AddToListDialog';
import { NoteDrawer } from '../features/notes/NoteDrawer';
import { NotesListReady } from '../features/notes/NotesListReady';
import { ClaimsReady } from '../features/claims/ClaimsReady';
import { FontsReady } from './FontsReady';
import { SearchReady } from '../features/search/SearchReady';
import { RecoveryBanner } from '../features/recovery/RecoveryBanner';
import { ToastRegion } from '../ui/Toasts';
import { ExchangeHost } from '../features/export/ExchangeHost';
import { ExportButton } from '../features/export/ExportButtons';
import { ImportButton } from '../features/import/ImportButton';
import { useChooseImportFile } from '../features/import/useChooseImportFile';
import { useChooseAddPaper } from '../features/papers/useChooseAddPaper';
import { AddPaperPrompt } from '../features/papers/AddPaperPrompt';
import { useOpenExchange } from '../features/export/requests';
import { useMenuCommands } from '../api/menuCommands';
import { useDataChangeRefresh } from '../api/dataChanges';
import type { MenuCommand } from '../../shared/contract';
import { GlobalSearchProvider } from '../features/search/GlobalSearch';
import { ViewErrorBoundary } from './ViewErrorBoundary';
import { SavedFiltersNav } from '../features/bibliography/SavedFiltersNav';
import { SearchField } from '../features/search/SearchField';
import { Kbd, modKey } from '../ui/Kbd';
import { useNavigation, type ViewId } from './navigation';
import { useGlobalShortcuts } from './useGlobalShortcuts';
import { ALL_VIEWS, VIEWS } from './views';

const LIBRARY = { kind: 'library' } as const;
const LIBRARY_WHAT = 'The whole library';
/** The view each of the native menu's view commands shows. */
const MENU_VIEWS: Record<Exclude<MenuCommand, 'import' | 'export' | 'add-paper'>, ViewId> = {
  'view:papers': 'papers',
  'view:reader': 'reader',
  'view:bibliography': 'bibliography',
  'view:claims': 'claims',
  'view:notes': 'notes',
  'view:lists': 'lists',
};

export function App() {
  const nav = useNavigation();
  const [modal, setModal] = useState<'palette' | 'help' | 'add-paper' | null>(null);
  const [visited, setVisited] = useState<Set<ViewId>>(() => new Set([nav.view]));
  const current = ALL_VIEWS.find((v) => v.id === nav.view) ?? VIEWS[0]!;
  const main = useRef<HTMLElement>(null);

  if (!visited.has(nav.view)) setVisited(new Set(visited).add(nav.view));

  useEffect(() => {
    document.title = `${current.label} — Scholion`;
  }, [current.label]);

  // When the view changes under the keyboard focus, move focus to the new view's heading.
  useEffect(() => {
    const active = document.activeElement;
    const lost = !active || active === document.body || !!active.closest('.view[hidden]');
    if (!lost) return;
    main.current
      ?.querySelector<HTMLElement>('.view:not([hidden]) h1')
      ?.focus({ preventScroll: true });
  }, [nav.view]);

  const togglePalette = useCallback(
    () => setModal((m) => (m === 'palette' ? null : 'palette')),
    [],
  );
  const openHelp = useCallback(() => setModal('help'), []);
  const closeModal = useCallback(() => setModal(null), []);
  const importFile = useChooseImportFile();
  const promptAddPaper = useCallback(() => setModal('add-paper'), []);
  const addPaper = useChooseAddPaper(promptAddPaper);
  const openExchange = useOpenExchange();
  const exportLibrary = useCallback(
    () => openExchange({ kind: 'export', target: LIBRARY, what: LIBRARY_WHAT }),
    [openExchange],
  );
  useGlobalShortcuts({
    views: VIEWS,
    modalOpen: modal !== null,
    togglePalette,
    openHelp,
    showView: nav.showView,
    importFile,
    addPaper,
    exportLibrary,
  });
  // Changes to the library (the app's own, or the CLI's while the app is open) refresh what shows them.
  useDataChangeRefresh();
  // The native menu: the same actions as the sidebar's buttons; it closes the palette or help.
  useMenuCommands((command) => {
    setModal(null);
    if (command === 'add-paper') addPaper();
    else if (command === 'import') importFile();
    else if (command === 'export') exportLibrary();
    else nav.showView(MENU_VIEWS[command]);
  });

  return (
    <GlobalSearchProvider>
      <div className="app" inert={modal !== null}>
        <nav className="sidebar" aria-label="Views">
          <p className="sidebar__brand">Scholion</p>
          <SearchField />
          <ul className="sidebar__views">
            {VIEWS.map((view, i) => (
              <li key={view.id}>
                <button
                  type="button"
                  className="sidebar__view"
                  aria-current={view.id === nav.view ? 'page' : undefined}
                  onClick={() => nav.showView(view.id)}
                >
                  <span>{view.label}</span>
                  <Kbd keys={[modKey(), String(i + 1)]} />
                </button>
              </li>
            ))}
          </ul>
          <SavedFiltersNav />
          <div className="sidebar__tools">
            <ExportButton
              target={LIBRARY}
              what={LIBRARY_WHAT}
              className="sidebar__tool"
              label={<span>Export…</span>}
            />
            <ImportButton className="sidebar__tool">
              <span>Import…</span>
            </ImportButton>
            <button type="button" className="sidebar__tool" onClick={togglePalette}>
              <span>Go to…</span>
              <Kbd keys={[modKey(), 'K']} />
            </button>
            <button type="button" className="sidebar__tool" onClick={openHelp}>
              <span>Shortcuts</span>
              <Kbd keys={['?']} />
            </button>
          </div>
        </nav>
        <main className="main" ref={main}>
          {ALL_VIEWS.filter((v) => visited.has(v.id)).map((view) => (
            <div key={view.id} className={`view view--${view.id}`} hidden={view.id !== nav.view}>
              <ViewErrorBoundary label={view.label}>{view.render()}</ViewErrorBoundary>
            </div>
          ))}
        </main>
        <NoteDrawer />
        <NotesListReady />
        <ClaimsReady />
        <FontsReady />
        <SearchReady />
        <RecoveryBanner />
        <AddToListHost />
      </div>
      <ToastRegion />
      {modal === 'palette' && (
        <CommandPalette
          views={VIEWS}
          onClose={closeModal}
          runCommand={(command) => {
            if (command === 'add-paper') addPaper();
            else if (command === 'find-duplicates') nav.showView('duplicates');
          }}
        />
      )}
      {modal === 'add-paper' && <AddPaperPrompt onClose={closeModal} />}
      {modal === 'help' && <HelpOverlay views={VIEWS} onClose={closeModal} />}
      <ExchangeHost />
    </GlobalSearchProvider>
  );
}
