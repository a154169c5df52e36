// Drag and drop of a file anywhere onto the window: an overlay says what will happen; a
// bibliography goes to the import review, a paper is added to the library (never opened as a
// page).
import { useEffect, useRef, useState } from 'react';
import { droppedFileRole } from '../papers/paperFiles';
import { useAddPaper } from '../papers/useAddPaper';
import { OWN_DROP_ATTRIBUTE } from '../works/usePaneFileDrop';
import { useImportFile } from './useImportFile';

/** The first characters of a file, to tell a RIS or BibTeX .txt from a paper. */
const headOf = (file: File): Promise<string> =>
  file
    .slice(0, 256)
    .text()
    .catch(() => '');

const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/** True over an element that takes dropped files itself (a work's pane attaches them). */
const overOwnDrop = (event: DragEvent) =>
  event.target instanceof Element && event.target.closest(`[${OWN_DROP_ATTRIBUTE}]`) !== null;

export function ImportDropZone() {
  const [dragging, setDragging] = useState(false);
  const [ownDrop, setOwnDrop] = useState(false);
  const depth = useRef(0);
  const importFile = useImportFile();
  const addPaper = useAddPaper();

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
      setOwnDrop(overOwnDrop(event));
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
      if (overOwnDrop(event)) return;
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      void headOf(file).then((head) =>
        droppedFileRole(file.name, head) === 'import' ? importFile(file) : addPaper(file),
      );
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
  }, [importFile, addPaper]);

  if (!dragging || ownDrop) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <p className="drop-overlay__text">
        Drop a paper (.md, .txt) to add it, or a .bib, .ris or CSL-JSON file to import it
        <span className="drop-overlay__hint">
          A paper is read with its citations; a bibliography is shown before anything is added.
        </span>
      </p>
    </div>
  );
}
