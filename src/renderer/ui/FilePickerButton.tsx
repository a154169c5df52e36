// A button that opens the system file picker (a hidden file input) and hands over the file
// chosen: "Import…" and "Add paper…" are two of these.
import { useRef, type ReactNode } from 'react';

export interface FilePickerButtonProps {
  className?: string;
  children: ReactNode;
  /** The file types offered (the input's accept). */
  accept: string;
  /** The hidden input's accessible name ("Paper file"). */
  inputLabel: string;
  /** Take the focus when the dialog holding the button opens. */
  autoFocus?: boolean;
  onFile: (file: File) => void;
}

export function FilePickerButton({
  className = 'button button--small',
  children,
  accept,
  inputLabel,
  autoFocus = false,
  onFile,
}: FilePickerButtonProps) {
  const input = useRef<HTMLInputElement>(null);
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
        accept={accept}
        hidden
        aria-label={inputLabel}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = ''; // the same file can be chosen again later
          if (file) onFile(file);
        }}
      />
    </>
  );
}
