// "Import…" from anywhere (keyboard, native menu): the system file picker, or a prompt for it.
import { useCallback } from 'react';
import { useOpenExchange } from '../export/requests';
import { IMPORT_ACCEPT, useImportFile } from './useImportFile';

/**
 * Returns a function that opens the system file picker and imports the chosen file. The browser
 * shows a picker only right after a user's key press or click in the page; a native menu click
 * is neither, so then it opens a prompt whose button shows the picker instead.
 */
export function useChooseImportFile(): () => void {
  const importFile = useImportFile();
  const open = useOpenExchange();
  return useCallback(() => {
    if (!navigator.userActivation?.isActive) {
      open({ kind: 'choose-import' });
      return;
    }
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = IMPORT_ACCEPT;
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (file) void importFile(file);
    });
    input.click();
  }, [importFile, open]);
}
