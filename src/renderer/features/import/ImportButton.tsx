// "Import…": a button that opens the system file picker for a bibliography file.
import type { ReactNode } from 'react';
import { FilePickerButton } from '../../ui/FilePickerButton';
import { IMPORT_ACCEPT, useImportFile } from './useImportFile';

export function ImportButton({
  className,
  children = 'Import…',
  autoFocus = false,
}: {
  className?: string;
  children?: ReactNode;
  /** Take the focus when the dialog holding the button opens. */
  autoFocus?: boolean;
}) {
  const importFile = useImportFile();
  return (
    <FilePickerButton
      className={className}
      accept={IMPORT_ACCEPT}
      inputLabel="Bibliography file"
      autoFocus={autoFocus}
      onFile={(file) => void importFile(file)}
    >
      {children}
    </FilePickerButton>
  );
}
