// "Add paper…": a button that opens the system file picker for a PDF, Markdown or text paper.
import type { ReactNode } from 'react';
import { FilePickerButton } from '../../ui/FilePickerButton';
import { PAPER_ACCEPT } from './paperFiles';
import { useAddPaper } from './useAddPaper';

export function AddPaperButton({
  className,
  children = 'Add paper…',
  autoFocus = false,
  onChosen,
}: {
  className?: string;
  children?: ReactNode;
  /** Take the focus when the dialog holding the button opens. */
  autoFocus?: boolean;
  /** Called once a file was chosen (a prompt holding the button closes). */
  onChosen?: () => void;
}) {
  const addPaper = useAddPaper();
  return (
    <FilePickerButton
      className={className}
      accept={PAPER_ACCEPT}
      inputLabel="Paper file"
      autoFocus={autoFocus}
      onFile={(file) => {
        onChosen?.();
        void addPaper(file);
      }}
    >
      {children}
    </FilePickerButton>
  );
}
