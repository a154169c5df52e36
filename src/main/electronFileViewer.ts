/** The FileViewer on Electron's shell, with a page argument for known Linux PDF viewers. */
import { execFile, spawn } from 'node:child_process';
import type { Shell } from 'electron';
import { PAGED_VIEWERS, type FileViewer, type PagedViewer } from './fileViewer';

export interface ViewerSystem {
  platform: NodeJS.Platform;
  /** The default application's desktop file for PDFs (Linux), or null. */
  defaultPdfApp(): Promise<string | null>;
  /** Starts a viewer detached; resolves false when it cannot be started. */
  start(command: string, args: string[]): Promise<boolean>;
}

/** The running system: xdg-mime for the default viewer, a detached process for it. */
export const nodeViewerSystem: ViewerSystem = {
  platform: process.platform,
  defaultPdfApp: () =>
    new Promise((resolve) => {
      execFile(
        'xdg-mime',
        ['query', 'default', 'application/pdf'],
        { timeout: 2000 },
        (error, stdout) => resolve(error ? null : stdout.trim() || null),
      );
    }),
  start: (command, args) =>
    new Promise((resolve) => {
      const child = spawn(command, args, { detached: true, stdio: 'ignore' });
      child.once('error', () => resolve(false));
      child.once('spawn', () => {
        child.unref();
        resolve(true);
      });
    }),
};

/**
 * Opens files with `shell.openPath`; a PDF asked for at a page goes, on Linux, to the user's
 * default PDF viewer started with its page argument when that viewer is one whose argument is
 * known (else, and on macOS and Windows, where the default viewer takes no page, at page 1).
 */
export function electronFileViewer(
  shell: Pick<Shell, 'openPath'>,
  system: ViewerSystem = nodeViewerSystem,
): FileViewer {
  const pagedViewer = async (): Promise<PagedViewer | null> => {
    if (system.platform !== 'linux') return null;
    const desktop = await system.defaultPdfApp();
    return desktop ? (PAGED_VIEWERS.find((v) => v.desktop.test(desktop)) ?? null) : null;
  };
  return {
    async open(path, page) {
      if (page !== null && /\.pdf$/i.test(path)) {
        const viewer = await pagedViewer();
        if (viewer && (await system.start(viewer.command, viewer.args(path, page)))) {
          return { atPage: page, viewer: viewer.name };
        }
      }
      const problem = await shell.openPath(path);
      if (problem) throw new Error(problem);
      return { atPage: null, viewer: null };
    },
  };
}
