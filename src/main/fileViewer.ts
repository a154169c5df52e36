/**
 * Opening a paper's kept file in the system viewer, behind a small interface: main binds it to
 * Electron's shell (and, on Linux, to the user's default PDF viewer when it takes a page
 * argument); tests and the e2e harness pass a fake.
 */

/** What opening did: the page the viewer was told, or null (it opened at page 1). */
export interface OpenedFile {
  atPage: number | null;
  /** The viewer's name when Scholion started it itself ("Evince"). */
  viewer: string | null;
}

export interface FileViewer {
  /**
   * Opens the file at `absolutePath` (a PDF, Markdown or text file the library keeps) in the
   * system viewer, at `page` where the viewer can be told one.
   */
  open(absolutePath: string, page: number | null): Promise<OpenedFile>;
}

/** A Linux PDF viewer that takes a page on its command line. */
export interface PagedViewer {
  /** Matches the desktop file `xdg-mime query default application/pdf` names. */
  desktop: RegExp;
  name: string;
  command: string;
  args(file: string, page: number): string[];
}

/** Viewers whose page argument is known (their manuals). */
export const PAGED_VIEWERS: readonly PagedViewer[] = [
  {
    desktop: /evince/i,
    name: 'Evince',
    command: 'evince',
    args: (f, p) => [`--page-index=${p}`, f],
  },
  { desktop: /okular/i, name: 'Okular', command: 'okular', args: (f, p) => ['-p', `${p}`, f] },
  { desktop: /zathura/i, name: 'zathura', command: 'zathura', args: (f, p) => ['-P', `${p}`, f] },
  { desktop: /atril/i, name: 'Atril', command: 'atril', args: (f, p) => [`--page-index=${p}`, f] },
  {
    desktop: /xreader/i,
    name: 'Xreader',
    command: 'xreader',
    args: (f, p) => [`--page-index=${p}`, f],
  },
  { desktop: /qpdfview/i, name: 'qpdfview', command: 'qpdfview', args: (f, p) => [`${f}#${p}`] },
  { desktop: /mupdf/i, name: 'MuPDF', command: 'mupdf', args: (f, p) => [f, `${p}`] },
];

/** The one-line answer for the user. */
export function openedMessage(opened: OpenedFile, page: number | null): string {
  if (page === null) return 'Opened in the system viewer.';
  if (opened.atPage !== null) {
    return `Opened at p. ${opened.atPage}${opened.viewer ? ` in ${opened.viewer}` : ''}.`;
  }
  return `Opened at p. 1: the system viewer cannot be told a page here; go to p. ${page}.`;
}
