// "Add paper…" from anywhere (native menu, palette, keyboard): the system file picker, or a
// prompt for it when the picker cannot open by itself.
import { useCallback } from 'react';
import { pickFile } from '../../ui/pickFile';
import { PAPER_ACCEPT } from './paperFiles';
import { useAddPaper } from './useAddPaper';

/**
 * Returns a function that opens the system file picker and adds the chosen paper, or calls
 * `openPrompt` (a dialog whose button shows the picker) when the picker cannot open by itself.
 */
export function useChooseAddPaper(openPrompt: () => void): () => void {
  const addPaper = useAddPaper();
  return useCallback(() => {
    if (!pickFile(PAPER_ACCEPT, (file) => void addPaper(file))) openPrompt();
  }, [addPaper, openPrompt]);
}
