// Drag and drop of a bibliography file anywhere onto the window: an overlay says what will
// happen, and the dropped file goes to the import review (never opened as a page).
import { useEffect, useRef, useState } from 'react';
import { useImportFile } from './useImportFile';

const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

export function ImportDropZone() {
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);
  const importFile = useImportFile();

  useEffect(() => {
    const enter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth.current += 1;
      setDragging(true);
    };
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth.current = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) void importFile(file);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [importFile]);

  if (!dragging) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <p className="drop-overlay__text">
        Drop a .bib, .ris or CSL-JSON file to import it
        <span className="drop-overlay__hint">
          You will see what it holds before anything is added.
        </span>
      </p>
    </div>
  );
}
