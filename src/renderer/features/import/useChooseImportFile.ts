// "Import…" from anywhere (keyboard, native menu): the system file picker, or a prompt for it.
import { useCallback } from 'react';
import { pickFile } from '../../ui/pickFile';
import { useOpenExchange } from '../export/requests';
import { IMPORT_ACCEPT, useImportFile } from './useImportFile';

/**
 * Returns a function that opens the system file picker and imports the chosen file, or a prompt
 * whose button shows the picker when it cannot open by itself (see pickFile).
 */
export function useChooseImportFile(): () => void {
  const importFile = useImportFile();
  const open = useOpenExchange();
  return useCallback(() => {
    if (!pickFile(IMPORT_ACCEPT, (file) => void importFile(file))) open({ kind: 'choose-import' });
  }, [importFile, open]);
}
