// Buttons that open the app-wide export and copy-citation dialogs; any view can mount them.
import type { ReactNode } from 'react';
import type { ExportTargetInput } from '../../../shared/contract';
import { useOpenExchange, type CiteRequest } from './requests';

/** "Export…": opens the export dialog on `target`. */
export function ExportButton({
  target,
  what,
  label = 'Export…',
  className = 'button button--small',
}: {
  target: ExportTargetInput;
  /** What the target is, for the dialog: "Betts 2011c", "the works of this note". */
  what: string;
  label?: ReactNode;
  className?: string;
}) {
  const open = useOpenExchange();
  return (
    <button
      type="button"
      className={className}
      onClick={() => open({ kind: 'export', target, what })}
    >
      {label}
    </button>
  );
}

/** "Copy citation…": opens the form picker for `cites` (disabled when there are none). */
export function CopyCitationButton({
  cites,
  what,
  label = 'Copy citation…',
  className = 'button button--small',
  onOpen,
  keepSelection,
}: {
  cites: CiteRequest[];
  what: string;
  label?: string;
  className?: string;
  /** Called after the dialog was asked for (e.g. to close a popover). */
  onOpen?: () => void;
  /** Keep the text selection: a mouse press on the button would otherwise clear it. */
  keepSelection?: boolean;
}) {
  const open = useOpenExchange();
  return (
    <button
      type="button"
      className={className}
      disabled={cites.length === 0}
      onMouseDown={keepSelection ? (event) => event.preventDefault() : undefined}
      onClick={() => {
        open({ kind: 'citation', cites, what });
        onOpen?.();
      }}
    >
      {label}
    </button>
  );
}
