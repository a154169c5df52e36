/** The Dialogs handlers use, on Electron's dialog module, attached to the main window. */
import type { BrowserWindow, Dialog } from 'electron';
import { dirname, join } from 'node:path';
import type { Dialogs } from './dialogs';

/**
 * Native save and open dialogs over `dialog`, modal to the window `parent()` answers. They open in the
 * folder last saved to in this run (else `defaultDir()`, asked when first needed).
 */
export function electronDialogs(
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>,
  parent: () => BrowserWindow | null,
  defaultDir: () => string,
): Dialogs {
  let lastDir: string | null = null;
  let lastOpenDir: string | null = null;
  return {
    async chooseSavePath(request) {
      const options = {
        title: request.title,
        defaultPath: join(lastDir ?? defaultDir(), request.defaultName),
        filters: [...request.filters, { name: 'All files', extensions: ['*'] }],
        ...(request.buttonLabel ? { buttonLabel: request.buttonLabel } : {}),
        properties: ['createDirectory', 'showOverwriteConfirmation'] as (
          'createDirectory' | 'showOverwriteConfirmation'
        )[],
      };
      const window = parent();
      const result = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      lastDir = dirname(result.filePath);
      return result.filePath;
    },
    async chooseOpenPath(request) {
      const options = {
        title: request.title,
        defaultPath: lastOpenDir ?? defaultDir(),
        filters: request.filters,
        ...(request.buttonLabel ? { buttonLabel: request.buttonLabel } : {}),
        properties: ['openFile'] as 'openFile'[],
      };
      const window = parent();
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      const path = result.canceled ? undefined : result.filePaths[0];
      if (!path) return null;
      lastOpenDir = dirname(path);
      return path;
    },
  };
}
