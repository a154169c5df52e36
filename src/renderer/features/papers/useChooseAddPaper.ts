// "Add paper…" from anywhere (native menu, palette, keyboard): the system file picker, or a
// prompt for it when the picker cannot open by itself.
import { useCallback } from 'react';
import { PAPER_ACCEPT } from './paperFiles';
import { useAddPaper } from './useAddPaper';

/**
 * Returns a function that opens the system file picker and adds the chosen paper. The browser
 * shows a picker only right after a user's key press or click in the page; a native menu click
 * is neither, so then `openPrompt` is called, whose dialog's button shows the picker instead.
 */
export function useChooseAddPaper(openPrompt: () => void): () => void {
  const addPaper = useAddPaper();
  return useCallback(() => {
    if (!navigator.userActivation?.isActive) {
      openPrompt();
      return;
    }
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = PAPER_ACCEPT;
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (file) void addPaper(file);
    });
    input.click();
  }, [addPaper, openPrompt]);
}
