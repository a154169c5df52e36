// "Import…": a button that opens the system file picker for a bibliography file.
import { useRef, type ReactNode } from 'react';
import { IMPORT_ACCEPT, useImportFile } from './useImportFile';

export function ImportButton({
  className = 'button button--small',
  children = 'Import…',
  autoFocus = false,
}: {
  className?: string;
  children?: ReactNode;
  /** Take the focus when the dialog holding the button opens. */
  autoFocus?: boolean;
}) {
  const input = useRef<HTMLInputElement>(null);
  const importFile = useImportFile();
  return (
    <>
      <button
        type="button"
        className={className}
        data-autofocus={autoFocus || undefined}
        onClick={() => input.current?.click()}
      >
        {children}
      </button>
      <input
        ref={input}
        type="file"
        accept={IMPORT_ACCEPT}
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = ''; // the same file can be chosen again later
          if (file) void importFile(file);
        }}
      />
    </>
  );
}
