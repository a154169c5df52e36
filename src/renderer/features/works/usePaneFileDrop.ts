// Files dragged onto a work's detail pane are attached to that work, not added as papers: the
// pane is marked as taking drops itself, so the window's drop zone stands aside over it (see
// ImportDropZone), and the pane shows that a drop attaches.
import { useRef, useState, type DragEvent } from 'react';

/** The attribute that marks an element taking dropped files itself. */
export const OWN_DROP_ATTRIBUTE = 'data-own-file-drop';

const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

/** Props to spread on the pane, and whether files are being dragged over it. */
export function usePaneFileDrop(onFiles: (files: File[]) => void) {
  const [over, setOver] = useState(false);
  const depth = useRef(0);
  const props = {
    [OWN_DROP_ATTRIBUTE]: '',
    onDragEnter: (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth.current += 1;
      setOver(true);
    },
    onDragLeave: (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setOver(false);
    },
    onDragOver: (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    },
    onDrop: (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth.current = 0;
      setOver(false);
      const files = [...event.dataTransfer.files];
      if (files.length) onFiles(files);
    },
  };
  return { over, props };
}
