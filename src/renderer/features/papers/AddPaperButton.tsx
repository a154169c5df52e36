// "Add paper…": a button that opens the system file picker for a PDF, Markdown or text paper.
import { useRef, type ReactNode } from 'react';
import { PAPER_ACCEPT } from './paperFiles';
import { useAddPaper } from './useAddPaper';

export function AddPaperButton({
  className = 'button button--small',
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
  const input = useRef<HTMLInputElement>(null);
  const addPaper = useAddPaper();
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
        accept={PAPER_ACCEPT}
        hidden
        aria-label="Paper file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = ''; // the same file can be chosen again later
          if (!file) return;
          onChosen?.();
          void addPaper(file);
        }}
      />
    </>
  );
}
